import type { Offering } from "../model/offering.ts";
import type { Problem } from "../model/problems.ts";
import { placedColumnOfPath } from "./from-row.ts";
import { cellPath, type SheetPlacement } from "./read-table.ts";

const offeringPath = /^offerings\[(\d+)\](.*)$/;

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
	const match = offeringPath.exec(problem.path);
	if (!match) return problem;
	const index = sheetIndexOf(Number(match[1]));
	const row = index === undefined ? undefined : sheet.placement.rows[index];
	const offering = index === undefined ? undefined : sheet.offerings[index];
	if (row === undefined || offering === undefined) return problem;
	const column = placedColumnOfPath(
		pathSegments(match[2] ?? ""),
		offering,
		sheet.placement.positions,
	);
	if (column === undefined) return { path: `row ${row}`, message: problem.message };
	return {
		path: cellPath(row, column.name, sheet.placement.positions.get(column.name)),
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
