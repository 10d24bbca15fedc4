import type { Finding } from "../../model/report.ts";
import { type Day, toIso } from "../days.ts";
import type { Contribution, WorkloadCell } from "../workload.ts";
import { finding } from "./context.ts";
import { hours, list } from "./wording.ts";

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

/** OVER_CAPACITY: one finding per overloaded week and role, naming what fills it. */
export function overCapacity(cell: WorkloadCell, contributions: readonly Contribution[]): Finding {
	const named = contributions
		.slice(0, 3)
		.map((entry) => `${entry.title}: ${entry.label} (${hours(entry.hours)})`);
	const more = contributions.length - named.length;
	const shown = more > 0 ? [...named, `${more} more tasks`] : named;
	const offerings = [...new Set(contributions.map((entry) => entry.offering))];
	const largest = contributions[0];
	const capacity = cell.capacity ?? 0;
	return {
		...finding(
			"OVER_CAPACITY",
			"warning",
			`${cell.role} has ${hours(cell.hours)} planned in week ${cell.week} (from ${toIso(cell.monday)}), ` +
				`capacity ${hours(capacity)}: ${list(shown)}`,
			(largest
				? `spread these tasks over the weeks around it (for example, do “${largest.label}” of ${largest.title} a week earlier), or `
				: "") +
				`add ${hours(cell.hours - capacity)} of ${cell.role} capacity for week ${cell.week}`,
		),
		offerings,
	};
}
