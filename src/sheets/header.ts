import { closestName } from "../model/closest-name.ts";
import type { Problem } from "../model/problems.ts";
import { type CellValue, cellText } from "./cells.ts";
import { baseColumn, columnLetter, columnNamed, offeringColumns } from "./columns.ts";
import type { PlacedColumn } from "./from-row.ts";

/** What the header row (row 1) says about the sheet's columns. */
export interface SheetHeader {
	/** The known columns found, in the order of `offeringColumns`, each translation after its base. */
	placed: PlacedColumn[];
	/** Positions whose header cell is blank. */
	unnamed: Set<number>;
	problems: Problem[];
}

/**
 * Matches the header row against the known columns. Reports unknown names (with the nearest
 * known one), repeated columns and missing required columns, each once.
 */
export function readHeader(header: readonly CellValue[]): SheetHeader {
	const placed: PlacedColumn[] = [];
	const unnamed = new Set<number>();
	let unknown = 0;
	const problems: Problem[] = [];
	const found = new Map<string, number>();
	header.forEach((cell, position) => {
		const text = cellText(cell);
		const at = `row 1, column ${text} (${columnLetter(position)})`;
		if (text === "") {
			unnamed.add(position);
			return;
		}
		const column = columnNamed(text);
		if (column === undefined) {
			unknown += 1;
			const guess = nearestName(text);
			problems.push({
				path: at,
				message: `is not a known column${guess ? ` (did you mean "${guess}"?)` : ""}`,
			});
			return;
		}
		const earlier = found.get(column.name);
		if (earlier !== undefined) {
			unknown += 1;
			problems.push({ path: at, message: `repeats column ${columnLetter(earlier)}` });
			return;
		}
		found.set(column.name, position);
		placed.push({ column, position });
	});
	if (found.size === 0 && unknown === 0) {
		problems.push({
			path: "row 1",
			message: "must name the columns, such as id, title, start and end",
		});
		return { placed, unnamed, problems };
	}
	const given = new Set([...placed.map(({ column }) => baseColumn(column).name)]);
	for (const column of offeringColumns) {
		// A localized column may be given in its languages only: `title.et` and `title.en`.
		if (column.required && !given.has(column.name))
			problems.push({ path: "row 1", message: `the required column "${column.name}" is missing` });
	}
	const order = new Map(offeringColumns.map((column, index) => [column, index]));
	// Translation columns follow their base column, in the sheet's order.
	const rank = ({ column, position }: PlacedColumn) =>
		(order.get(baseColumn(column)) ?? 0) +
		(column === baseColumn(column) ? 0 : 0.5 + position / 1e6);
	placed.sort((a, b) => rank(a) - rank(b));
	return { placed, unnamed, problems };
}

/** The known column name closest to an unknown one, if it is close enough to be a typo. */
function nearestName(text: string): string | undefined {
	const tolerance = Math.max(3, Math.floor(text.length / 4) + 1);
	return closestName(
		text,
		offeringColumns.map((column) => column.name),
		tolerance,
	);
}
