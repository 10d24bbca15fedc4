import { describe, expect, it } from "vitest";
import { defaultReportLanguage, reportLanguageProblem } from "./report-languages.ts";

describe("report languages", () => {
	it("allows the institution's own languages and those Kairos writes, and names them when refusing", () => {
		expect(reportLanguageProblem(["fi", "et"], "fi")).toBeUndefined();
		expect(reportLanguageProblem(["fi"], "en")).toBeUndefined();
		expect(reportLanguageProblem(["et", "en"], "fr")).toBe(
			'"fr" is not one of the institution\'s languages or those of the reports (et, en)',
		);
		expect(reportLanguageProblem(["fi"], "fr")).toBe(
			'"fr" is not one of the institution\'s languages or those of the reports (fi, et, en)',
		);
	});

	it("writes in the institution's first language that Kairos writes, else English", () => {
		expect(defaultReportLanguage(["fi", "et", "en"])).toBe("et");
		expect(defaultReportLanguage(["fi"])).toBe("en");
	});
});
