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
	const top = contributions
		.slice(0, 3)
		.map((entry) => `${entry.offering} ${entry.milestone} (${hours(entry.hours)})`);
	const more = contributions.length > 3 ? ` and ${contributions.length - 3} more` : "";
	const offerings = [...new Set(contributions.map((entry) => entry.offering))];
	const largest = contributions[0];
	return {
		...finding(
			"OVER_CAPACITY",
			"warning",
			`${cell.role} has ${hours(cell.hours)} planned in week ${cell.week} (from ${toIso(cell.monday)}), ` +
				`capacity ${hours(cell.capacity ?? 0)}: ${list(top)}${more}`,
			largest
				? `move the publication of ${largest.offering} a week earlier, or add ${cell.role} capacity for week ${cell.week}`
				: `add ${cell.role} capacity for week ${cell.week}`,
		),
		offerings,
	};
}
