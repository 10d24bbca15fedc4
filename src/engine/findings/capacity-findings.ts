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
	const first = contributions.slice(0, 3);
	const largest = contributions.find((entry) => !blocked.has(entry.offering));
	const nameOf = offeringNames(contributions, largest ? [...first, largest] : first);
	const named = first.map((entry) => `${nameOf(entry)}: ${entry.label} (${hours(entry.hours)})`);
	const more = contributions.length - named.length;
	const shown = more > 0 ? [...named, count(more, "more task")] : named;
	const offerings = [...new Set(contributions.map((entry) => entry.offering))];
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

/**
 * The names of the offerings of `named` (the few a finding names): a title, or `title (id)` when
 * another offering among `contributions` has the same title. One pass, whatever the week's size.
 */
function offeringNames(
	contributions: readonly Contribution[],
	named: readonly Contribution[],
): (entry: Contribution) => string {
	const titles = new Map(named.map(({ title, offering }) => [title, { offering, shared: false }]));
	for (const { title, offering } of contributions) {
		const seen = titles.get(title);
		if (seen && seen.offering !== offering) seen.shared = true;
	}
	return ({ title, offering }) => (titles.get(title)?.shared ? `${title} (${offering})` : title);
}
