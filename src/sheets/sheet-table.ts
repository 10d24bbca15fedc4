import type { Problem } from "../model/problems.ts";
import type { CellValue } from "./cells.ts";

/** A sheet's row: its number as the spreadsheet shows it (header = 1) and its cells by position. */
export interface SheetRow {
	number: number;
	cells: readonly CellValue[];
}

/**
 * A sheet as its file gives it, before any column is understood: the header row and the rows
 * below it, or why the file cannot be read at all. The offerings and the registrations readers
 * both start from it.
 */
export type SheetTable =
	| { ok: true; header: readonly CellValue[]; rows: SheetRow[] }
	| { ok: false; problems: Problem[] };
