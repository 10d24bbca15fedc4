import type { PlanReport, ScheduledMilestone } from "../model/report.ts";
import { isoWeek, toDay } from "./days.ts";

/** One milestone of someone's, with the offering it belongs to. */
export interface Task {
	offering: { id: string; title: string };
	milestone: ScheduledMilestone;
}

/** A person's tasks in the order the view shows them: overdue, this week, later, done. */
export interface TaskGroups {
	overdue: Task[];
	thisWeek: Task[];
	later: Task[];
	done: Task[];
}

/**
 * The tasks a person owns in the report: the milestones of kind "task" whose owner is the
 * person's people id (events such as the course start are no one's work), by due date.
 */
export function tasksOf(report: PlanReport, person: string): Task[] {
	const tasks = report.offerings.flatMap((offering) =>
		offering.milestones
			.filter((milestone) => milestone.kind === "task" && milestone.owner === person)
			.map((milestone) => ({ offering: { id: offering.id, title: offering.title }, milestone })),
	);
	return tasks.sort(
		(a, b) =>
			a.milestone.due.localeCompare(b.milestone.due) ||
			a.offering.title.localeCompare(b.offering.title) ||
			a.milestone.label.localeCompare(b.milestone.label),
	);
}

/**
 * Sorts tasks into groups as of `today`: overdue (due before today and not done), this week
 * (the rest of today's ISO week), later, and done. Each group keeps the order it is given.
 */
export function groupTasks(tasks: readonly Task[], today: string): TaskGroups {
	const week = isoWeek(toDay(today));
	const groups: TaskGroups = { overdue: [], thisWeek: [], later: [], done: [] };
	for (const task of tasks) {
		const { due, status } = task.milestone;
		if (status === "done") groups.done.push(task);
		else if (due < today) groups.overdue.push(task);
		else if (isoWeek(toDay(due)) === week) groups.thisWeek.push(task);
		else groups.later.push(task);
	}
	return groups;
}
