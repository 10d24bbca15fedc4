import { describe, expect, it } from "vitest";
import { localizedName, pickText, textIn } from "./localized-text.ts";
import { problemsFromIssues } from "./problems.ts";

describe("pickText", () => {
	const languages = ["et", "en", "ru"];

	it("takes the language asked for when the text has it", () => {
		expect(pickText({ et: "Keevitus", en: "Welding" }, "en", languages)).toEqual({
			text: "Welding",
			language: "en",
		});
	});

	it("falls back to the institution's first language, then to its others, then to any", () => {
		expect(pickText({ et: "Keevitus", ru: "Сварка" }, "en", languages)).toEqual({
			text: "Keevitus",
			language: "et",
		});
		expect(pickText({ fr: "Soudage", ru: "Сварка" }, "en", languages)).toEqual({
			text: "Сварка",
			language: "ru",
		});
		expect(pickText({ fr: "Soudage" }, "en", languages)).toEqual({
			text: "Soudage",
			language: "fr",
		});
	});

	it("reads a plain string as the institution's first language, or none when it names none", () => {
		expect(pickText("Keevitus", "en", languages)).toEqual({ text: "Keevitus", language: "et" });
		expect(pickText("Keevitus", "en", [])).toEqual({ text: "Keevitus", language: undefined });
	});

	it("picks in the institution's first language when no language is asked for", () => {
		expect(textIn(undefined, languages)({ en: "Welding", et: "Keevitus" })).toBe("Keevitus");
	});
});

describe("localizedName", () => {
	const problems = (input: unknown) => {
		const parsed = localizedName.safeParse(input, { reportInput: true });
		return parsed.success ? [] : problemsFromIssues(parsed.error.issues);
	};

	it("takes a plain string or a map of languages to texts", () => {
		expect(problems("Keevitus")).toEqual([]);
		expect(problems({ et: "Keevitus", en: "Welding" })).toEqual([]);
	});

	it("gives each language the field's length limit, and a map at least one language", () => {
		expect(problems({ et: "Keevitus", en: "x".repeat(201) })).toEqual([
			{ path: "en", message: "is 201 characters long; at most 200" },
		]);
		expect(problems({})).toEqual([
			{ path: "(file)", message: "needs at least one language, such as {et: …}" },
		]);
		expect(problems({ et: " " })).toEqual([{ path: "et", message: "must not be blank" }]);
	});

	it("says what it takes when the value is neither", () => {
		expect(problems(5)).toEqual([
			{
				path: "(file)",
				message: "5 is not a text, or a map of languages to texts such as {et: …, en: …}",
			},
		]);
	});
});
