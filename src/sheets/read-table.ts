import type { z } from "zod";
import { type Offering, offering } from "../model/offering.ts";
import { showValue } from "../model/primitives.ts";
import { type Problem, problemsFromIssues } from "../model/problems.ts";
import { type CellValue, isBlank } from "./cells.ts";
import {
	baseColumn,
	type ColumnTarget,
	columnLetter,
	type OfferingColumn,
	type SheetColumn,
} from "./columns.ts";
import { columnsOfPath, offeringInput, type PlacedColumn } from "./from-row.ts";
import { offeringSheetColumns, readHeader } from "./header.ts";
import type { SheetRow } from "./sheet-table.ts";

/** Where each offering read from a sheet sits in it, to name rows and columns in later problems. */
export interface SheetPlacement {
	/** The sheet row of each offering, in the order of `offerings`. */
	rows: number[];
	/** The 0-based position of each column found in the sheet, by column name. */
	positions: ReadonlyMap<string, number>;
}

/**
 * The offerings of a sheet, all valid against the `offering` schema, or every problem found,
 * each located as `row 7, column start (C)`.
 */
export type SheetResult =
	| { ok: true; offerings: Offering[]; placement: SheetPlacement }
	| { ok: false; problems: Problem[] };

/** Options of the sheet readers. */
export interface SheetReadOptions {
	/** Called about every 500 rows and once at the end, with rows done and rows in all (header not counted). */
	onProgress?: ((done: number, total: number) => void) | undefined;
	/**
	 * The institution's languages, the first the default: a localized column's own cell
	 * (`title`) is in the first when a translation cell (`title.en`) is filled beside it.
	 */
	languages?: readonly string[] | undefined;
}

/** Reads offerings from a sheet's header and rows: the part shared by CSV and XLSX. */
export function readTable(
	header: readonly CellValue[],
	rows: readonly SheetRow[],
	options: SheetReadOptions = {},
): SheetResult {
	const { placed, unnamed, problems } = readHeader(header, offeringSheetColumns);
	const positions = new Map(placed.map(({ column, position }) => [column.name, position]));
	const read = readRows(
		rows,
		{ header, unnamed, positions, problems },
		(row) => readRow(row, placed, positions, options.languages ?? []),
		{ ...options, noun: "offering" },
	);
	if (read.problems.length > 0) return { ok: false, problems: read.problems };
	return { ok: true, offerings: read.values, placement: { rows: read.rows, positions } };
}

/** What one row gave: its value when every cell is right, its id when it has one, its problems. */
export interface RowReading<T> {
	value?: T;
	id?: string;
	problems: Problem[];
}

const progressEvery = 500;

/**
 * Reads each row below a sheet's header with `readRow`, the part every sheet's reader shares:
 * blank rows are passed over, a value in a column without a name is a problem (once per column),
 * an id used by an earlier row is a problem at its cell, and `onProgress` hears about every 500
 * rows. Gives the values of the rows without problems, their row numbers, and every problem,
 * the header's first.
 */
export function readRows<T>(
	rows: readonly SheetRow[],
	sheet: {
		header: readonly CellValue[];
		unnamed: ReadonlySet<number>;
		positions: ReadonlyMap<string, number>;
		problems: readonly Problem[];
	},
	readRow: (row: SheetRow) => RowReading<T>,
	options: Pick<SheetReadOptions, "onProgress"> & { noun: string },
): { values: T[]; rows: number[]; problems: Problem[] } {
	const problems = [...sheet.problems];
	const values: T[] = [];
	const valueRows: number[] = [];
	const idRows = new Map<string, number>();
	const reportedUnnamed = new Set<number>();
	const total = Math.max(0, (rows.at(-1)?.number ?? 1) - 1);
	let reported = 0;

	for (const row of rows) {
		const done = row.number - 1;
		if (done - reported >= progressEvery) {
			options.onProgress?.(done, total);
			reported = done;
		}
		if (row.cells.every(isBlank)) continue;
		row.cells.forEach((cell, position) => {
			const named = position < sheet.header.length && !sheet.unnamed.has(position);
			if (named || isBlank(cell) || reportedUnnamed.has(position)) return;
			reportedUnnamed.add(position);
			problems.push({
				path: `row ${row.number}, column ${columnLetter(position)}`,
				message: "has a value, but its column has no name in row 1",
			});
		});
		const found = readRow(row);
		const earlier = found.id === undefined ? undefined : idRows.get(found.id);
		if (earlier !== undefined) {
			found.problems.unshift({
				path: cellPath(row.number, "id", sheet.positions.get("id")),
				message: `${showValue(found.id)} is used by the ${options.noun} in row ${earlier}`,
			});
		} else if (found.id !== undefined) idRows.set(found.id, row.number);
		problems.push(...found.problems);
		if (found.value === undefined || found.problems.length > 0) continue;
		values.push(found.value);
		valueRows.push(row.number);
	}
	options.onProgress?.(total, total);
	return { values, rows: valueRows, problems };
}

/** A row's problems in the order of their columns (`position`; -1 for the whole row), each once. */
export function inColumnOrder(located: { position: number; problem: Problem }[]): Problem[] {
	const seen = new Set<string>();
	return located
		.sort((a, b) => a.position - b.position)
		.map(({ problem }) => problem)
		.filter((problem) => {
			const key = `${problem.path}\u0000${problem.message}`;
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		});
}

/** One row as an offering, or its problems sorted by column. */
function readRow(
	row: SheetRow,
	placed: readonly PlacedColumn[],
	positions: ReadonlyMap<string, number>,
	languages: readonly string[],
): RowReading<Offering> {
	const { input, problems: cellProblems } = offeringInput(row.cells, placed, languages);
	const parsed = offering.safeParse(input, { reportInput: true });
	// A cell that could not be read, or a translation that does not fit, says all about its field.
	const unreadable = new Set(cellProblems.flatMap(({ column }) => [column, baseColumn(column)]));
	const problems = rowProblems(row.number, cellProblems, parsed.error?.issues ?? [], {
		placed,
		positions,
		input,
		unreadable,
		columnsOf: (path) => columnsOfPath(path, input, positions),
		shown: (column) => columnInSheet(column, placed),
	});
	return rowReading(input, parsed, problems);
}

/**
 * A row's problems in the order of its columns: each cell that could not be read, then each
 * issue of the schema at the cells of the columns it is about (`columnsOf`; at the row when it
 * is about none), named as the sheet names them (`shown`, by default the column itself).
 * A column in `unreadable` is not named again, and a required column missing from the header
 * is reported once, at row 1.
 */
export function rowProblems<C extends SheetColumn & { target: ColumnTarget }>(
	row: number,
	cells: readonly { column: C; position: number; message: string }[],
	issues: readonly z.core.$ZodIssue[],
	sheet: {
		placed: readonly PlacedColumn<C>[];
		positions: ReadonlyMap<string, number>;
		input: Record<string, unknown>;
		unreadable: ReadonlySet<C>;
		columnsOf: (path: readonly PropertyKey[]) => readonly C[];
		shown?: (column: C) => C;
	},
): Problem[] {
	const located = cells.map(({ column, position, message }) => ({
		position,
		problem: { path: cellPath(row, column.name, position), message },
	}));
	for (const issue of issues) {
		const message = messageOf(issue);
		const columns = sheet.columnsOf(issue.path);
		if (columns.length === 0)
			located.push({ position: -1, problem: { path: `row ${row}`, message } });
		for (const column of columns) {
			const shown = sheet.shown?.(column) ?? column;
			const position = sheet.positions.get(shown.name);
			if (sheet.unreadable.has(column) || (column.required && position === undefined)) continue;
			located.push({
				position: position ?? Number.MAX_SAFE_INTEGER,
				problem: {
					path: cellPath(row, shown.name, position),
					message: explainRequired(message, column, sheet.placed, sheet.input),
				},
			});
		}
	}
	return inColumnOrder(located);
}

/** What a row gave: its id when its `input` has one, and its value only when it has no problems. */
export function rowReading<T>(
	input: Record<string, unknown>,
	parsed: { success: true; data: T } | { success: false },
	problems: Problem[],
): RowReading<T> {
	const id = typeof input.id === "string" ? { id: input.id } : {};
	if (problems.length > 0 || !parsed.success) return { ...id, problems };
	return { ...id, value: parsed.data, problems };
}

/**
 * The column to name for a problem: the column itself, or, for a localized column that the
 * sheet has only in its languages (`title.et`, `title.en`), the first of those.
 */
function columnInSheet(column: OfferingColumn, placed: readonly PlacedColumn[]): OfferingColumn {
	if (placed.some((entry) => entry.column === column)) return column;
	return placed.find((entry) => baseColumn(entry.column) === column)?.column ?? column;
}

/** The problem's message; a value that is missing, even from a list of choices, "is required". */
export function messageOf(issue: z.core.$ZodIssue): string {
	if (
		issue.input === undefined &&
		(issue.code === "invalid_type" || issue.code === "invalid_value")
	)
		return "is required";
	return problemsFromIssues([issue]).at(0)?.message ?? issue.message;
}

/** `row 7, column start (C)`; without the letter when the column is not in the sheet. */
export function cellPath(row: number, name: string, position: number | undefined): string {
	return `row ${row}, column ${name}${position === undefined ? "" : ` (${columnLetter(position)})`}`;
}

/**
 * An optional column is only required as part of another: say which, e.g. creditUnit
 * "is required when credits is given".
 */
export function explainRequired<C extends SheetColumn & { target: ColumnTarget }>(
	message: string,
	column: C,
	placed: readonly PlacedColumn<C>[],
	input: Record<string, unknown>,
): string {
	if (message !== "is required" || column.required) return message;
	if (!("path" in column.target)) return message;
	const group = column.target.path[0];
	const given = placed.find(
		({ column: other }) =>
			other !== column &&
			"path" in other.target &&
			other.target.path[0] === group &&
			hasValue(input, other.target.path),
	);
	return given ? `is required when ${given.column.name} is given` : message;
}

function hasValue(input: Record<string, unknown>, path: readonly string[]): boolean {
	let current: unknown = input;
	for (const segment of path) {
		if (typeof current !== "object" || current === null) return false;
		current = (current as Record<string, unknown>)[segment];
	}
	return current !== undefined;
}
