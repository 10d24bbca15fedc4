import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estonianHolidays } from "../../../test/fixtures/holidays.ts";
import { planWith } from "../../../test/fixtures/plans.ts";
import type { Offering } from "../../model/offering.ts";
import type { PlanFile } from "../../model/plan-file.ts";
import type { OfferingReport } from "../../model/report.ts";
import { toDay, toIso } from "../days.ts";
import { plan } from "../plan.ts";

/** The first offering's report. */
function reportOf(input: PlanFile): OfferingReport {
	const [offering] = plan(input, { holidays: estonianHolidays }).offerings;
	if (!offering) throw new Error("the plan has an offering");
	return offering;
}

const messageOf = (offering: OfferingReport, code: string) =>
	offering.findings.find((entry) => entry.code === code)?.message;

/** The percentages in a message, as numbers, in order. */
const percents = (message: string) => [...message.matchAll(/([\d.]+)%/g)].map((m) => Number(m[1]));

/** The plan with the autumn intake's decision window set to `days` days from 2027-03-15. */
function withWindow(days: number, offering: Partial<Offering>, minCoverage?: number): PlanFile {
	const input = planWith(offering);
	const [autumn] = input.intakes;
	if (autumn)
		autumn.decisionWindow = { from: "2027-03-15", to: toIso(toDay("2027-03-15") + days - 1) };
	if (minCoverage !== undefined) input.institution.rules = { minCoverage };
	return input;
}

const dayOfWindow = (n: number) => toIso(toDay("2027-03-15") + n);

/** The plan with only a teaching and a communication line, in EUR at the minimum group. */
function withBudget(teaching: number, communication: number, minShare?: number): PlanFile {
	const input = planWith({
		budget: [
			{ category: "teaching", amount: teaching },
			{ category: "communication", amount: communication },
		],
	});
	if (minShare !== undefined) input.institution.rules = { minCommunicationShare: minShare };
	return input;
}

describe("decision-window coverage is judged as the report shows it", () => {
	it("shows 159 of 200 days as 79.5% beside the 80% minimum, and 160 of 200 as covered", () => {
		const short = reportOf(withWindow(200, { publication: dayOfWindow(41) }));
		expect(short.decisionWindowCoverage).toBe(0.795);
		expect(messageOf(short, "LOW_DECISION_WINDOW_COVERAGE")).toContain(
			"it covers 79.5% of it (minimum 80%)",
		);
		const enough = reportOf(withWindow(200, { publication: dayOfWindow(40) }));
		expect(enough.decisionWindowCoverage).toBe(0.8);
		expect(messageOf(enough, "LOW_DECISION_WINDOW_COVERAGE")).toBeUndefined();
	});

	it("judges the 4-decimal figure: 16,000 of 20,001 days (0.79996…) is 0.8, not flagged", () => {
		const offering = reportOf(withWindow(20_001, { publication: dayOfWindow(4_001) }));
		expect(offering.decisionWindowCoverage).toBe(0.8);
		expect(messageOf(offering, "LOW_DECISION_WINDOW_COVERAGE")).toBeUndefined();
	});

	it("flags LOW_DECISION_WINDOW_COVERAGE exactly when the shown coverage is below the minimum", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 400 }),
				fc.integer({ min: 0, max: 400 }),
				fc.integer({ min: 1, max: 10_000 }),
				(days, late, basisPoints) => {
					const minCoverage = basisPoints / 10_000;
					const published = Math.min(late, days - 1);
					const offering = reportOf(
						withWindow(days, { publication: dayOfWindow(published) }, minCoverage),
					);
					const message = messageOf(offering, "LOW_DECISION_WINDOW_COVERAGE");
					expect(message !== undefined).toBe(offering.decisionWindowCoverage < minCoverage);
					if (message === undefined) return;
					const [shown, minimum] = percents(message.slice(message.indexOf("it covers")));
					expect(minimum).toBeCloseTo(minCoverage * 100, 8);
					expect(shown).toBeLessThan(minimum ?? 0);
				},
			),
			{ numRuns: 150 },
		);
	});

	it("shows a blocker's drop in coverage as a drop, on the right side of the minimum", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 2, max: 400 }),
				fc.integer({ min: 1, max: 400 }),
				fc.integer({ min: 1, max: 10_000 }),
				(days, late, basisPoints) => {
					const minCoverage = basisPoints / 10_000;
					const input = withWindow(
						days,
						{ blockedUntil: [dayOfWindow(Math.min(late, days - 1))] },
						minCoverage,
					);
					const offering = reportOf(input);
					const found = offering.findings.find(
						(entry) => entry.code === "MARKETING_BLOCKED_BY_DEPENDENCY",
					);
					if (!found || found.message.includes("stays at")) return;
					const below = offering.decisionWindowCoverage < minCoverage;
					expect(found.severity).toBe(below ? "error" : "warning");
					const [from = 0, to = 0, minimum] = percents(
						found.message.slice(found.message.indexOf("drops")),
					);
					expect(to).toBeLessThan(from);
					if (below) expect(to).toBeLessThan(minimum ?? 0);
					else expect(minimum).toBeUndefined();
				},
			),
			{ numRuns: 150 },
		);
	});
});

describe("the communication share is judged as the report shows it", () => {
	it("reports 1,999 of 39,999 EUR as 0.05 (4.9976…%), which meets the 5% minimum", () => {
		const offering = reportOf(withBudget(38_000, 1_999));
		expect(offering.communicationShare).toBe(0.05);
		expect(messageOf(offering, "LOW_COMMUNICATION_BUDGET")).toBeUndefined();
	});

	it("shows 1,995 of 39,995 EUR as 4.99%, below 5%", () => {
		const offering = reportOf(withBudget(38_000, 1_995));
		expect(offering.communicationShare).toBe(0.0499);
		expect(messageOf(offering, "LOW_COMMUNICATION_BUDGET")).toBe(
			"communication is 4.99% of costs at 8 participants (1,995 EUR of 39,995 EUR), below 5%",
		);
	});

	it("flags LOW_COMMUNICATION_BUDGET exactly when the shown share is below the minimum", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 100_000 }),
				fc.integer({ min: 1, max: 20_000 }),
				fc.integer({ min: 1, max: 9_999 }),
				(teaching, communication, basisPoints) => {
					const minShare = basisPoints / 10_000;
					const offering = reportOf(withBudget(teaching, communication, minShare));
					const message = messageOf(offering, "LOW_COMMUNICATION_BUDGET");
					expect(message !== undefined).toBe(offering.communicationShare < minShare);
					if (message === undefined) return;
					const [shown = 0, minimum] = percents(message);
					expect(minimum).toBeCloseTo(minShare * 100, 8);
					expect(shown).toBeLessThan(minimum ?? 0);
				},
			),
			{ numRuns: 150 },
		);
	});
});
