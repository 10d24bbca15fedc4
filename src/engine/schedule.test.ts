import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estonianHolidays } from "../../test/fixtures/holidays.ts";
import { healthyOffering, healthyPlan } from "../../test/fixtures/plans.ts";
import { anchors } from "../model/anchors.ts";
import { defaultTemplate } from "../model/default-template.ts";
import type { Intake } from "../model/intake.ts";
import { textIn } from "../model/localized-text.ts";
import type { Offering } from "../model/offering.ts";
import type { Template, TemplateMilestone } from "../model/template.ts";
import { createCalendar } from "./calendar.ts";
import { toDay, toIso } from "./days.ts";
import { defaultRules } from "./rules.ts";
import { anchorDaysOf, labelFromKey, scheduleOf } from "./schedule.ts";
import { timingOf } from "./timing.ts";

const calendar = createCalendar(estonianHolidays, [
	{ from: "2027-07-01", to: "2027-07-31", label: "staff summer holiday" },
]);
const [autumn] = healthyPlan().intakes as [Intake];
const english = textIn("en", ["et", "en"]);

function schedule(
	offering: Offering,
	template: Template = defaultTemplate,
	intakeOrNone: Intake | null = autumn,
) {
	const intake = intakeOrNone ?? undefined;
	const timing = timingOf(offering, intake, calendar, defaultRules);
	return scheduleOf(offering, template, anchorDaysOf(offering, intake, timing), calendar, english);
}

function template(...milestones: TemplateMilestone[]): Template {
	return { id: "custom", milestones };
}

const dueDates = (offering: Offering, plan: Template = defaultTemplate) =>
	Object.fromEntries(
		schedule(offering, plan).milestones.map((milestone) => [milestone.key, toIso(milestone.due)]),
	);

describe("schedule", () => {
	it("back-schedules the default template from publication and start", () => {
		expect(dueDates(healthyOffering())).toEqual({
			// 15 working days before 2027-03-15, skipping Independence Day on 24 February.
			"content-approved": "2027-02-19",
			"budget-approved": "2027-03-01",
			"marketing-plan-ready": "2027-03-08",
			"staff-briefed": "2027-03-08",
			"catalogue-published": "2027-03-15",
			"campaign-launch": "2027-03-15",
			"campaign-reminder": "2027-08-09",
			"registration-closes": "2027-09-06",
			"go-no-go": "2027-09-08",
			"participants-informed": "2027-09-13",
			"course-start": "2027-09-20",
		});
	});

	it("gives owners by role, statuses, labels, effort and kinds", () => {
		const offering = healthyOffering({
			milestoneStatus: { "content-approved": "done", "budget-approved": "doing" },
		});
		const { milestones } = schedule(offering);
		const byKey = new Map(milestones.map((milestone) => [milestone.key, milestone]));
		expect(byKey.get("content-approved")).toMatchObject({
			owner: "mart",
			role: "pedagogy",
			status: "done",
			effortHours: 8,
		});
		expect(byKey.get("budget-approved")?.status).toBe("doing");
		expect(byKey.get("go-no-go")).toMatchObject({
			owner: "kadri",
			status: "todo",
			label: "Go/no-go decision",
		});
		expect(byKey.get("course-start")).toMatchObject({ kind: "event", effortHours: 0 });
		expect(milestones.map((milestone) => milestone.due)).toEqual(
			[...milestones.map((milestone) => milestone.due)].sort((a, b) => a - b),
		);
	});

	it("lets one milestone's progress name its own owner", () => {
		const offering = healthyOffering({
			milestoneStatus: {
				"go-no-go": { status: "doing", owner: "liis", note: "waiting for the trainer" },
			},
		});
		const goNoGo = schedule(offering).milestones.find((milestone) => milestone.key === "go-no-go");
		expect(goNoGo).toMatchObject({ owner: "liis", status: "doing" });
	});

	it("moves a task off a non-working day to the previous working day and says why", () => {
		const plan = template(
			{ key: "weekend", role: "marketing", anchor: "start", offset: "-1d", effortHours: 1 },
			{ key: "holiday", role: "marketing", anchor: "start", offset: "-89d", effortHours: 1 },
			{ key: "closure", role: "marketing", anchor: "start", offset: "-11w", effortHours: 1 },
			{ key: "sunday-event", role: "pedagogy", anchor: "start", offset: "-1d", kind: "event" },
		);
		const moved = Object.fromEntries(
			schedule(healthyOffering(), plan).milestones.map((milestone) => [milestone.key, milestone]),
		);
		expect(moved.weekend).toMatchObject({
			due: toDay("2027-09-17"),
			moved: { from: toDay("2027-09-19"), reason: "weekend", cause: { kind: "weekend" } },
		});
		expect(moved.holiday).toMatchObject({
			due: toDay("2027-06-22"),
			moved: {
				from: toDay("2027-06-23"),
				reason: "Victory Day",
				cause: { kind: "holiday", name: "Victory Day" },
			},
		});
		expect(moved.closure).toMatchObject({
			due: toDay("2027-06-30"),
			moved: {
				from: toDay("2027-07-05"),
				reason: "staff summer holiday",
				cause: { kind: "closure", label: "staff summer holiday" },
			},
		});
		expect(moved["sunday-event"]).toMatchObject({ due: toDay("2027-09-19") });
		expect(moved["sunday-event"]?.moved).toBeUndefined();
	});

	it("counts working days, weeks and calendar days from any anchor", () => {
		const plan = template(
			{
				key: "a",
				role: "support",
				anchor: "intake.admissionCloses",
				offset: "+2wd",
				effortHours: 1,
			},
			{ key: "b", role: "support", anchor: "decisionWindow.to", offset: "-3w", effortHours: 1 },
			{ key: "c", role: "support", anchor: "end", offset: "+0d", effortHours: 1 },
			{ key: "d", role: "support", anchor: "intake.studiesStart", offset: "5d", effortHours: 1 },
		);
		expect(dueDates(healthyOffering(), plan)).toEqual({
			a: "2027-08-17",
			b: "2027-05-25",
			c: "2027-11-26",
			d: "2027-09-06",
		});
	});

	it("keeps notBefore, moving forward when the previous working day would break it", () => {
		const plan = template(
			{
				key: "early",
				role: "marketing",
				anchor: "start",
				offset: "-30w",
				notBefore: "publication",
				effortHours: 1,
			},
			{
				key: "saturday",
				role: "marketing",
				anchor: "start",
				offset: "-40w",
				notBefore: "decisionWindow.to",
				effortHours: 1,
			},
		);
		const intake: Intake = { ...autumn, decisionWindow: { from: "2027-03-15", to: "2027-06-19" } };
		const byKey = Object.fromEntries(
			schedule(healthyOffering(), plan, intake).milestones.map((milestone) => [
				milestone.key,
				milestone,
			]),
		);
		expect(byKey.early).toMatchObject({
			due: toDay("2027-03-15"),
			moved: {
				from: toDay("2027-02-22"),
				reason: "not before publication (2027-03-15)",
				cause: { kind: "notBefore", anchor: "publication", date: "2027-03-15" },
			},
		});
		expect(byKey.saturday).toMatchObject({
			due: toDay("2027-06-21"),
			moved: { reason: "not before decisionWindow.to (2027-06-19)" },
		});
	});

	it("cannot date intake-anchored milestones without an intake", () => {
		const plan = template(
			{
				key: "a",
				role: "support",
				anchor: "intake.admissionCloses",
				offset: "+2wd",
				effortHours: 1,
			},
			{ key: "b", role: "support", anchor: "start", offset: "-2wd", effortHours: 1 },
		);
		const result = schedule(healthyOffering(), plan, null);
		expect(result.milestones.map((milestone) => milestone.key)).toEqual(["b"]);
		expect(result.undated.map((step) => step.key)).toEqual(["a"]);
	});

	it("derives a label from the key when the template gives none", () => {
		expect(labelFromKey("print-flyers")).toBe("Print flyers");
	});
});

const offsetArbitrary = fc
	.tuple(
		fc.constantFrom("-", "+"),
		fc.integer({ min: 0, max: 60 }),
		fc.constantFrom("wd", "w", "d"),
	)
	.map(([sign, amount, unit]) => `${sign}${amount}${unit}`);

const milestoneArbitrary = fc.record({
	anchor: fc.constantFrom(...anchors),
	offset: offsetArbitrary,
	notBefore: fc.option(fc.constantFrom(...anchors), { nil: undefined }),
});

const offeringArbitrary = fc
	.record({
		startShift: fc.integer({ min: -200, max: 900 }),
		length: fc.integer({ min: 0, max: 120 }),
		publicationShift: fc.option(fc.integer({ min: -300, max: 200 }), { nil: undefined }),
	})
	.map(({ startShift, length, publicationShift }) => {
		const start = toDay("2027-09-20") + startShift;
		return healthyOffering({
			start: toIso(start),
			end: toIso(start + length),
			...(publicationShift !== undefined && { publication: toIso(start - 120 + publicationShift) }),
		});
	});

describe("schedule properties", () => {
	it("never puts a task on a non-working day", () => {
		fc.assert(
			fc.property(
				offeringArbitrary,
				fc.array(milestoneArbitrary, { minLength: 1, maxLength: 6 }),
				(offering, steps) => {
					const plan = template(
						...steps.map((step, index) => ({
							key: `m${index}`,
							role: "marketing" as const,
							effortHours: 1,
							...withoutUndefined(step),
						})),
					);
					for (const chosen of [plan, defaultTemplate]) {
						for (const milestone of schedule(offering, chosen).milestones) {
							if (milestone.kind === "task")
								expect(calendar.nonWorkingReason(milestone.due)).toBeUndefined();
						}
					}
				},
			),
			{ numRuns: 300 },
		);
	});

	it("never schedules a back-scheduled task after its anchor", () => {
		fc.assert(
			fc.property(
				offeringArbitrary,
				fc.constantFrom(...anchors),
				fc.integer({ min: 0, max: 60 }),
				fc.constantFrom("wd", "w", "d"),
				(offering, anchor, amount, unit) => {
					const step: TemplateMilestone = {
						key: "back",
						role: "manager",
						anchor,
						offset: `-${amount}${unit}`,
						effortHours: 1,
					};
					const timing = timingOf(offering, autumn, calendar, defaultRules);
					const anchorDay = anchorDaysOf(offering, autumn, timing)[anchor] ?? Number.NaN;
					const [milestone] = scheduleOf(
						offering,
						template(step),
						anchorDaysOf(offering, autumn, timing),
						calendar,
						english,
					).milestones;
					expect(milestone?.due).toBeLessThanOrEqual(anchorDay);
				},
			),
			{ numRuns: 300 },
		);
	});
});

function withoutUndefined<T extends object>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
