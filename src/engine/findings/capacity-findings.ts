import type { Finding } from "../../model/report.ts";
import { toIso } from "../days.ts";
import type { Contribution, WorkloadCell } from "../workload.ts";
import { finding } from "./context.ts";
import { hours, list } from "./wording.ts";

/** The cells whose planned hours exceed the role's weekly capacity. */
export function overloadedCells(cells: readonly WorkloadCell[]): WorkloadCell[] {
	return cells.filter((cell) => cell.capacity !== null && cell.hours > cell.capacity);
}

/** OVER_CAPACITY: one finding per overloaded week and role, naming what fills it. */
export function overCapacity(cell: WorkloadCell, contributions: readonly Contribution[]): Finding {
	const named = contributions.map(
		(entry) => `${entry.offering} ${entry.milestone} (${hours(entry.hours)})`,
	);
	const shown = named.length > 3 ? [...named.slice(0, 3), `${named.length - 3} more`] : named;
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
				? `spread these tasks over the weeks around it (for example, do ${largest.offering} ${largest.milestone} a week earlier), or `
				: "") +
				`add ${hours(cell.hours - capacity)} of ${cell.role} capacity for week ${cell.week}`,
		),
		offerings,
	};
}
