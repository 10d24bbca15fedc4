import type { Offering } from "../model/offering.ts";
import { escapeFormula } from "./formula-escape.ts";
import { offeringCells, sheetColumns, type WrittenCell } from "./to-row.ts";

/**
 * Writes offerings as CSV: a header row of `sheetColumns` (`offeringColumns`, with a column per
 * translation that the texts need, for the institution's `languages`), then one row per offering.
 * Cells are separated by ",", quoted only when they must be (RFC 4180), and lines end in "\n";
 * the text is UTF-8 without a BOM. Text that a spreadsheet would run as a formula starts with
 * `'` (`escapeFormula`). `parseOfferingsCsv` reads it back.
 */
export function offeringsToCsv(
	offerings: readonly Offering[],
	languages: readonly string[] = [],
): string {
	const columns = sheetColumns(offerings, languages);
	return sheetToCsv(
		columns.map((column) => column.name),
		offerings.map((offering) => offeringCells(offering, columns, languages)),
	);
}

/**
 * A sheet as CSV, as `offeringsToCsv` writes it: the header row, then each row's cells, quoted
 * only when they must be, text that looks like a formula behind a `'`.
 */
export function sheetToCsv(
	header: readonly string[],
	rows: readonly (readonly WrittenCell[])[],
): string {
	return [header, ...rows.map((cells) => cells.map(csvText))]
		.map((cells) => `${cells.map(quoted).join(",")}\n`)
		.join("");
}

function csvText(cell: WrittenCell): string {
	if (cell === undefined) return "";
	return typeof cell === "string" ? escapeFormula(cell) : String(cell);
}

function quoted(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
