import { describe, expect, it } from "vitest";
import { fitOf, meanOf, sampleAnalysis, spendStatement } from "../../test/fixtures/analysis.ts";
import type { Statement } from "../model/analysis.ts";
import { analysisWords } from "./analysis-format.ts";
import { summaryTexts } from "./analysis-texts.ts";

const textOf = (statement: Statement, language: string) =>
	summaryTexts(sampleAnalysis({ summary: [statement] }), language)[0];

const groupsWith = (difference: { estimate: number; low: number; high: number }): Statement => ({
	kind: "coverageGroups",
	comparison: {
		a: meanOf(23, 0.78, 0.7, 0.86),
		b: meanOf(9, 0.77, 0.66, 0.88),
		difference,
		conclusive: false,
	},
	partial: meanOf(0, null),
});

describe("the summary's numbers and the words after them", () => {
	it("says 1 percentage point, and 1.5 or 0 percentage points", () => {
		expect(textOf(groupsWith({ estimate: 0.01, low: -0.1, high: 0.12 }), "en")).toContain(
			"That is no clear difference: 1 percentage point, with a 95% interval",
		);
		expect(textOf(groupsWith({ estimate: 0.015, low: -0.1, high: 0.12 }), "en")).toContain(
			"That is no clear difference: 1.5 percentage points,",
		);
		expect(textOf(groupsWith({ estimate: 0, low: -0.1, high: 0.1 }), "en")).toContain(
			"That is no clear difference: 0 percentage points,",
		);
		expect(textOf(groupsWith({ estimate: 0.01, low: -0.1, high: 0.12 }), "et")).toContain(
			"Selget vahet pole: 1 protsendipunkt, 95% usaldusvahemik",
		);
	});

	it("reads the number as it is shown: 0.96 is shown as 1, -1 is one point too", () => {
		// Per 28 days: slope × 28 × 100 percentage points.
		const unclear = (slope: number) =>
			fitOf(
				{ slope, intercept: 0.5, xMin: 28, xMax: 140, n: 20 },
				{ slopeLow: -0.01, slopeHigh: 0.01, conclusive: false },
			);
		expect(textOf({ kind: "leadTime", fit: unclear(0.96 / 2800), perDays: 28 }, "en")).toContain(
			"the fitted line changes by 1 percentage point, with",
		);
		expect(textOf({ kind: "leadTime", fit: unclear(-1 / 2800), perDays: 28 }, "en")).toContain(
			"the fitted line changes by -1 percentage point, with",
		);
		const rising = fitOf(
			{ slope: 1 / 2800, intercept: 0.5, xMin: 28, xMax: 140, n: 20 },
			{ slopeLow: 0.5 / 2800, slopeHigh: 1.5 / 2800 },
		);
		expect(textOf({ kind: "leadTime", fit: rising, perDays: 28 }, "en")).toContain(
			"went with a fill 1 percentage point higher",
		);
	});

	it("says 1 more registration per 100 spent", () => {
		const fit = fitOf(
			{ slope: 0.01, intercept: 2, xMin: 200, xMax: 1500, n: 9 },
			{ slopeLow: 0.005, slopeHigh: 0.015 },
		);
		expect(textOf(spendStatement(fit, 9), "en")).toMatch(
			/^Each 100 more spent on communication went with 1 more registration \(95% interval/,
		);
	});

	it("gives the number shown in every language alike", () => {
		for (const language of ["en", "et"]) {
			const words = analysisWords(language);
			expect(words.pointsShown(0.96)).toBe(1);
			expect(words.pointsShown(-1.25)).toBe(-1.3);
			expect(words.pointsShown(12.5)).toBe(13);
			expect(words.pointsShown(1234.4)).toBe(1234);
		}
	});
});

describe("the spend statement", () => {
	it("says plainly that no past offering recorded its spend", () => {
		expect(textOf(spendStatement(null, 0), "en")).toBe(
			"No past offering recorded its communication spend, so there is nothing to relate to registrations.",
		);
		expect(textOf(spendStatement(null, 0), "en")).not.toMatch(/Only 0/);
	});

	it("does not call enough offerings too few when they all spent the same", () => {
		const cost = { offerings: 7, spend: 2100, enrolments: 60, perEnrolment: 35 };
		expect(textOf(spendStatement(null, 7, cost), "en")).toBe(
			"The 7 past offerings that recorded their communication spend all spent the same, so there is no line to relate registrations to spend. The 7 courses that ran and recorded their spend spent 2,100 and enrolled 60: 35 per enrolment.",
		);
		const one = { offerings: 1, spend: 300, enrolments: 1, perEnrolment: 300 };
		expect(textOf(spendStatement(null, 7, one), "en")).toMatch(
			/ The 1 course that ran and recorded its spend spent 300 and enrolled 1: 300 per enrolment\.$/,
		);
		expect(textOf(spendStatement(null, 7), "et")).toBe(
			"Kõik 7 varasemat pakkumist, mille kommunikatsioonikulu on kirjas, kulutasid sama palju, seega pole joont, millega registreerumisi kuluga siduda.",
		);
	});
});
