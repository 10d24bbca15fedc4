import { createCalendar } from "../../../engine/calendar.ts";
import { isoWeek, mondayOf, toDay, toIso } from "../../../engine/days.ts";
import type { PublicHoliday } from "../../../engine/holidays.ts";
import { resolveRules } from "../../../engine/rules.ts";
import { spreadEffort } from "../../../engine/workload.ts";
import type { PlanFile } from "../../../model/plan-file.ts";
import type { Role } from "../../../model/primitives.ts";
import type { PlanReport, ScheduledMilestone, WorkloadWeek } from "../../../model/report.ts";

/** One role's load in one ISO week, and how far it is above the role's capacity. */
export interface RoleLoad {
	role: Role;
	hours: number;
	capacity: number | null;
	/** Hours above capacity, 0 when within it or when the role has no capacity. */
	over: number;
}

/** An ISO week with the load of each shown role that has hours in it. */
export interface WeekRow {
	week: string;
	/** Monday of the week, `YYYY-MM-DD`. */
	monday: string;
	loads: RoleLoad[];
}

/** The Monday of an ISO week such as `2027-W09`: week 1 holds 4 January. */
export function mondayOfWeek(week: string): string {
	const year = Number(week.slice(0, 4));
	const number = Number(week.slice(6));
	return toIso(mondayOf(toDay(`${year}-01-04`)) + (number - 1) * 7);
}

const overOf = (hours: number, capacity: number | null) =>
	capacity !== null && hours > capacity ? Math.round((hours - capacity) * 100) / 100 : 0;

/**
 * The report's workload for the given roles, one row per week that has hours for them, in
 * week order; each row lists the roles in the order given.
 */
export function weekRows(workload: readonly WorkloadWeek[], roles: readonly Role[]): WeekRow[] {
	const byWeek = new Map<string, RoleLoad[]>();
	for (const cell of workload) {
		if (!roles.includes(cell.role)) continue;
		const loads = byWeek.get(cell.week) ?? [];
		loads.push({
			role: cell.role,
			hours: cell.hours,
			capacity: cell.capacity,
			over: overOf(cell.hours, cell.capacity),
		});
		byWeek.set(cell.week, loads);
	}
	return [...byWeek]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([week, loads]) => ({
			week,
			monday: mondayOfWeek(week),
			loads: loads.sort((a, b) => roles.indexOf(a.role) - roles.indexOf(b.role)),
		}));
}

/**
 * How many week and role cells are over capacity, in weeks that have not ended by `today` (what
 * the OVER_CAPACITY findings count, as work can still move) and in past ones.
 */
export function overloads(
	rows: readonly WeekRow[],
	today: string,
): { ahead: number; past: number } {
	let ahead = 0;
	let past = 0;
	for (const row of rows) {
		const over = row.loads.filter((load) => load.over > 0).length;
		if (toDay(row.monday) + 6 >= toDay(today)) ahead += over;
		else past += over;
	}
	return { ahead, past };
}

/** Every ISO week from the first row's to the last row's, so a chart shows quiet weeks too. */
export function weekSpan(rows: readonly WeekRow[]): string[] {
	const first = rows[0];
	const last = rows.at(-1);
	if (!first || !last) return [];
	const weeks: string[] = [];
	for (let day = toDay(first.monday); day <= toDay(last.monday); day += 7) weeks.push(isoWeek(day));
	return weeks;
}

/** A task of one offering behind a week's load, with the hours it adds to that week. */
export interface WeekTask {
	offering: { id: string; title: string };
	milestone: ScheduledMilestone;
	hours: number;
}

/**
 * The tasks behind a role's load in a week, largest share first. The engine spreads a task's
 * effort over the working days up to its due date (`effortSpreadWorkingDays`), so a task due
 * early next week adds to this one too: each task comes with the hours it adds to the week,
 * which sum to the week's load.
 */
export function tasksBehind(
	input: PlanFile,
	report: PlanReport,
	holidays: readonly PublicHoliday[],
	week: string,
	role: Role,
): WeekTask[] {
	const calendar = createCalendar(holidays, input.institution.closures);
	const spread = resolveRules(input.institution.rules).effortSpreadWorkingDays;
	const monday = toDay(mondayOfWeek(week));
	const tasks: WeekTask[] = [];
	for (const offering of report.offerings) {
		for (const milestone of offering.milestones) {
			if (milestone.role !== role) continue;
			const { moved: _moved, override: _override, ...dated } = milestone;
			let hours = 0;
			spreadEffort({ ...dated, due: toDay(milestone.due) }, calendar, spread, (day, share) => {
				if (day === monday) hours += share;
			});
			if (hours > 0)
				tasks.push({
					offering: { id: offering.id, title: offering.title },
					milestone,
					hours: Math.round(hours * 100) / 100,
				});
		}
	}
	return tasks.sort(
		(a, b) =>
			b.hours - a.hours ||
			a.milestone.due.localeCompare(b.milestone.due) ||
			a.offering.title.localeCompare(b.offering.title),
	);
}
