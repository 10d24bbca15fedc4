import type { Offering } from "../model/offering.ts";
import type { Problem } from "../model/problems.ts";
import { placedColumnOfPath } from "./from-row.ts";
import { historyColumnsOfPath } from "./history-columns.ts";
import { cellPath, type SheetPlacement } from "./read-table.ts";

/**
 * Re-locates a plan problem about an offering that came from a sheet, such as
 * `offerings[14].intake: "autumn-2072" is not an intake` (from `validatePlan` on the merged
 * plan), as the sheet row and column it came from: `row 3, column intake (C)`.
 * `sheetIndexOf` maps the offering's index in the plan to its index in the sheet's offerings;
 * problems about other offerings, or other parts of the plan, are returned unchanged.
 */
export function problemInSheet(
	problem: Problem,
	sheet: { offerings: readonly Offering[]; placement: SheetPlacement },
	sheetIndexOf: (planIndex: number) => number | undefined,
): Problem {
	return inSheet(problem, "offerings", sheet.placement, sheetIndexOf, (index, segments) => {
		const offering = sheet.offerings[index] ?? {};
		return placedColumnOfPath(segments, offering, sheet.placement.positions);
	});
}

/**
 * Re-locates a plan problem about a past offering that came from a history sheet, such as
 * `history[3] (cnc-2024).id: "cnc-2024" is also the id of an offering`, as its row and column;
 * `sheetIndexOf` maps the index in the plan's history to the index in the sheet.
 */
export function historyProblemInSheet(
	problem: Problem,
	placement: SheetPlacement,
	sheetIndexOf: (planIndex: number) => number | undefined,
): Problem {
	return inSheet(problem, "history", placement, sheetIndexOf, (_, segments) =>
		historyColumnsOfPath(segments).at(0),
	);
}

/** A problem at `<list>[i]…` as its sheet row, and the cell `columnOf` gives, if any. */
function inSheet(
	problem: Problem,
	list: "offerings" | "history",
	placement: SheetPlacement,
	sheetIndexOf: (planIndex: number) => number | undefined,
	columnOf: (sheetIndex: number, segments: PropertyKey[]) => { name: string } | undefined,
): Problem {
	const match = new RegExp(`^${list}\\[(\\d+)\\](.*)$`).exec(problem.path);
	if (!match) return problem;
	const index = sheetIndexOf(Number(match[1]));
	const row = index === undefined ? undefined : placement.rows[index];
	if (index === undefined || row === undefined) return problem;
	const column = columnOf(index, pathSegments(match[2] ?? ""));
	if (column === undefined) return { path: `row ${row}`, message: problem.message };
	return {
		path: cellPath(row, column.name, placement.positions.get(column.name)),
		message: problem.message,
	};
}

/** `.pathways[0].module` as `["pathways", 0, "module"]`. */
function pathSegments(rest: string): PropertyKey[] {
	const segments: PropertyKey[] = [];
	for (const [, name, index] of rest.matchAll(/\.([^.[]+)|\[(\d+)\]/g)) {
		segments.push(index === undefined ? (name ?? "") : Number(index));
	}
	return segments;
}
