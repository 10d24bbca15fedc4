import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { translator } from "../i18n/index.ts";
import { analysisWords, textsOf } from "./analysis-format.ts";

describe("textsOf", () => {
	it("gives i18next's text, asking i18next once per key and values", () => {
		const english = translator("en");
		const asked: string[] = [];
		const counting = ((key: string, values: Record<string, unknown>) => {
			asked.push(key);
			return english(key, values);
		}) as unknown as TFunction;
		const t = textsOf(counting);
		for (let row = 0; row < 3; row++) {
			expect(t("yearly.ran")).toBe("Ran");
			expect(t("analysis.weeks", { count: 1 })).toBe("1 week");
			expect(t("analysis.weeks", { count: 12 })).toBe("12 weeks");
		}
		expect(asked).toEqual(["yearly.ran", "analysis.weeks", "analysis.weeks"]);
	});
});

describe("analysisWords", () => {
	it("write the same numbers in every render", () => {
		const first = analysisWords("et");
		const second = analysisWords("et");
		for (const words of [first, second]) {
			expect(words.share(0.785)).toBe(
				new Intl.NumberFormat("et-EE", { style: "percent" }).format(0.79),
			);
			expect(words.points(-1.25)).toBe("−1,3");
			expect(words.amount(1234.5)).toBe(new Intl.NumberFormat("et-EE").format(1235));
			expect(words.weeks(84)).toBe("12 nädalat");
		}
	});
});
