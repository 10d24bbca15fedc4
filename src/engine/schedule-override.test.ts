import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estonianHolidays } from "../../test/fixtures/holidays.ts";
import { healthyOffering, healthyPlan, planWith } from "../../test/fixtures/plans.ts";
import { defaultTemplate } from "../model/default-template.ts";
import type { Intake } from "../model/intake.ts";
import { textIn } from "../model/localized-text.ts";
import type { Offering } from "../model/offering.ts";
import type { Template } from "../model/template.ts";
import { createCalendar } from "./calendar.ts";
import { toDay, toIso } from "./days.ts";
import { plan } from "./plan.ts";
import { defaultRules } from "./rules.ts";
import { anchorDaysOf, scheduleOf } from "./schedule.ts";
import { timingOf } from "./timing.ts";

const calendar = createCalendar(estonianHolidays, [
	{ from: "2027-07-01", to: "2027-07-31", label: "staff summer holiday" },
]);
const [autumn] = healthyPlan().intakes as [Intake];
const english = textIn("en", ["et", "en"]);

function schedule(offering: Offering, intake: Intake | undefined = autumn, template?: Template) {
	const timing = timingOf(offering, intake, calendar, defaultRules);
	return scheduleOf(
		offering,
		template ?? defaultTemplate,
		anchorDaysOf(offering, intake, timing),
		calendar,
		english,
	);
}

const milestone = (offering: Offering, key: string, intake: Intake | undefined = autumn) =>
	schedule(offering, intake).milestones.find((entry) => entry.key === key);

describe("a due date the plan gives", () => {
	it("replaces the computed date and names it, without a move", () => {
		const offering = healthyOffering({
			milestoneStatus: { "budget-approved": { status: "doing", due: "2027-03-03" } },
		});
		expect(milestone(healthyOffering(), "budget-approved")?.due).toBe(toDay("2027-03-01"));
		const set = milestone(offering, "budget-approved");
		expect(set).toMatchObject({ due: toDay("2027-03-03"), status: "doing" });
		expect(set?.override).toEqual({ computed: toDay("2027-03-01") });
		expect(set?.moved).toBeUndefined();
	});

	it("is kept on a non-working day, which the override names", () => {
		const offering = healthyOffering({
			milestoneStatus: {
				"campaign-reminder": { status: "todo", due: "2027-07-10" },
				"go-no-go": { status: "todo", due: "2027-02-24" },
			},
		});
		expect(milestone(offering, "campaign-reminder")).toMatchObject({
			due: toDay("2027-07-10"),
			override: { nonWorking: { kind: "closure", label: "staff summer holiday" } },
		});
		expect(milestone(offering, "go-no-go")?.override?.nonWorking).toEqual({
			kind: "holiday",
			name: "Independence Day",
		});
	});

	it("drops the move the computed date had", () => {
		// The campaign reminder, six weeks before a start on 2027-08-16, falls in the July closure.
		const offering = healthyOffering({ start: "2027-08-16", end: "2027-10-01" });
		expect(milestone(offering, "campaign-reminder")?.moved?.cause).toEqual({
			kind: "closure",
			label: "staff summer holiday",
		});
		const set = milestone(
			{
				...offering,
				milestoneStatus: { "campaign-reminder": { status: "todo", due: "2027-06-28" } },
			},
			"campaign-reminder",
		);
		expect(set).toMatchObject({
			due: toDay("2027-06-28"),
			override: { computed: toDay("2027-06-30") },
		});
		expect(set?.moved).toBeUndefined();
	});

	it("dates a milestone whose anchor is missing, so it is not left out", () => {
		const template: Template = {
			id: "custom",
			milestones: [
				{
					key: "a",
					role: "support",
					anchor: "intake.admissionCloses",
					offset: "+2wd",
					effortHours: 1,
				},
			],
		};
		const offering = healthyOffering({
			milestoneStatus: { a: { status: "todo", due: "2027-08-20" } },
		});
		const result = schedule(offering, undefined, template);
		expect(result.undated).toEqual([]);
		expect(result.milestones[0]).toMatchObject({ due: toDay("2027-08-20"), override: {} });
	});

	it("appears in the report as dates, with the non-working day's reason in words", () => {
		const report = plan(
			planWith({
				milestoneStatus: { "staff-briefed": { status: "todo", due: "2027-03-06" } },
			}),
			{ holidays: estonianHolidays },
		);
		const briefed = report.offerings[0]?.milestones.find((entry) => entry.key === "staff-briefed");
		expect(briefed).toMatchObject({
			due: "2027-03-06",
			override: {
				computed: "2027-03-08",
				nonWorking: { reason: "weekend", cause: { kind: "weekend" } },
			},
		});
	});

	it("is always the milestone's due date, for any milestone and any date", () => {
		const keys = defaultTemplate.milestones.map((step) => step.key);
		fc.assert(
			fc.property(
				fc.constantFrom(...keys),
				fc.integer({ min: toDay("2026-06-01"), max: toDay("2028-06-30") }),
				(key, day) => {
					const offering = healthyOffering({
						milestoneStatus: { [key]: { status: "todo", due: toIso(day) } },
					});
					const found = schedule(offering).milestones.find((entry) => entry.key === key);
					expect(found?.due).toBe(day);
					const others = schedule(healthyOffering()).milestones.filter((m) => m.key !== key);
					expect(schedule(offering).milestones.filter((m) => m.key !== key)).toEqual(others);
				},
			),
			{ numRuns: 200 },
		);
	});
});
