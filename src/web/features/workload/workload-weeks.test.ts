import { describe, expect, it } from "vitest";
import { healthyPlan } from "../../../../test/fixtures/plans.ts";
import { plan } from "../../../engine/plan.ts";
import type { PlanFile } from "../../../model/plan-file.ts";
import { mondayOfWeek, overloads, tasksBehind, weekRows, weekSpan } from "./workload-weeks.ts";

/** The healthy plan with marketing's capacity cut to 10 h a week. */
function tightMarketing(): PlanFile {
	const input = healthyPlan();
	input.institution.capacity = { ...input.institution.capacity, marketing: 10 };
	return input;
}

describe("mondayOfWeek", () => {
	it("finds the Monday of an ISO week, across the turn of a year", () => {
		expect(mondayOfWeek("2027-W10")).toBe("2027-03-08");
		expect(mondayOfWeek("2027-W01")).toBe("2027-01-04");
		expect(mondayOfWeek("2026-W53")).toBe("2026-12-28");
	});
});

describe("weekRows", () => {
	it("gives each week's load per role, with the hours above capacity", () => {
		const report = plan(tightMarketing(), { holidays: [] });
		const rows = weekRows(report.workload, ["manager", "marketing"]);
		const week10 = rows.find((row) => row.week === "2027-W10");
		expect(week10).toEqual({
			week: "2027-W10",
			monday: "2027-03-08",
			loads: [
				{ role: "manager", hours: 0.4, capacity: 40, over: 0 },
				{ role: "marketing", hours: 14, capacity: 10, over: 4 },
			],
		});
		// Pedagogy alone has hours in week 7: it is not shown.
		expect(rows.map((row) => row.week)).not.toContain("2027-W07");
		expect(weekRows(report.workload, ["pedagogy"]).map((row) => row.week)).toEqual([
			"2027-W07",
			"2027-W08",
		]);
	});

	it("spans every week from the first to the last, quiet ones too", () => {
		const report = plan(healthyPlan(), { holidays: [] });
		const span = weekSpan(weekRows(report.workload, ["marketing"]));
		expect(span[0]).toBe("2027-W09");
		expect(span.at(-1)).toBe("2027-W32");
		expect(span).toHaveLength(24);
	});
});

describe("tasksBehind", () => {
	it("lists the tasks whose effort falls in the week, with the hours they add to it", () => {
		const input = tightMarketing();
		const report = plan(input, { holidays: [], language: "en" });
		const tasks = tasksBehind(input, report, [], "2027-W10", "marketing");
		// Campaign launch (12 h) and publication (4 h) are due Monday 15 March: four of their five
		// working days fall in week 10. The marketing plan (6 h) is due on Monday 8 March.
		expect(tasks.map((task) => [task.milestone.label, task.hours])).toEqual([
			["Campaign launched", 9.6],
			["Published in the catalogue", 3.2],
			["Marketing plan ready", 1.2],
		]);
		expect(tasks.reduce((sum, task) => sum + task.hours, 0)).toBeCloseTo(14);
		expect(tasksBehind(input, report, [], "2027-W10", "support")).toEqual([]);
	});

	it("spreads effort over working days only, as the engine does", () => {
		const input = tightMarketing();
		// Holidays on 11 and 12 March push one day of the launch's spread back into week 9.
		const holidays = [
			{ date: "2027-03-11", name: "A holiday" },
			{ date: "2027-03-12", name: "Another holiday" },
		];
		const report = plan(input, { holidays, language: "en" });
		const launch = tasksBehind(input, report, holidays, "2027-W10", "marketing").find(
			(task) => task.milestone.key === "campaign-launch",
		);
		expect(launch?.hours).toBe(7.2);
	});
});

describe("overloads", () => {
	const row = (monday: string, over: number) => ({
		week: "",
		monday,
		loads: [{ role: "marketing" as const, hours: 10 + over, capacity: 10, over }],
	});

	it("counts the weeks over capacity from today's week on apart from the past ones", () => {
		const rows = [
			row("2027-04-19", 4),
			row("2027-04-26", 0),
			row("2027-05-03", 2),
			row("2027-05-10", 1),
		];
		// Wednesday 5 May: the week of 3 May has not ended.
		expect(overloads(rows, "2027-05-05")).toEqual({ ahead: 2, past: 1 });
		expect(overloads(rows, "2027-05-10")).toEqual({ ahead: 1, past: 2 });
	});
});
