import type { Finding } from "../../model/report.ts";
import { type Day, toIso } from "../days.ts";
import type { Contribution, WorkloadCell } from "../workload.ts";
import { finding } from "./context.ts";
import { count, hours, list } from "./wording.ts";

/**
 * The cells whose planned hours exceed the role's weekly capacity. Weeks that ended before
 * `today` are history: nothing can be moved out of them any more.
 */
export function overloadedCells(cells: readonly WorkloadCell[], today?: Day): WorkloadCell[] {
	return cells.filter(
		(cell) =>
			cell.capacity !== null &&
			cell.hours > cell.capacity &&
			(today === undefined || cell.monday + 6 >= today),
	);
}

/**
 * OVER_CAPACITY: one finding per overloaded week and role, naming what fills it (largest first).
 * The task it suggests moving is the largest one of an offering whose publication is not held
 * back by a blocker (`blocked` holds their ids): a blocked offering's tasks cannot move earlier.
 */
export function overCapacity(
	cell: WorkloadCell,
	contributions: readonly Contribution[],
	blocked: ReadonlySet<string>,
): Finding {
	const nameOf = offeringNames(contributions);
	const named = contributions
		.slice(0, 3)
		.map((entry) => `${nameOf(entry)}: ${entry.label} (${hours(entry.hours)})`);
	const more = contributions.length - named.length;
	const shown = more > 0 ? [...named, count(more, "more task")] : named;
	const offerings = [...new Set(contributions.map((entry) => entry.offering))];
	const largest = contributions.find((entry) => !blocked.has(entry.offering));
	const capacity = cell.capacity ?? 0;
	return {
		...finding(
			"OVER_CAPACITY",
			"warning",
			`${cell.role} has ${hours(cell.hours)} planned in week ${cell.week} (from ${toIso(cell.monday)}), ` +
				`capacity ${hours(capacity)}: ${list(shown)}`,
			(largest
				? `spread these tasks over the weeks around it (for example, do “${largest.label}” of ${nameOf(largest)} a week earlier), or `
				: "") +
				`add ${hours(cell.hours - capacity)} of ${cell.role} capacity for week ${cell.week}`,
		),
		offerings,
	};
}

/** Offerings by title, or by `title (id)` when another offering in the list has the same title. */
function offeringNames(contributions: readonly Contribution[]): (entry: Contribution) => string {
	const offeringsByTitle = new Map<string, Set<string>>();
	for (const { title, offering } of contributions) {
		const ids = offeringsByTitle.get(title) ?? new Set<string>();
		ids.add(offering);
		offeringsByTitle.set(title, ids);
	}
	return ({ title, offering }) =>
		(offeringsByTitle.get(title)?.size ?? 0) > 1 ? `${title} (${offering})` : title;
}
