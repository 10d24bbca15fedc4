/**
 * Offerings, past offerings (the history) and registrations as spreadsheets (CSV and XLSX): the columns, the readers that
 * report problems by row and column, and the writers. docs/spreadsheets.md describes the sheets
 * for school staff.
 */
export type { CellValue } from "./cells.ts";
export { type OfferingColumn, offeringColumns } from "./columns.ts";
export { type DecodedCsv, decodeCsv } from "./decode-csv.ts";
export { type HistoryColumn, historyColumns } from "./history-columns.ts";
export { partsLostInSheet } from "./limits.ts";
export { historyProblemInSheet, problemInSheet } from "./locate.ts";
export { progressBar } from "./progress.ts";
export { csvTable, parseOfferingsCsv } from "./read-csv.ts";
export {
	type HistoryReadOptions,
	type HistorySheet,
	historySheetName,
	parseHistoryCsv,
	parseHistoryXlsx,
	readHistorySheet,
} from "./read-history.ts";
export {
	type RegistrationSheet,
	type RegistrationSheetRow,
	readRegistrationsSheet,
	registrationColumns,
} from "./read-registrations.ts";
export {
	cellPath,
	readTable,
	type SheetPlacement,
	type SheetReadOptions,
	type SheetResult,
} from "./read-table.ts";
export { parseOfferingsXlsx, xlsxTable } from "./read-xlsx.ts";
export type { SheetRow, SheetTable } from "./sheet-table.ts";
export { templateHistory } from "./template-history.ts";
export { templateOfferings } from "./template-offerings.ts";
export { budgetToXlsx } from "./write-budget-xlsx.ts";
export { offeringsToCsv } from "./write-csv.ts";
export { historyToCsv, historyToXlsx } from "./write-history.ts";
export { type RegistrationSheetEntry, registrationsToXlsx } from "./write-registrations-xlsx.ts";
export { offeringsToXlsx } from "./write-xlsx.ts";
