import { describe, expect, it } from "vitest";
import { fitOf, meanOf, sampleAnalysis, spendStatement } from "../../test/fixtures/analysis.ts";
import type { Statement } from "../model/analysis.ts";
import { summaryTexts } from "./analysis-texts.ts";

const textOf = (statement: Statement, language: string) =>
	summaryTexts(sampleAnalysis({ summary: [statement] }), language);

const groups = (
	difference: { estimate: number; low: number; high: number } | null,
	conclusive: boolean,
	partial = meanOf(0, null),
): Statement => ({
	kind: "coverageGroups",
	comparison: {
		a: meanOf(23, 0.78, 0.7, 0.86),
		b: meanOf(9, 0.41, 0.3, 0.52),
		difference,
		conclusive,
	},
	partial,
});

describe("summaryTexts", () => {
	it("gives one text per statement, in order", () => {
		const analysis = sampleAnalysis({
			summary: [
				{ kind: "overallFill", fill: meanOf(32, 0.64, 0.58, 0.7), reachedMinimum: 27 },
				spendStatement(null, 2),
			],
		});
		expect(summaryTexts(analysis, "en")).toEqual([
			"Past offerings filled 64% of their places on average (n = 32; 95% interval 58% to 70%); 27 of them reached their minimum group.",
			"Only 2 past offerings recorded their communication spend: too few (at least 5) to tell whether more spend went with more registrations.",
		]);
	});

	it("words a conclusive difference between the coverage groups with its interval", () => {
		expect(textOf(groups({ estimate: 0.37, low: 0.22, high: 0.52 }, true), "en")).toEqual([
			"Offerings public for the whole decision window filled 78% of their places on average (n = 23); those published after it filled 41% (n = 9): a difference of 37 percentage points (95% interval 22 to 52).",
		]);
		expect(textOf(groups({ estimate: 0.37, low: 0.22, high: 0.52 }, true), "et")).toEqual([
			"Kogu otsustusakna vältel avalikud pakkumised täitsid keskmiselt 78% oma kohtadest (n = 23); pärast seda avaldatud täitsid 41% (n = 9): vahe on 37 protsendipunkti (95% usaldusvahemik 22 kuni 52).",
		]);
	});

	it("says there is no clear difference when the interval holds 0, and gives it", () => {
		const statement = groups({ estimate: 0.053, low: -0.081, high: 0.187 }, false, meanOf(4, 0.6));
		expect(textOf(statement, "en")).toEqual([
			"Offerings public for the whole decision window filled 78% of their places on average (n = 23); those published after it filled 41% (n = 9). That is no clear difference: 5.3 percentage points, with a 95% interval from -8.1 to 19. Those public for part of the window filled 60% (n = 4).",
		]);
		expect(textOf(statement, "et")[0]).toContain(
			"Selget vahet pole: 5,3 protsendipunkti, 95% usaldusvahemik −8,1 kuni 19.",
		);
	});

	it("calls a difference between groups smaller than the minimum too few to conclude, with its interval", () => {
		const small: Statement = {
			kind: "coverageGroups",
			comparison: {
				a: meanOf(2, 0.85, 0.2, 1),
				b: meanOf(4, 0.4, 0.3, 0.5),
				difference: { estimate: 0.45, low: 0.05, high: 0.85 },
				conclusive: false,
			},
			partial: meanOf(0, null),
		};
		expect(textOf(small, "en")).toEqual([
			"Offerings public for the whole decision window filled 85% of their places on average (n = 2); those published after it filled 40% (n = 4). With fewer than 3 offerings in a group that is too few to conclude anything: 45 percentage points, with a 95% interval from 5 to 85.",
		]);
		expect(textOf(small, "et")[0]).toContain(
			"Kui rühmas on alla 3 pakkumise, on seda järeldamiseks liiga vähe: 45 protsendipunkti, 95% usaldusvahemik 5 kuni 85.",
		);
	});

	it("says when every past offering had the same timing", () => {
		expect(textOf({ kind: "noSpread", about: "leadTime", n: 6, value: 84 }, "en")).toEqual([
			"All 6 past offerings had the same lead time (12 weeks), so there is no line to relate fill to it.",
		]);
		expect(textOf({ kind: "noSpread", about: "coverage", n: 6, value: 1 }, "et")).toEqual([
			"Kõigil 6 varasemal pakkumisel oli sama otsustusakna katvus (100%), seega pole joont, millega täitumust siduda.",
		]);
	});

	it("reads several timing comparisons together, and one link alone as a hint", () => {
		const evidence = (conclusive: number, agree: boolean): Statement => ({
			kind: "timingEvidence",
			tests: 3,
			conclusive,
			agree,
		});
		expect(textOf(evidence(1, true), "en")).toEqual([
			"Only 1 of the 3 timing comparisons above shows a link. Each is made at 95%, so among several one can show a link by chance alone: take it as a hint to watch, not a finding.",
		]);
		expect(textOf(evidence(3, true), "en")).toEqual([
			"3 of the 3 timing comparisons above show a link, all the same way. They look at the same offerings, so they confirm each other less than separate evidence would, and a history shows what went together, not what caused it: offerings published early may differ in other ways too.",
		]);
		expect(textOf(evidence(2, false), "en")).toEqual([
			"The timing comparisons that show a link point different ways, so together they show no consistent link.",
		]);
		for (const statement of [evidence(1, true), evidence(3, true), evidence(2, false)]) {
			expect(textOf(statement, "et")[0]).not.toBe(textOf(statement, "en")[0]);
		}
	});

	it("does not compare groups that are missing or too small", () => {
		expect(textOf(groups(null, false), "en")[0]).toMatch(
			/\(n = 9\); too few offerings in a group to compare them\.$/,
		);
		const onlyWhole: Statement = {
			kind: "coverageGroups",
			comparison: {
				a: meanOf(5, 0.7, 0.6, 0.8),
				b: meanOf(0, null),
				difference: null,
				conclusive: false,
			},
			partial: meanOf(0, null),
		};
		expect(textOf(onlyWhole, "en")).toEqual([
			"Offerings public for the whole decision window filled 70% of their places on average (n = 5); none was published after it, so there is nothing to compare.",
		]);
	});

	it("says plainly when there is too little data", () => {
		const statement: Statement = { kind: "tooLittleData", n: 4, needed: 10 };
		expect(textOf(statement, "en")).toEqual([
			"There is too little data to conclude anything yet: 4 past offerings have a known result, and the analysis needs at least 10.",
		]);
		expect(textOf(statement, "et")).toEqual([
			"Andmeid on veel liiga vähe, et midagi järeldada: teadaolev tulemus on 4 varasemal pakkumisel, analüüs vajab vähemalt 10.",
		]);
	});

	it("words a conclusive lead-time slope per week, higher or lower, within the lead times seen", () => {
		// 0.004 of fill a day is 2.8 percentage points a week; its interval 0.002 to 0.006 is 1.4 to 4.2.
		const rising = fitOf(
			{ slope: 0.004, intercept: 0.2, xMin: 28, xMax: 140, n: 20 },
			{ slopeLow: 0.002, slopeHigh: 0.006 },
		);
		expect(textOf({ kind: "leadTime", fit: rising, perDays: 7 }, "en")).toEqual([
			"Each week more of lead time went with a fill 2.8 percentage points higher (95% interval 1.4 to 4.2; n = 20, lead times from 4 weeks to 20 weeks).",
		]);
		const falling = fitOf(
			{ slope: -0.004, intercept: 0.9, xMin: 28, xMax: 140, n: 20 },
			{ slopeLow: -0.006, slopeHigh: -0.002 },
		);
		expect(textOf({ kind: "leadTime", fit: falling, perDays: 28 }, "et")).toEqual([
			"Iga 4 nädala võrra pikem ettevalmistusaeg käis kaasas 11 protsendipunkti võrra väiksema täitumusega (95% usaldusvahemik 5,6 kuni 17; n = 20, ettevalmistusajad 4 nädalat kuni 20 nädalat).",
		]);
	});

	it("says coverage shows no clear link when the slope's interval holds 0", () => {
		const fit = fitOf(
			{ slope: 0.1, intercept: 0.5, xMin: 0, xMax: 1, n: 12 },
			{ slopeLow: -0.2, slopeHigh: 0.4, conclusive: false },
		);
		expect(textOf({ kind: "coverage", fit }, "en")).toEqual([
			"Decision-window coverage shows no clear link with fill (n = 12, coverage from 0% to 100%): per 10 percentage points more, the fitted line changes by 1 percentage point, with a 95% interval from -2 to 4.",
		]);
	});

	it("words the registrations against spend per 100 spent, and the pooled cost per enrolment", () => {
		// 0.032 registrations per unit spent is 3.2 per 100; its interval 0.011 to 0.053, 1.1 to 5.3.
		const fit = fitOf(
			{ slope: 0.032, intercept: 1, xMin: 200, xMax: 1500, n: 9 },
			{ slopeLow: 0.011, slopeHigh: 0.053 },
		);
		const cost = { offerings: 7, spend: 4200, enrolments: 72, perEnrolment: 4200 / 72 };
		expect(textOf(spendStatement(fit, 9, cost), "en")).toEqual([
			"Each 100 more spent on communication went with 3.2 more registrations (95% interval 1.1 to 5.3; n = 9, spend from 200 to 1,500). That does not show what spending more would bring: larger groups, and costs budgeted per participant, raise spend and registrations together. The 7 courses that ran and recorded their spend spent 4,200 and enrolled 72: 58 per enrolment.",
		]);
		expect(textOf(spendStatement(fit, 9, cost), "et")).toEqual([
			"Iga 100 võrra suurem kommunikatsioonikulu käis kaasas 3,2 võrra suurema registreerumiste arvuga (95% usaldusvahemik 1,1 kuni 5,3; n = 9, kulu 200 kuni 1500). See ei näita, mida suurem kulutamine tooks: suurem rühm ja osaleja kohta eelarvestatud kulud suurendavad kulu ja registreerumisi koos. 7 toimunud kursust, mille kulu on kirjas, kulutasid 72 õppijale 4200: 58 õppija kohta.",
		]);
	});

	it("says spend shows no clear link with registrations when the slope's interval holds 0", () => {
		const fit = fitOf(
			{ slope: 0.004, intercept: 8, xMin: 200, xMax: 1500, n: 9 },
			{ slopeLow: -0.01, slopeHigh: 0.018, conclusive: false },
		);
		expect(textOf(spendStatement(fit, 9), "en")).toEqual([
			"Communication spend shows no clear link with registrations (n = 9, spend from 200 to 1,500): per 100 more spent, the fitted line changes by 0.4 registrations, with a 95% interval from -1 to 1.8.",
		]);
	});

	it("calls a spend line of fewer than the minimum points too few, and none recorded none", () => {
		const fit = fitOf(
			{ slope: 0.032, intercept: -5, xMin: 300, xMax: 450, n: 4 },
			{ slopeLow: 0.011, slopeHigh: 0.053, conclusive: false },
		);
		expect(textOf(spendStatement(fit, 4), "en")).toEqual([
			"Only 4 past offerings recorded their communication spend: too few (at least 5) to tell whether more spend went with more registrations.",
		]);
		expect(textOf(spendStatement(null, 1), "en")[0]).toMatch(/^Only 1 past offering recorded its /);
		expect(textOf(spendStatement(null, 0), "en")).toEqual([
			"No past offering recorded its communication spend, so there is nothing to relate to registrations.",
		]);
		expect(textOf(spendStatement(null, 0), "et")).toEqual([
			"Ühelgi varasemal pakkumisel pole kommunikatsioonikulu kirjas, seega pole midagi registreerumistega siduda.",
		]);
	});

	it("falls back to English for a language Kairos has no texts in", () => {
		expect(textOf({ kind: "tooLittleData", n: 1, needed: 10 }, "fr")[0]).toMatch(
			/^There is too little data/,
		);
	});
});
