import { describe, expect, it } from "vitest";
import { generatedHistory, pastOffering } from "../../../test/fixtures/history.ts";
import { estonianHolidays } from "../../../test/fixtures/holidays.ts";
import { healthyPlan } from "../../../test/fixtures/plans.ts";
import { analysis as analysisSchema } from "../../model/analysis.ts";
import type { PastOffering } from "../../model/offering.ts";
import type { PlanFile } from "../../model/plan-file.ts";
import { plan } from "../plan.ts";
import { analyzePlan } from "./analyze.ts";

function planWithHistory(history: PastOffering[]): PlanFile {
	const base = healthyPlan();
	return {
		...base,
		institution: {
			...base.institution,
			fields: [{ id: "engineering", name: { et: "Tehnika", en: "Engineering" } }],
		},
		history,
	};
}

function analyze(input: PlanFile, language?: string) {
	const report = plan(input, { holidays: estonianHolidays, today: "2027-01-10" });
	return analyzePlan(input, report, language === undefined ? {} : { language });
}

/**
 * Seven courses of 6 to 10 starting on 2026-09-14, in the autumn intake of 2026 (the plan's
 * autumn-2027 a year earlier: decision window 2026-03-15 … 2026-06-15, 93 days).
 * Public for the whole window (a): 9, 8, 7 final → fills 0.9, 0.8, 0.7.
 * Published after it (b): 4, 3, 5 → 0.4, 0.3, 0.5, all cancelled.
 * Partly (published 2026-05-01: 46 of 93 days, coverage 0.4946): 6 → 0.6.
 */
const smallHistory = [
	pastOffering({
		id: "a1",
		publication: "2026-03-01",
		finalRegistrations: 9,
		field: "engineering",
		channels: { web: 6, partner: 2 },
		communicationSpend: 450,
	}),
	pastOffering({
		id: "a2",
		publication: "2026-03-15",
		finalRegistrations: 8,
		field: "engineering",
		channels: { web: 4 },
		communicationSpend: 400,
	}),
	pastOffering({
		id: "a3",
		publication: "2026-03-10",
		finalRegistrations: 7,
		field: "it",
		communicationSpend: 350,
	}),
	pastOffering({
		id: "b1",
		publication: "2026-06-20",
		finalRegistrations: 4,
		outcome: "cancelled",
		communicationSpend: 300,
	}),
	pastOffering({
		id: "b2",
		publication: "2026-07-01",
		finalRegistrations: 3,
		outcome: "cancelled",
	}),
	pastOffering({
		id: "b3",
		publication: "2026-06-30",
		finalRegistrations: 5,
		outcome: "cancelled",
	}),
	pastOffering({ id: "c1", publication: "2026-05-01", finalRegistrations: 6 }),
];

describe("analyzePlan on a small history", () => {
	const result = analyze(planWithHistory(smallHistory), "en");

	it("gives the shape of the contract", () => {
		expect(analysisSchema.safeParse(result).success).toBe(true);
		expect(result.today).toBe("2027-01-10");
		expect(result.minGroup).toBe(3);
		expect(result.minFitPoints).toBe(5);
	});

	it("summarises the fill as computed by hand", () => {
		// Fills 0.9, 0.8, 0.7, 0.4, 0.3, 0.5, 0.6: mean 4.2 / 7 = 0.6; deviations ±0.3, ±0.2,
		// ±0.1, 0 give Σ² = 0.28, s = √(0.28/6) = 0.216025, s/√7 = 0.081650, t(0.975, 6) =
		// 2.446912: 0.6 ± 0.199790 = [0.400210, 0.799790]. Four reached the minimum of 6 (9, 8, 7, 6).
		const [overall] = result.summary;
		expect(overall?.kind).toBe("overallFill");
		if (overall?.kind !== "overallFill") return;
		expect(overall.reachedMinimum).toBe(4);
		expect(overall.fill.n).toBe(7);
		expect(overall.fill.mean).toBeCloseTo(0.6, 12);
		expect(overall.fill.low).toBeCloseTo(0.40021, 5);
		expect(overall.fill.high).toBeCloseTo(0.79979, 5);
	});

	it("compares the whole window with published after it, as computed by hand", () => {
		// a: 0.9, 0.8, 0.7, mean 0.8, s = 0.1; b: 0.4, 0.3, 0.5, mean 0.4, s = 0.1.
		// Difference 0.4, se = √(0.01/3 + 0.01/3) = 0.081650, Welch df = 4, t(0.975, 4) =
		// 2.776445: 0.4 ± 0.226697 = [0.173303, 0.626697], which excludes 0 with 3 in each group.
		const statement = result.summary[1];
		expect(statement?.kind).toBe("coverageGroups");
		if (statement?.kind !== "coverageGroups") return;
		const { comparison, partial } = statement;
		expect(comparison.a.mean).toBeCloseTo(0.8, 12);
		expect(comparison.b.mean).toBeCloseTo(0.4, 12);
		expect(comparison.difference?.estimate).toBeCloseTo(0.4, 12);
		expect(comparison.difference?.low).toBeCloseTo(0.173303, 5);
		expect(comparison.difference?.high).toBeCloseTo(0.626697, 5);
		expect(comparison.conclusive).toBe(true);
		expect(partial).toEqual({ n: 1, mean: 0.6, low: null, high: null });
	});

	it("orders the statements and fits fill against lead time and coverage", () => {
		expect(result.summary.map((statement) => statement.kind)).toEqual([
			"overallFill",
			"coverageGroups",
			"leadTime",
			"coverage",
			"timingEvidence",
			"spend",
		]);
		// Lead times 197, 183, 188, 86, 75, 76 and 136 days (scipy's linregress: slope 0.0036447).
		expect(result.leadTime?.xMin).toBe(75);
		expect(result.leadTime?.xMax).toBe(197);
		expect(result.leadTime?.slope).toBeCloseTo(0.0036447, 6);
		expect(result.leadTime?.band).toHaveLength(20);
		expect(result.leadTime?.band[0]?.x).toBe(75);
		expect(result.leadTime?.band[19]?.x).toBe(197);
		const leadTime = result.summary[2];
		expect(leadTime?.kind === "leadTime" && leadTime.perDays).toBe(28);
		expect(result.coverage?.slope).toBeCloseTo(0.4, 4);
		expect(result.coverage?.conclusive).toBe(true);
	});

	it("fits the cost per enrolment of the courses that ran against their spend", () => {
		// a1, a2, a3 spent 450, 400, 350 on 9, 8, 7 enrolments: 50 each, so no slope at all;
		// b1's spend is left out, as it was cancelled.
		expect(result.spend?.n).toBe(3);
		expect(result.spend?.slope).toBeCloseTo(0, 12);
		expect(result.spend?.conclusive).toBe(false);
	});

	it("fits the registrations of every offering that records its spend against that spend", () => {
		// (450, 9), (400, 8), (350, 7) and the cancelled b1's (300, 4): x̄ = 375, ȳ = 7,
		// Sxx = 75² + 25² + 25² + 75² = 12500, Sxy = 75·2 + 25·1 + 0 + 75·3 = 400, so slope
		// 0.032 (3.2 registrations per 100) and intercept 7 − 0.032·375 = −5. Four points: not
		// conclusive, however the slope's interval lies.
		expect(result.registrationsBySpend?.n).toBe(4);
		expect(result.registrationsBySpend?.slope).toBeCloseTo(0.032, 12);
		expect(result.registrationsBySpend?.intercept).toBeCloseTo(-5, 10);
		expect(result.registrationsBySpend?.conclusive).toBe(false);
		// The courses that ran and record spend: 1200 spent on 24 enrolments, 50 each.
		expect(result.costPerEnrolment).toEqual({
			offerings: 3,
			spend: 1200,
			enrolments: 24,
			perEnrolment: 50,
		});
		// The spend statement carries what its text reads, and not the cost-per-enrolment line.
		expect(result.summary.at(-1)).toEqual({
			kind: "spend",
			recorded: 4,
			registrations: result.registrationsBySpend,
			costPerEnrolment: result.costPerEnrolment,
		});
	});

	it("reads the timing comparisons together: how many found a link, and whether the same way", () => {
		// The coverage groups (difference 0.4), the lead-time and the coverage lines: all three
		// conclusive and all positive.
		expect(result.summary.find((statement) => statement.kind === "timingEvidence")).toEqual({
			kind: "timingEvidence",
			tests: 3,
			conclusive: 3,
			agree: true,
		});
	});

	it("groups fill by field, intake and channel, labelled in the language asked for", () => {
		expect(result.byField.map(({ key, label, n }) => ({ key, label, n }))).toEqual([
			{ key: "engineering", label: "Engineering", n: 2 },
			{ key: "it", label: "it", n: 1 },
		]);
		expect(result.byIntake.map(({ key, label, n, mean }) => ({ key, label, n, mean }))).toEqual([
			{ key: "autumn", label: "Autumn", n: 7, mean: result.fill.mean },
		]);
		expect(result.byChannel).toEqual([
			{ channel: "web", registrations: 10, share: 10 / 12 },
			{ channel: "partner", registrations: 2, share: 2 / 12 },
		]);
		const estonian = analyze(planWithHistory(smallHistory));
		expect(estonian.byField[0]?.label).toBe("Tehnika");
		expect(estonian.byIntake[0]?.label).toBe("Sügis");
	});
});

describe("analyzePlan with too little data", () => {
	it("says so, gives the overall fill, and makes no statement about an effect", () => {
		const result = analyze(planWithHistory(smallHistory.slice(0, 4)));
		expect(result.summary.map((statement) => statement.kind)).toEqual([
			"tooLittleData",
			"overallFill",
		]);
		expect(result.summary[0]).toEqual({ kind: "tooLittleData", n: 4, needed: 5 });
	});

	it("has nothing to fit nor compare without a history", () => {
		const result = analyze(planWithHistory([]));
		expect(result.summary).toEqual([{ kind: "tooLittleData", n: 0, needed: 5 }]);
		expect(result.fill).toEqual({ n: 0, mean: null, low: null, high: null });
		expect([result.leadTime, result.coverage, result.spend]).toEqual([null, null, null]);
		expect(result.coverageGroups.comparison.difference).toBeNull();
		expect(result.coverageGroups.comparison.conclusive).toBe(false);
	});

	it("says when every past offering had the same timing, instead of leaving the line out", () => {
		// Five courses all published on 2026-03-01: lead time 197 days, coverage 1, so neither
		// line can be fitted and no one was published after the window.
		const same = [9, 8, 7, 4, 3].map((final, index) =>
			pastOffering({ id: `s${index}`, finalRegistrations: final }),
		);
		const result = analyze(planWithHistory(same));
		expect(result.summary.map((statement) => statement.kind)).toEqual([
			"overallFill",
			"coverageGroups",
			"noSpread",
			"noSpread",
			"spend",
		]);
		expect(result.summary.slice(2, 4)).toEqual([
			{ kind: "noSpread", about: "leadTime", n: 5, value: 197 },
			{ kind: "noSpread", about: "coverage", n: 5, value: 1 },
		]);
		expect(result.summary.at(-1)).toMatchObject({
			kind: "spend",
			recorded: 0,
			registrations: null,
			costPerEnrolment: { offerings: 0, spend: 0, enrolments: 0, perEnrolment: null },
		});
	});

	it("counts the spend of cancelled offerings in the registrations, not in the cost per enrolment", () => {
		const cancelled = smallHistory.map((past) => ({
			...past,
			outcome: "cancelled" as const,
			communicationSpend: 200,
		}));
		const result = analyze(planWithHistory(cancelled));
		expect(result.registrationsBySpend).toBeNull();
		expect(result.summary.at(-1)).toMatchObject({ kind: "spend", recorded: 7 });
		expect(result.costPerEnrolment.perEnrolment).toBeNull();
	});

	it("is not conclusive with two in a group, however large the difference", () => {
		const result = analyze(
			planWithHistory(smallHistory.filter((past) => past.id !== "a3" && past.id !== "b3")),
		);
		expect(result.coverageGroups.comparison.difference?.low).toBeGreaterThan(0);
		expect(result.coverageGroups.comparison.conclusive).toBe(false);
	});
});

const seeds = Array.from({ length: 40 }, (_, index) => index + 1);

describe("analyzePlan on generated histories", () => {
	// fill = 0.3 + 0.5·coverage + uniform noise in ±0.05, then whole registrations of 20.
	const withEffect = (seed: number) =>
		analyze(
			planWithHistory(
				generatedHistory(
					seed,
					30,
					(coverage, random) => 0.3 + 0.5 * coverage + (random() - 0.5) * 0.1,
				),
			),
		);
	// fill = 0.55 + uniform noise in ±0.2, whatever the timing.
	const withoutEffect = (seed: number) =>
		analyze(
			planWithHistory(generatedHistory(seed, 30, (_, random) => 0.55 + (random() - 0.5) * 0.4)),
		);

	it("finds a known effect of coverage in every history, its interval holding the true slope", () => {
		const results = seeds.map(withEffect);
		for (const result of results) {
			expect(result.coverage?.conclusive).toBe(true);
			expect(result.coverage?.slopeLow).toBeGreaterThan(0);
		}
		// A 95% interval holds the true slope 0.5 in about 38 of 40 histories.
		const holding = results.filter(
			(result) =>
				(result.coverage?.slopeLow ?? 1) <= 0.5 && 0.5 <= (result.coverage?.slopeHigh ?? 0),
		);
		expect(holding.length).toBeGreaterThanOrEqual(34);
	});

	it("says there is no effect where fill does not depend on timing, but in the rare 5%", () => {
		const results = seeds.map(withoutEffect);
		const conclusive = (pick: (result: (typeof results)[number]) => boolean) =>
			results.filter(pick).length;
		expect(conclusive((result) => result.coverage?.conclusive === true)).toBeLessThanOrEqual(5);
		expect(conclusive((result) => result.leadTime?.conclusive === true)).toBeLessThanOrEqual(5);
		expect(conclusive((result) => result.coverageGroups.comparison.conclusive)).toBeLessThanOrEqual(
			5,
		);
		const first = results[0];
		expect(first?.coverage?.conclusive).toBe(false);
		expect(first?.coverage?.slopeLow).toBeLessThan(0);
		expect(first?.coverage?.slopeHigh).toBeGreaterThan(0);
	});
});
