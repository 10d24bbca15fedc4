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

/** A week and role as one number. */
const cellKey = (monday: Day, role: Role) => monday * roles.length + (roleIndex.get(role) ?? 0);

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

/** An offering whose tasks are added: its id and title. */
interface Owner {
	offering: string;
	title: string;
}

/**
 * Weekly hours per role (ISO weeks), summed over every offering's tasks. It keeps each task's
 * hours per week, so the tasks that fill an overloaded week are found without spreading again;
 * in flat arrays of numbers, as a large plan has hundreds of thousands of them.
 */
export class Workload {
	private readonly hoursByWeek = new Map<Day, Float64Array>();
	private readonly owners: Owner[] = [];
	/** Each task with hours: its milestone and the index of its offering in `owners`. */
	private readonly taskMilestones: DatedMilestone[] = [];
	private readonly taskOwners: number[] = [];
	/** Each week's part of a task's hours: the task's index, the week and role's cell, the hours. */
	private readonly shareTasks: number[] = [];
	private readonly shareCells: number[] = [];
	private readonly shareHours: number[] = [];

	constructor(
		private readonly calendar: Calendar,
		private readonly spread: number,
	) {}

	add({ offering, title, milestones }: OfferingMilestones): void {
		const owner = this.owners.push({ offering, title }) - 1;
		for (const milestone of milestones) {
			const index = roleIndex.get(milestone.role) ?? 0;
			const task = this.taskMilestones.length;
			const last = () => this.shareTasks.length - 1;
			spreadEffort(milestone, this.calendar, this.spread, (monday, hours) => {
				let week = this.hoursByWeek.get(monday);
				if (!week) {
					week = new Float64Array(roles.length);
					this.hoursByWeek.set(monday, week);
				}
				week[index] = (week[index] ?? 0) + hours;
				// The working days go back one by one, so a week's days come one after another.
				const cell = cellKey(monday, milestone.role);
				const at = last();
				if (this.shareTasks[at] === task && this.shareCells[at] === cell)
					this.shareHours[at] = (this.shareHours[at] ?? 0) + hours;
				else {
					this.shareTasks.push(task);
					this.shareCells.push(cell);
					this.shareHours.push(hours);
				}
			});
			if (this.shareTasks[last()] === task) {
				this.taskMilestones.push(milestone);
				this.taskOwners.push(owner);
			}
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
		const byKey = new Map(cells.map((cell) => [cellKey(cell.monday, cell.role), cell]));
		const contributions = new Map<WorkloadCell, Contribution[]>(cells.map((cell) => [cell, []]));
		this.shareCells.forEach((key, share) => {
			const cell = byKey.get(key);
			if (!cell) return;
			const task = this.shareTasks[share] ?? 0;
			const milestone = this.taskMilestones[task] as DatedMilestone;
			const { offering, title } = this.owners[this.taskOwners[task] ?? 0] as Owner;
			contributions.get(cell)?.push({
				offering,
				title,
				milestone: milestone.key,
				label: milestone.label,
				hours: this.shareHours[share] ?? 0,
			});
		});
		for (const list of contributions.values()) list.sort((x, y) => y.hours - x.hours);
		return contributions;
	}
}
