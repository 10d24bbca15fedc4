import { describe, expect, it } from "vitest";
import { pastOffering } from "../../../test/fixtures/history.ts";
import { estonianHolidays } from "../../../test/fixtures/holidays.ts";
import { healthyPlan } from "../../../test/fixtures/plans.ts";
import { yearlyReport as yearlyReportSchema } from "../../model/analysis.ts";
import type { PlanFile } from "../../model/plan-file.ts";
import { plan } from "../plan.ts";
import { maxYearlyIntakes, yearlyFigures } from "./yearly.ts";

/**
 * A history of autumn 2026 with `count` intakes of its own: `term-01` has 1 past offering,
 * `term-02` 2, and so on, each of 8 registrations of 10 that ran and spent 100.
 */
function withIntakes(count: number): PlanFile {
	const history = Array.from({ length: count }, (_, index) => {
		const intake = `term-${String(index + 1).padStart(2, "0")}`;
		return Array.from({ length: index + 1 }, (_, offering) =>
			pastOffering({ id: `${intake}-c${offering}`, intake, communicationSpend: 100 }),
		);
	}).flat();
	return { ...healthyPlan(), offerings: [], history };
}

function figures(input: PlanFile) {
	const report = plan(input, { holidays: estonianHolidays, today: "2027-01-10" });
	return yearlyFigures(input, report, { year: 2026, language: "en" });
}

describe("yearlyFigures of a year with more intakes than a school has", () => {
	it("gives every intake one by one up to the most it names", () => {
		const result = figures(withIntakes(maxYearlyIntakes));
		expect(result.intakes.map((intake) => intake.id)).toEqual(
			Array.from({ length: 12 }, (_, index) => `term-${String(index + 1).padStart(2, "0")}`),
		);
		expect(result.intakes.some((intake) => intake.otherIntakes !== undefined)).toBe(false);
	});

	it("sums the intakes with the fewest offerings past the first 12 in one entry after them", () => {
		const result = figures(withIntakes(15));
		expect(yearlyReportSchema.safeParse(result).success).toBe(true);
		expect(result.intakes).toHaveLength(13);
		expect(result.intakes.slice(0, 12).map((intake) => intake.id)).toEqual(
			Array.from({ length: 12 }, (_, index) => `term-${String(index + 4).padStart(2, "0")}`),
		);
		// term-01, term-02 and term-03: 1 + 2 + 3 past offerings, each 8 of 10 for 100.
		const summed = result.intakes[12];
		expect(summed).toMatchObject({
			id: "",
			label: "",
			studiesStart: "2026-09-01",
			otherIntakes: 3,
			ran: 6,
			cancelled: 0,
			enrolments: 48,
			communicationSpend: 600,
			costPerEnrolment: 600 / 48,
		});
		expect(summed?.fill.mean).toBeCloseTo(0.8, 10);
		expect(summed?.offerings.map((offering) => offering.id).sort()).toEqual(
			["term-01-c0", "term-02-c0", "term-02-c1", "term-03-c0", "term-03-c1", "term-03-c2"].sort(),
		);
	});
});
