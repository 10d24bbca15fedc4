/**
 * Offerings as spreadsheets (CSV and XLSX): the columns, the readers that report problems by
 * row and column, and the writers. docs/spreadsheets.md describes the sheet for school staff.
 */
export type { CellValue } from "./cells.ts";
export { type OfferingColumn, offeringColumns } from "./columns.ts";
export { type DecodedCsv, decodeCsv } from "./decode-csv.ts";
export { partsLostInSheet } from "./limits.ts";
export { problemInSheet } from "./locate.ts";
export { progressBar } from "./progress.ts";
export { parseOfferingsCsv } from "./read-csv.ts";
export type { SheetPlacement, SheetReadOptions, SheetResult } from "./read-table.ts";
export { parseOfferingsXlsx } from "./read-xlsx.ts";
export { templateOfferings } from "./template-offerings.ts";
export { budgetToXlsx } from "./write-budget-xlsx.ts";
export { offeringsToCsv } from "./write-csv.ts";
export { offeringsToXlsx } from "./write-xlsx.ts";
