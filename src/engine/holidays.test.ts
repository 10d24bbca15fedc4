import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estonianHolidays } from "../../test/fixtures/holidays.ts";
import { healthyOffering, healthyPlan, planWith } from "../../test/fixtures/plans.ts";
import { toDay, toIso, yearOf } from "./days.ts";
import { calendarYears } from "./holidays.ts";
import { plan } from "./plan.ts";

describe("calendarYears", () => {
	it("spans the year before the plan's earliest date to the year after its latest", () => {
		// From the autumn decision window (2027-03-15) to spring studies (2028-02-01).
		expect(calendarYears(healthyPlan())).toEqual([2026, 2027, 2028, 2029]);
	});

	it("reaches a default decision window that rules open long before studies start", () => {
		const input = planWith({ intake: "spring-2028", start: "2028-02-14", end: "2028-04-01" });
		input.institution.rules = { decisionWindowOpensWeeksBeforeStudies: 100 };
		// Spring studies start on 2028-02-01; 100 weeks before is in March 2026.
		expect(calendarYears(input)[0]).toBe(2025);
	});

	it("is empty for a plan without dates", () => {
		const input = healthyPlan();
		input.intakes = [];
		input.offerings = [];
		delete input.institution.closures;
		expect(calendarYears(input)).toEqual([]);
	});

	it("covers every date the default template schedules", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: -400, max: 400 }),
				fc.option(fc.integer({ min: -200, max: 150 }), { nil: undefined }),
				(startShift, publicationShift) => {
					const start = toDay("2027-09-20") + startShift;
					const input = healthyPlan();
					input.intakes = [];
					input.offerings = [
						healthyOffering({
							intake: undefined,
							start: toIso(start),
							end: toIso(start + 60),
							...(publicationShift !== undefined && {
								publication: toIso(start - 120 + publicationShift),
							}),
						}),
					];
					delete input.offerings[0]?.intake;
					const years = new Set(calendarYears(input));
					const report = plan(input, { holidays: estonianHolidays });
					for (const milestone of report.offerings[0]?.milestones ?? [])
						expect(years).toContain(yearOf(toDay(milestone.due)));
				},
			),
			{ numRuns: 60 },
		);
	});
});
