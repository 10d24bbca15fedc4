import { describe, expect, it } from "vitest";
import { healthyPlan, planWith } from "../../test/fixtures/plans.ts";
import { calendarYears } from "../engine/holidays.ts";
import { plan } from "../engine/plan.ts";
import { planWithHolidays } from "./plan-with-holidays.ts";
import { publicHolidays } from "./public-holidays.ts";

describe("planWithHolidays", () => {
	it("runs the engine with the country's public holidays of every year the plan needs", () => {
		const input = healthyPlan();
		const holidays = publicHolidays("EE", calendarYears(input));
		expect(planWithHolidays(input, { today: "2027-01-10" })).toEqual(
			plan(input, { today: "2027-01-10", holidays }),
		);
	});

	it("counts the holidays of the year before the plan's first date", () => {
		// Every date of the plan is in 2028; publication on Friday 2028-01-07 puts content
		// approval, 15 working days back, into December 2027.
		const input = planWith({ intake: "winter-2028", start: "2028-02-14", end: "2028-04-01" });
		delete input.institution.closures;
		input.intakes = [
			{
				id: "winter-2028",
				admissionOpens: "2028-01-03",
				admissionCloses: "2028-01-31",
				studiesStart: "2028-02-01",
				decisionWindow: { from: "2028-01-07", to: "2028-01-28" },
			},
		];
		const due = planWithHolidays(input).offerings[0]?.milestones.find(
			(milestone) => milestone.key === "content-approved",
		)?.due;
		// Christmas Eve, Friday 2027-12-24, is skipped; counting it would give 2027-12-17.
		expect(due).toBe("2027-12-16");
	});
});
