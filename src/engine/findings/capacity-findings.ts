import type { Finding } from "../../model/report.ts";
import { type Day, toIso } from "../days.ts";
import type { Contribution, WorkloadCell } from "../workload.ts";
import { finding } from "./context.ts";
import { overCapacityTexts } from "./schedule-texts.ts";

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
	const offerings = [...new Set(contributions.map((entry) => entry.offering))];
	const texts = overCapacityTexts({
		role: cell.role,
		hours: cell.hours,
		week: cell.week,
		monday: toIso(cell.monday),
		capacity: cell.capacity ?? 0,
		tasks: first.map((entry) => ({
			offering: nameOf(entry),
			label: entry.label,
			hours: entry.hours,
		})),
		more: contributions.length - first.length,
		move: largest && { offering: nameOf(largest), label: largest.label },
	});
	return {
		...finding("OVER_CAPACITY", "warning", texts),
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
