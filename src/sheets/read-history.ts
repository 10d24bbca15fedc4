import { type PastOffering, pastOffering } from "../model/offering.ts";
import type { Problem } from "../model/problems.ts";
import { readCell } from "./cells.ts";
import { type PlacedColumn, setField } from "./from-row.ts";
import { readHeader, type SheetColumns } from "./header.ts";
import {
	type HistoryColumn,
	historyColumnNamed,
	historyColumns,
	historyColumnsOfPath,
} from "./history-columns.ts";
import { csvTable } from "./read-csv.ts";
import {
	type RowReading,
	readRows,
	rowProblems,
	rowReading,
	type SheetPlacement,
	type SheetReadOptions,
} from "./read-table.ts";
import { xlsxTable } from "./read-xlsx.ts";
import type { SheetRow, SheetTable } from "./sheet-table.ts";

/**
 * The past offerings of a history sheet, each valid against the `pastOffering` schema, with
 * where each sits in the sheet; or every problem found, each named `row 5, column start (F)`.
 */
export type HistorySheet =
	| { ok: true; history: PastOffering[]; placement: SheetPlacement }
	| { ok: false; problems: Problem[] };

/** Options of the history sheet's readers. */
export type HistoryReadOptions = Pick<SheetReadOptions, "onProgress">;

/** The name of a history workbook's sheet of past offerings. */
export const historySheetName = "past offerings";

const historySheetColumns: SheetColumns<HistoryColumn> = {
	columns: historyColumns,
	named: historyColumnNamed,
	baseOf: (column) => column,
	such: "id, title, publication and start",
};

/** Reads past offerings from CSV text, as `csvTable` reads its rows. */
export function parseHistoryCsv(text: string, options: HistoryReadOptions = {}): HistorySheet {
	return readHistorySheet(csvTable(text), options);
}

/**
 * Reads past offerings from an XLSX workbook: the worksheet named "past offerings", else the
 * first one. (Excel keeps the name "History" for itself.)
 */
export async function parseHistoryXlsx(
	data: Uint8Array | ArrayBuffer,
	options: HistoryReadOptions = {},
): Promise<HistorySheet> {
	return readHistorySheet(await xlsxTable(data, historySheetName), options);
}

/**
 * Reads a history sheet's header and rows (docs/spreadsheets.md#past-offerings): unknown,
 * repeated and missing columns, each cell that does not hold what its column takes, each row
 * the `pastOffering` schema refuses (a start before the publication, a final count above the
 * maximum) and an id given twice, all at once and at their row and column. Blank rows are
 * passed over.
 */
export function readHistorySheet(
	table: SheetTable,
	options: HistoryReadOptions = {},
): HistorySheet {
	if (!table.ok) return table;
	const { placed, unnamed, problems } = readHeader(table.header, historySheetColumns);
	const positions = new Map(placed.map(({ column, position }) => [column.name, position]));
	const read = readRows(
		table.rows,
		{ header: table.header, unnamed, positions, problems },
		(row) => readPastOffering(row, placed, positions),
		{ ...options, noun: "past offering" },
	);
	if (read.problems.length > 0) return { ok: false, problems: read.problems };
	return { ok: true, history: read.values, placement: { rows: read.rows, positions } };
}

/** One row as a past offering, or its problems in the order of the columns. */
function readPastOffering(
	row: SheetRow,
	placed: readonly PlacedColumn<HistoryColumn>[],
	positions: ReadonlyMap<string, number>,
): RowReading<PastOffering> {
	const input: Record<string, unknown> = {};
	const cellProblems: { column: HistoryColumn; position: number; message: string }[] = [];
	for (const { column, position } of placed) {
		const reading = readCell(column, row.cells[position]);
		if (!reading.ok) cellProblems.push({ column, position, message: reading.message });
		else if (reading.value !== undefined) setField(input, column.target.path, reading.value);
	}
	const parsed = pastOffering.safeParse(input, { reportInput: true });
	// A cell that could not be read says all about its field.
	const unreadable = new Set(cellProblems.map(({ column }) => column));
	const problems = rowProblems(row.number, cellProblems, parsed.error?.issues ?? [], {
		placed,
		positions,
		input,
		unreadable,
		columnsOf: historyColumnsOfPath,
	});
	return rowReading(input, parsed, problems);
}
