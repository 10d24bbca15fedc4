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

interface Task {
	offering: string;
	title: string;
	milestone: DatedMilestone;
}

/** One week's part of one task's hours. */
interface Share {
	/** Index of the task in `Workload.tasks`. */
	task: number;
	monday: Day;
	hours: number;
}

/**
 * Weekly hours per role (ISO weeks), summed over every offering's tasks. It keeps each task's
 * hours per week, so the tasks that fill an overloaded week are found without spreading again.
 */
export class Workload {
	private readonly hoursByWeek = new Map<Day, Float64Array>();
	private readonly tasks: Task[] = [];
	private readonly shares: Share[] = [];

	constructor(
		private readonly calendar: Calendar,
		private readonly spread: number,
	) {}

	add({ offering, title, milestones }: OfferingMilestones): void {
		for (const milestone of milestones) {
			const index = roleIndex.get(milestone.role) ?? 0;
			const task = this.tasks.length;
			spreadEffort(milestone, this.calendar, this.spread, (monday, hours) => {
				let week = this.hoursByWeek.get(monday);
				if (!week) {
					week = new Float64Array(roles.length);
					this.hoursByWeek.set(monday, week);
				}
				week[index] = (week[index] ?? 0) + hours;
				// The working days go back one by one, so a week's days come one after another.
				const last = this.shares[this.shares.length - 1];
				if (last?.task === task && last.monday === monday) last.hours += hours;
				else this.shares.push({ task, monday, hours });
			});
			if (this.shares[this.shares.length - 1]?.task === task)
				this.tasks.push({ offering, title, milestone });
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

	/** Which tasks fill the given cells (the overloaded ones), largest first. */
	contributionsTo(cells: readonly WorkloadCell[]): Map<WorkloadCell, Contribution[]> {
		const cellKey = (monday: Day, role: Role) => monday * roles.length + (roleIndex.get(role) ?? 0);
		const byKey = new Map(cells.map((cell) => [cellKey(cell.monday, cell.role), cell]));
		const contributions = new Map<WorkloadCell, Contribution[]>(cells.map((cell) => [cell, []]));
		for (const share of this.shares) {
			const { offering, title, milestone } = this.tasks[share.task] as Task;
			const cell = byKey.get(cellKey(share.monday, milestone.role));
			if (!cell) continue;
			contributions.get(cell)?.push({
				offering,
				title,
				milestone: milestone.key,
				label: milestone.label,
				hours: share.hours,
			});
		}
		for (const list of contributions.values()) list.sort((x, y) => y.hours - x.hours);
		return contributions;
	}
}
