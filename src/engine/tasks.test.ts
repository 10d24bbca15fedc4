import { describe, expect, it } from "vitest";
import { healthyOffering, healthyPlan, planWith } from "../../test/fixtures/plans.ts";
import type { ScheduledMilestone } from "../model/report.ts";
import { plan } from "./plan.ts";
import { groupTasks, type Task, tasksOf } from "./tasks.ts";

function task(key: string, due: string, status: ScheduledMilestone["status"] = "todo"): Task {
	return {
		offering: { id: "mig-welding", title: "MIG" },
		milestone: {
			key,
			label: key,
			role: "manager",
			kind: "task",
			owner: "kadri",
			due,
			effortHours: 1,
			status,
		},
	};
}

const keys = (tasks: readonly Task[]) => tasks.map((entry) => entry.milestone.key);

describe("tasksOf", () => {
	it("gives the tasks the person owns in every offering, by due date, without events", () => {
		const input = healthyPlan();
		input.offerings.push(
			healthyOffering({ id: "cnc", title: "CNC", owners: { manager: "mart", pedagogy: "mart" } }),
		);
		const report = plan(input, { holidays: [] });
		expect(
			tasksOf(report, "kadri").map((entry) => `${entry.offering.id} ${entry.milestone.key}`),
		).toEqual(["mig-welding budget-approved", "mig-welding staff-briefed", "mig-welding go-no-go"]);
		// Mart owns the course start of both, an event: not a task.
		expect(keys(tasksOf(report, "mart"))).not.toContain("course-start");
		expect(keys(tasksOf(report, "mart"))).toContain("budget-approved");
	});

	it("gives the go-no-go task as done once the plan holds a decision, as the staff app marks it", () => {
		// The go-no-go milestone of the healthy offering is due on 2027-09-08.
		const undecided = plan(healthyPlan(), { holidays: [], today: "2027-09-10" });
		expect(keys(groupTasks(tasksOf(undecided, "kadri"), "2027-09-10").overdue)).toContain(
			"go-no-go",
		);
		const decided = plan(planWith({ decision: { outcome: "no-go", decidedOn: "2027-09-09" } }), {
			holidays: [],
			today: "2027-09-10",
		});
		const groups = groupTasks(tasksOf(decided, "kadri"), "2027-09-10");
		expect(keys(groups.overdue)).not.toContain("go-no-go");
		expect(keys(groups.done)).toContain("go-no-go");
	});
});

describe("groupTasks", () => {
	it("puts overdue first, then the rest of this ISO week, then later, and done apart", () => {
		// 2027-03-10 is a Wednesday of week 10 (8–14 March).
		const groups = groupTasks(
			[
				task("last-week", "2027-03-05"),
				task("monday", "2027-03-08"),
				task("done-late", "2027-03-09", "done"),
				task("today", "2027-03-10", "doing"),
				task("sunday", "2027-03-14"),
				task("next-monday", "2027-03-15"),
				task("done-later", "2027-04-01", "done"),
			],
			"2027-03-10",
		);
		expect(keys(groups.overdue)).toEqual(["last-week", "monday"]);
		expect(keys(groups.thisWeek)).toEqual(["today", "sunday"]);
		expect(keys(groups.later)).toEqual(["next-monday"]);
		expect(keys(groups.done)).toEqual(["done-late", "done-later"]);
	});

	it("knows the ISO week across a new year", () => {
		// 2027-12-31 is a Friday of week 2027-W52; 2028-01-02 is that week's Sunday.
		const groups = groupTasks(
			[task("sunday", "2028-01-02"), task("monday", "2028-01-03")],
			"2027-12-31",
		);
		expect(keys(groups.thisWeek)).toEqual(["sunday"]);
		expect(keys(groups.later)).toEqual(["monday"]);
	});
});
