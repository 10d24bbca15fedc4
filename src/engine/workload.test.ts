import { describe, expect, it } from "vitest";
import { estonianHolidays } from "../../test/fixtures/holidays.ts";
import { healthyPlan } from "../../test/fixtures/plans.ts";
import { createCalendar } from "./calendar.ts";
import { toDay } from "./days.ts";
import { plan } from "./plan.ts";
import type { DatedMilestone } from "./schedule.ts";
import { Workload } from "./workload.ts";

const calendar = createCalendar(estonianHolidays);
const task = (due: string, effortHours: number): DatedMilestone => ({
	key: "t",
	label: "T",
	role: "marketing",
	kind: "task",
	owner: null,
	due: toDay(due),
	effortHours,
	status: "todo",
});

describe("workload", () => {
	it("spreads effort over the 5 working days up to the due date, by ISO week", () => {
		const workload = new Workload(calendar, 5);
		// Due Tuesday 2027-03-02: Tue and Mon of W09 plus Fri, Thu, Wed of W08.
		workload.add({ offering: "o", title: "O", milestones: [task("2027-03-02", 10)] });
		expect(workload.cells({ marketing: 5 })).toEqual([
			{ monday: toDay("2027-02-22"), week: "2027-W08", role: "marketing", hours: 6, capacity: 5 },
			{ monday: toDay("2027-03-01"), week: "2027-W09", role: "marketing", hours: 4, capacity: 5 },
		]);
	});

	it("skips holidays when spreading and carries no effort for events", () => {
		const workload = new Workload(calendar, 5);
		// Due Friday 2027-02-26: Fri, Thu, Tue, Mon (24 Feb is a holiday) and Fri 19 Feb.
		workload.add({
			offering: "o",
			title: "O",
			milestones: [task("2027-02-26", 5), { ...task("2027-02-26", 8), kind: "event" }],
		});
		const cells = workload.cells(undefined);
		expect(cells.map((cell) => [cell.week, cell.hours, cell.capacity])).toEqual([
			["2027-W07", 1, null],
			["2027-W08", 4, null],
		]);
	});

	it("spreads a task set on a non-working day over the working days before it", () => {
		const workload = new Workload(calendar, 5);
		// Due on Independence Day, Wednesday 2027-02-24: Tue 23 and Mon 22 in W08, Fri 19 to Wed 17 in W07.
		workload.add({ offering: "o", title: "O", milestones: [task("2027-02-24", 10)] });
		expect(workload.cells(undefined).map((cell) => [cell.week, cell.hours])).toEqual([
			["2027-W07", 6],
			["2027-W08", 4],
		]);
	});

	it("sums every offering's tasks in the report", () => {
		const report = plan(healthyPlan(), { holidays: estonianHolidays });
		const total = report.workload.reduce((sum, cell) => sum + cell.hours, 0);
		// The default template's task effort: 8 + 2 + 6 + 2 + 4 + 12 + 6 + 1 + 1 + 4 hours.
		expect(total).toBeCloseTo(46, 5);
	});
});
