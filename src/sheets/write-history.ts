import type { PastOffering } from "../model/offering.ts";
import { historyColumns } from "./history-columns.ts";
import { historySheetName } from "./read-history.ts";
import { valueAt, type WrittenCell, writtenValue } from "./to-row.ts";
import { sheetToCsv } from "./write-csv.ts";
import { sheetToXlsx } from "./write-xlsx.ts";

/** A past offering's cells in the order of `historyColumns`: what `readHistorySheet` reads back. */
function historyCells(past: PastOffering): WrittenCell[] {
	return historyColumns.map(({ kind, target }) => {
		const value = valueAt(past, target.path);
		return value === undefined ? undefined : writtenValue(kind, value);
	});
}

/**
 * A plan's history as CSV, written as `offeringsToCsv` writes offerings; `parseHistoryCsv` reads
 * it back.
 */
export function historyToCsv(history: readonly PastOffering[]): string {
	return sheetToCsv(
		historyColumns.map((column) => column.name),
		history.map(historyCells),
	);
}

/**
 * A plan's history as an XLSX workbook: the sheet "past offerings" with dates as date cells and counts
 * as numbers, and the sheet "columns" explaining each column; `parseHistoryXlsx` reads it back.
 */
export async function historyToXlsx(history: readonly PastOffering[]): Promise<Uint8Array> {
	return sheetToXlsx(historySheetName, historyColumns, history.map(historyCells), {
		documented: historyColumns,
	});
}
