import { describe, expect, it } from "vitest";
import { healthyPlan, planWith } from "../../test/fixtures/plans.ts";
import { calendarYears } from "../engine/holidays.ts";
import { plan } from "../engine/plan.ts";
import { plannedWithHolidays, planWithHolidays } from "./plan-with-holidays.ts";
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

	it("plans again with the holidays of a year only a far-anchored milestone reaches", () => {
		// A task 1,126 days before a start on Monday 2027-09-20 is due on 2024-08-20, Estonia's
		// Day of Restoration of Independence: two years before any date of the plan.
		const input = planWith({ template: "long" });
		input.templates = [
			{
				id: "long",
				milestones: [
					{ key: "early-survey", role: "marketing", anchor: "start", offset: "-1126d" },
					{ key: "course-start", role: "pedagogy", anchor: "start", offset: "+0d", kind: "event" },
				],
			},
		];
		expect(calendarYears(input)).not.toContain(2024);
		const { report, holidays, years } = plannedWithHolidays(input);
		expect(years).toContain(2024);
		const survey = report.offerings[0]?.milestones.find((entry) => entry.key === "early-survey");
		expect(survey?.due).toBe("2024-08-19");
		expect(survey?.moved).toEqual({
			from: "2024-08-20",
			reason: "Day of Restoration of Independence",
			cause: { kind: "holiday", name: "Day of Restoration of Independence" },
		});
		expect(holidays).toContainEqual({
			date: "2024-08-20",
			name: "Day of Restoration of Independence",
		});
	});
});
