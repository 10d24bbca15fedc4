import { describe, expect, it } from "vitest";
import { languagesOf, textOf, withText } from "./localized.ts";

const languages = ["et", "en"];

describe("localized texts in the editor", () => {
	it("shows one input per institution language, and any other the text has", () => {
		expect(languagesOf("Keevitus", languages)).toEqual(["et", "en"]);
		expect(languagesOf({ et: "Keevitus", fr: "Soudage" }, languages)).toEqual(["et", "en", "fr"]);
		expect(languagesOf("Keevitus", [])).toEqual([]);
	});

	it("reads a plain string as the first language's", () => {
		expect(textOf("Keevitus", "et", languages)).toBe("Keevitus");
		expect(textOf("Keevitus", "en", languages)).toBe("");
		expect(textOf({ en: "Welding" }, "en", languages)).toBe("Welding");
	});

	it("keeps a plain string plain while only the first language is written", () => {
		expect(withText("Keevitus", "et", "Keevitus I", languages)).toBe("Keevitus I");
		expect(withText(undefined, "et", "Keevitus", languages)).toBe("Keevitus");
	});

	it("turns it into a map when another language is written", () => {
		expect(withText("Keevitus", "en", "Welding", languages)).toEqual({
			et: "Keevitus",
			en: "Welding",
		});
		expect(withText({ et: "Keevitus" }, "et", "Keevitus I", languages)).toEqual({
			et: "Keevitus I",
		});
		expect(withText(undefined, "en", "Welding", languages)).toEqual({ en: "Welding" });
	});
});
