import { CsvError, parse } from "csv-parse/sync";
import { unescapeFormula } from "./formula-escape.ts";
import { readTable, type SheetReadOptions, type SheetResult } from "./read-table.ts";
import type { SheetTable } from "./sheet-table.ts";

/** Reads offerings from CSV text, as `csvTable` reads its rows. */
export function parseOfferingsCsv(text: string, options: SheetReadOptions = {}): SheetResult {
	const table = csvTable(text);
	return table.ok ? readTable(table.header, table.rows, options) : table;
}

/**
 * The header and rows of CSV text (RFC 4180, with or without a BOM; `decodeCsv` turns a file's
 * bytes into it). The delimiter is `,`, `;` or a tab, whichever the header line uses most. Row
 * numbers are those a spreadsheet shows: the header is row 1, and a cell with line breaks does
 * not start a new row. A `'` before a formula character is dropped (`unescapeFormula`).
 */
export function csvTable(text: string): SheetTable {
	const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
	let records: string[][];
	try {
		records = parse(body, {
			delimiter: delimiterOf(body),
			relax_column_count: true,
			relax_quotes: true,
		});
	} catch (error) {
		if (!(error instanceof CsvError)) throw error;
		// csv-parse counts the records it completed; the broken one is the next row.
		const row = typeof error.records === "number" ? error.records + 1 : 1;
		return { ok: false, problems: [{ path: `row ${row}`, message: csvMessage(error) }] };
	}
	const [header = [], ...rows] = records.map((cells) => cells.map(unescapeFormula));
	return { ok: true, header, rows: rows.map((cells, index) => ({ number: index + 2, cells })) };
}

const delimiters = [",", ";", "\t"] as const;
/** A cell separator of a CSV file. */
export type CsvDelimiter = (typeof delimiters)[number];

/**
 * The separator the header line uses most outside quotes: `,`, or `;` (Estonian Excel), or a
 * tab (Excel's "Unicode Text"); `,` when there is a tie.
 */
export function delimiterOf(body: string): CsvDelimiter {
	const counts = new Map<string, number>();
	let quoted = false;
	for (const character of body) {
		if (character === '"') quoted = !quoted;
		else if (quoted) continue;
		else if (character === "\n" || character === "\r") break;
		else counts.set(character, (counts.get(character) ?? 0) + 1);
	}
	let most: CsvDelimiter = ",";
	for (const delimiter of delimiters)
		if ((counts.get(delimiter) ?? 0) > (counts.get(most) ?? 0)) most = delimiter;
	return most;
}

function csvMessage(error: CsvError): string {
	if (error.code === "CSV_QUOTE_NOT_CLOSED")
		return 'a quoted cell starts in this row and is never closed: a " is missing';
	return `is not valid CSV: ${error.message}`;
}
