import type { Capacity } from "../model/institution.ts";
import { type Role, roles } from "../model/primitives.ts";
import type { Calendar } from "./calendar.ts";
import { type Day, isoWeek, mondayOf } from "./days.ts";
import type { DatedMilestone } from "./schedule.ts";

export interface WorkloadCell {
	/** Monday of the ISO week. */
	monday: Day;
	week: string;
	role: Role;
	hours: number;
	capacity: number | null;
}

/** The hours one milestone adds to one week and role. */
export interface Contribution {
	offering: string;
	title: string;
	milestone: string;
	label: string;
	hours: number;
}

export interface OfferingMilestones {
	offering: string;
	title: string;
	milestones: readonly DatedMilestone[];
}

const roleIndex = new Map<Role, number>(roles.map((role, index) => [role, index]));

/**
 * Calls `visit` with each working day's share of a task's effort: the effort is spread evenly
 * over the `spread` working days up to and including the due date (up to the working day before
 * it, for a date the plan sets on a non-working day). Events carry no effort.
 */
export function spreadEffort(
	milestone: DatedMilestone,
	calendar: Calendar,
	spread: number,
	visit: (monday: Day, hours: number) => void,
): void {
	if (milestone.kind !== "task" || milestone.effortHours <= 0) return;
	const share = milestone.effortHours / spread;
	let day = calendar.onOrBefore(milestone.due);
	for (let n = 0; n < spread; n++) {
		visit(mondayOf(day), share);
		day = calendar.addWorkingDays(day, -1);
	}
}

/**
 * Weekly hours per role (ISO weeks), summed over every offering's tasks.
 */
export class Workload {
	private readonly hoursByWeek = new Map<Day, Float64Array>();

	constructor(
		private readonly calendar: Calendar,
		private readonly spread: number,
	) {}

	add(milestones: readonly DatedMilestone[]): void {
		for (const milestone of milestones) {
			const index = roleIndex.get(milestone.role) ?? 0;
			spreadEffort(milestone, this.calendar, this.spread, (monday, hours) => {
				let week = this.hoursByWeek.get(monday);
				if (!week) {
					week = new Float64Array(roles.length);
					this.hoursByWeek.set(monday, week);
				}
				week[index] = (week[index] ?? 0) + hours;
			});
		}
	}

	/** Cells with hours, by week then role order, hours rounded to 0.01. */
	cells(capacity: Capacity | undefined): WorkloadCell[] {
		const cells: WorkloadCell[] = [];
		for (const monday of [...this.hoursByWeek.keys()].sort((a, b) => a - b)) {
			const hours = this.hoursByWeek.get(monday);
			if (!hours) continue;
			roles.forEach((role, index) => {
				const total = hours[index] ?? 0;
				if (total <= 0) return;
				cells.push({
					monday,
					week: isoWeek(monday),
					role,
					hours: Math.round(total * 100) / 100,
					capacity: capacity?.[role] ?? null,
				});
			});
		}
		return cells;
	}
}

/** Which milestones fill the given overloaded cells, largest first. */
export function contributionsTo(
	cells: readonly WorkloadCell[],
	offerings: readonly OfferingMilestones[],
	calendar: Calendar,
	spread: number,
): Map<WorkloadCell, Contribution[]> {
	const cellKey = (monday: Day, role: Role) => monday * roles.length + (roleIndex.get(role) ?? 0);
	const byKey = new Map(cells.map((cell) => [cellKey(cell.monday, cell.role), cell]));
	const contributions = new Map<WorkloadCell, Contribution[]>(cells.map((cell) => [cell, []]));
	for (const { offering, title, milestones } of offerings) {
		for (const milestone of milestones) {
			// One milestone touches at most two weeks, so its shares are summed per cell first.
			const shares = new Map<WorkloadCell, number>();
			spreadEffort(milestone, calendar, spread, (monday, hours) => {
				const cell = byKey.get(cellKey(monday, milestone.role));
				if (cell) shares.set(cell, (shares.get(cell) ?? 0) + hours);
			});
			for (const [cell, hours] of shares) {
				contributions
					.get(cell)
					?.push({ offering, title, milestone: milestone.key, label: milestone.label, hours });
			}
		}
	}
	for (const list of contributions.values()) list.sort((a, b) => b.hours - a.hours);
	return contributions;
}
