import { CsvError, parse } from "csv-parse/sync";
import { readTable, type SheetReadOptions, type SheetResult } from "./read-table.ts";

/**
 * Reads offerings from CSV text (RFC 4180, UTF-8 with or without a BOM). The delimiter is `,`
 * or `;`, whichever the header line uses more. Row numbers are those a spreadsheet shows:
 * the header is row 1, and a cell with line breaks does not start a new row.
 */
export function parseOfferingsCsv(text: string, options: SheetReadOptions = {}): SheetResult {
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
	const [header = [], ...rows] = records;
	return readTable(
		header,
		rows.map((cells, index) => ({ number: index + 2, cells })),
		options,
	);
}

/** `;` when the header line has more semicolons than commas outside quotes (Estonian Excel), else `,`. */
function delimiterOf(body: string): "," | ";" {
	let commas = 0;
	let semicolons = 0;
	let quoted = false;
	for (const character of body) {
		if (character === '"') quoted = !quoted;
		else if (quoted) continue;
		else if (character === "\n" || character === "\r") break;
		else if (character === ",") commas++;
		else if (character === ";") semicolons++;
	}
	return semicolons > commas ? ";" : ",";
}

function csvMessage(error: CsvError): string {
	if (error.code === "CSV_QUOTE_NOT_CLOSED")
		return 'a quoted cell starts in this row and is never closed: a " is missing';
	return `is not valid CSV: ${error.message}`;
}
