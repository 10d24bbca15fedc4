import { describe, expect, it } from "vitest";
import { pastOffering } from "../../../test/fixtures/history.ts";
import { estonianHolidays } from "../../../test/fixtures/holidays.ts";
import { healthyOffering, healthyPlan } from "../../../test/fixtures/plans.ts";
import type { Offering, PastOffering } from "../../model/offering.ts";
import { plan } from "../plan.ts";
import { analyzePlan } from "./analyze.ts";

/**
 * Past autumn courses of 6 to 10 (window 2026-03-15 … 06-15, start 2026-09-14) whose fill
 * follows their coverage: published before the window 0.9, after it 0.3 to 0.5.
 */
const history: PastOffering[] = [
	["2026-03-01", 9],
	["2026-03-15", 9],
	["2026-03-10", 8],
	["2026-05-01", 6],
	["2026-06-20", 4],
	["2026-07-01", 3],
	["2026-06-30", 5],
].map(([publication, final], index) =>
	pastOffering({
		id: `past-${index + 1}`,
		publication: String(publication),
		finalRegistrations: Number(final),
	}),
);

/** Courses of 8 to 14 starting 2027-09-20 in autumn-2027 (window 2027-03-15 … 06-15). */
function analyzeWith(offerings: Offering[], past = history, today = "2027-01-10") {
	const input = { ...healthyPlan(), offerings, history: past };
	return analyzePlan(input, plan(input, { holidays: estonianHolidays, today }));
}

const late = (id: string, publication: string, overrides: Partial<Offering> = {}) =>
	healthyOffering({ id, publication, ...overrides });

describe("the offerings at risk", () => {
	it("are those whose timing filled below their minimum before, with the line's fill there", () => {
		// Published 2027-07-01: coverage 0, 81 days ahead. At coverage 0 the line is its intercept.
		const result = analyzeWith([late("late", "2027-07-01"), healthyOffering({ id: "early" })]);
		expect(result.coverage?.conclusive).toBe(true);
		expect(result.leadTime?.conclusive).toBe(true);
		expect(result.atRisk.map((offering) => offering.id)).toEqual(["late"]);
		const [atRisk] = result.atRisk;
		expect(atRisk).toMatchObject({
			id: "late",
			title: "MIG/MAG welding basics",
			intake: "autumn-2027",
			leadTimeDays: 81,
			coverage: 0,
			minimum: 8,
			places: 14,
		});
		// Of the two fits, the worse one is kept.
		const atCoverage = result.coverage?.intercept ?? 0;
		const atLeadTime = (result.leadTime?.intercept ?? 0) + (result.leadTime?.slope ?? 0) * 81;
		expect(atRisk?.by).toBe(atCoverage < atLeadTime ? "coverage" : "leadTime");
		expect(atRisk?.expectedFill.fit).toBeCloseTo(Math.min(atCoverage, atLeadTime), 12);
		expect((atRisk?.expectedFill.fit ?? 1) * 14).toBeLessThan(8);
		expect(atRisk?.expectedFill.low).toBeLessThan(atRisk?.expectedFill.fit ?? 0);
		expect(atRisk?.expectedFill.high).toBeGreaterThan(atRisk?.expectedFill.fit ?? 1);
	});

	it("give the range of one offering timed so, wider than the band of the mean", () => {
		// By coverage, at coverage 0 (x̄ = 4.4946/7 = 0.642086, Sxx = Σ(x − x̄)²): the band's
		// half width is t·s·√(1/7 + x̄²/Sxx) and one offering's t·s·√(1 + 1/7 + x̄²/Sxx).
		const result = analyzeWith([late("late", "2027-07-01")]);
		const [atRisk] = result.atRisk;
		const fit = result.coverage;
		if (!atRisk || !fit) throw new Error("no risk");
		const xs = [1, 1, 1, 0.4946, 0, 0, 0];
		const mean = xs.reduce((a, b) => a + b, 0) / 7;
		const sxx = xs.reduce((total, x) => total + (x - mean) ** 2, 0);
		const fills = [0.9, 0.9, 0.8, 0.6, 0.4, 0.3, 0.5];
		const residuals = fills.map((y, i) => y - fit.intercept - fit.slope * (xs[i] ?? 0));
		const s = Math.sqrt(residuals.reduce((total, r) => total + r * r, 0) / 5);
		const t = 2.570582; // t(0.975, 5)
		const band = t * s * Math.sqrt(1 / 7 + mean ** 2 / sxx);
		const one = t * s * Math.sqrt(1 + 1 / 7 + mean ** 2 / sxx);
		expect(atRisk.by).toBe("coverage");
		expect(atRisk.expectedFill.fit).toBeCloseTo(fit.intercept, 12);
		expect(atRisk.expectedFill.high - atRisk.expectedFill.fit).toBeCloseTo(band, 5);
		expect(atRisk.expectedFill.prediction.high - atRisk.expectedFill.fit).toBeCloseTo(one, 5);
		expect(atRisk.expectedFill.prediction.low).toBeCloseTo(atRisk.expectedFill.fit - one, 5);
	});

	it("are sorted by expected fill, the lowest first", () => {
		const result = analyzeWith([late("june", "2027-06-10"), late("july", "2027-07-01")]);
		expect(result.atRisk.map((offering) => offering.id)).toEqual(["july", "june"]);
	});

	it("never come from a line beyond the range of the past", () => {
		// The past covered 0.4516 to 1 of the window, 132 to 197 days ahead: a course published
		// after the window, 81 days ahead, lies outside both, however badly the lines would say it fills.
		const earlier = [
			["2026-03-01", 9],
			["2026-03-15", 9],
			["2026-04-15", 6],
			["2026-05-01", 5],
			["2026-04-01", 7],
			["2026-05-05", 4],
		].map(([publication, final], index) =>
			pastOffering({
				id: `p${index}`,
				publication: String(publication),
				finalRegistrations: Number(final),
			}),
		);
		const result = analyzeWith([late("late", "2027-07-01"), late("inside", "2027-05-05")], earlier);
		expect(result.coverage?.xMin).toBe(0.4516);
		expect(result.coverage?.conclusive).toBe(true);
		expect(result.atRisk.map((offering) => offering.id)).toEqual(["inside"]);
	});

	it("leave out what is decided (go included: its own registrations judged it) or already started", () => {
		const result = analyzeWith(
			[
				late("no-go", "2027-07-01", { decision: "no-go" }),
				late("postponed", "2027-07-01", { decision: { outcome: "postpone", into: "going" } }),
				late("going", "2027-07-01", { decision: "go" }),
				late("started", "2027-07-01", { start: "2027-09-01", end: "2027-11-01" }),
				late("open", "2027-07-01"),
			],
			history,
			"2027-09-10",
		);
		expect(result.atRisk.map((offering) => offering.id)).toEqual(["open"]);
	});

	it("are none when no fit is conclusive", () => {
		const flat = history.map((past) => ({ ...past, finalRegistrations: 7 }));
		const result = analyzeWith([late("late", "2027-07-01")], flat);
		expect(result.coverage?.conclusive).toBe(false);
		expect(result.atRisk).toEqual([]);
	});
});
