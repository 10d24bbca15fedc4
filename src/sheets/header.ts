import { closestName } from "../model/closest-name.ts";
import type { Problem } from "../model/problems.ts";
import { type CellValue, cellText } from "./cells.ts";
import {
	baseColumn,
	columnLetter,
	columnNamed,
	type OfferingColumn,
	offeringColumns,
	type SheetColumn,
} from "./columns.ts";
import type { PlacedColumn } from "./from-row.ts";

/** What the header row (row 1) says about the sheet's columns. */
export interface SheetHeader<C extends SheetColumn = OfferingColumn> {
	/** The known columns found, in the order of the sheet's columns, each translation after its base. */
	placed: PlacedColumn<C>[];
	/** Positions whose header cell is blank. */
	unnamed: Set<number>;
	problems: Problem[];
}

/** The columns one kind of sheet knows, for `readHeader`. */
export interface SheetColumns<C extends SheetColumn> {
	columns: readonly C[];
	/** The column a header text names, in any case. */
	named(header: string): C | undefined;
	/** The column a translation column (`title.en`) translates, or the column itself. */
	baseOf(column: C): C;
	/** What row 1 should name, said when it names nothing: "id, title, start and end". */
	such: string;
}

/** The offerings sheet's columns, with their translation columns. */
export const offeringSheetColumns: SheetColumns<OfferingColumn> = {
	columns: offeringColumns,
	named: columnNamed,
	baseOf: baseColumn,
	such: "id, title, start and end",
};

/**
 * Matches the header row against the known columns of a kind of sheet. Reports unknown names
 * (with the nearest known one), repeated columns and missing required columns, each once.
 */
export function readHeader<C extends SheetColumn>(
	header: readonly CellValue[],
	known: SheetColumns<C>,
): SheetHeader<C> {
	const placed: PlacedColumn<C>[] = [];
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
		const column = known.named(text);
		if (column === undefined) {
			unknown += 1;
			const guess = nearestName(text, known.columns);
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
			message: `must name the columns, such as ${known.such}`,
		});
		return { placed, unnamed, problems };
	}
	const given = new Set([...placed.map(({ column }) => known.baseOf(column).name)]);
	for (const column of known.columns) {
		// A localized column may be given in its languages only: `title.et` and `title.en`.
		if (column.required && !given.has(column.name))
			problems.push({ path: "row 1", message: `the required column "${column.name}" is missing` });
	}
	const order = new Map(known.columns.map((column, index) => [column, index]));
	// Translation columns follow their base column, in the sheet's order.
	const rank = ({ column, position }: PlacedColumn<C>) =>
		(order.get(known.baseOf(column)) ?? 0) +
		(column === known.baseOf(column) ? 0 : 0.5 + position / 1e6);
	placed.sort((a, b) => rank(a) - rank(b));
	return { placed, unnamed, problems };
}

/** The known column name closest to an unknown one, if it is close enough to be a typo. */
function nearestName(text: string, columns: readonly SheetColumn[]): string | undefined {
	const tolerance = Math.max(3, Math.floor(text.length / 4) + 1);
	return closestName(
		text,
		columns.map((column) => column.name),
		tolerance,
	);
}
