import ExcelJS from "exceljs";
import type { Offering } from "../model/offering.ts";
import { baseColumn, formatOf, offeringColumns, type SheetColumn } from "./columns.ts";
import { offeringCells, sheetColumns, type WrittenCell } from "./to-row.ts";

/**
 * Writes offerings as an XLSX workbook. The sheet "offerings" has a bold, frozen header row,
 * real Excel dates and numbers; the sheet "columns" explains each column. `parseOfferingsXlsx`
 * reads it back.
 */
export async function offeringsToXlsx(
	offerings: readonly Offering[],
	languages: readonly string[] = [],
): Promise<Uint8Array> {
	const columns = sheetColumns(offerings, languages);
	return sheetToXlsx(
		"offerings",
		columns,
		offerings.map((offering) => offeringCells(offering, columns, languages)),
		{
			documented: offeringColumns,
			wrapped: (column) => column.kind === "list" || baseColumn(column).name === "description",
		},
	);
}

/**
 * A sheet as an XLSX workbook, as `offeringsToXlsx` writes it: the sheet `name` with a bold,
 * frozen header row and filters, dates as date cells and numbers as numbers, text as text
 * (never a formula); then the sheet "columns" explaining each of `documented`.
 */
export async function sheetToXlsx<C extends SheetColumn>(
	name: string,
	columns: readonly C[],
	rows: readonly (readonly WrittenCell[])[],
	options: { documented: readonly SheetColumn[]; wrapped?: (column: C) => boolean },
): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = "Kairos";
	const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
	sheet.columns = columns.map((column) => ({
		header: column.name,
		key: column.name,
		width: widthOf(column),
		style: styleOf(column, options.wrapped?.(column) ?? false),
	}));
	sheet.getRow(1).font = { bold: true };
	for (const cells of rows) {
		sheet.addRow(
			cells.map((cell, index) =>
				columns[index]?.kind === "date" && typeof cell === "string" ? excelDate(cell) : cell,
			),
		);
	}
	sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
	addColumnsSheet(workbook, options.documented);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The sheet that documents every column: what the docs' columns table says. */
function addColumnsSheet(workbook: ExcelJS.Workbook, columns: readonly SheetColumn[]): void {
	const sheet = workbook.addWorksheet("columns", { views: [{ state: "frozen", ySplit: 1 }] });
	sheet.columns = [
		{ header: "column", key: "name", width: 24 },
		{ header: "required", key: "required", width: 10 },
		{ header: "format", key: "format", width: 36 },
		{ header: "description", key: "description", width: 80 },
		{ header: "example", key: "example", width: 40 },
	];
	sheet.getRow(1).font = { bold: true };
	for (const column of columns) {
		sheet.addRow({
			name: column.name,
			required: column.required ? "yes" : "no",
			format: formatOf(column),
			description: column.description,
			example: column.example,
		});
	}
}

/** A date cell for `YYYY-MM-DD`: Excel dates have no time zone, so the date is built in UTC. */
export function excelDate(iso: string): Date {
	const [year = 0, month = 1, day = 1] = iso.split("-").map(Number);
	return new Date(Date.UTC(year, month - 1, day));
}

function widthOf(column: SheetColumn): number {
	const widest = Math.max(column.name.length, column.example.length);
	return Math.min(50, Math.max(10, widest + 2));
}

function styleOf(column: SheetColumn, wrapped: boolean): Partial<ExcelJS.Style> {
	if (column.kind === "date") return { numFmt: "yyyy-mm-dd" };
	if (wrapped) return { alignment: { wrapText: true, vertical: "top" } };
	return {};
}
