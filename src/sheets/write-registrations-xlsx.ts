import ExcelJS from "exceljs";
import type { RegistrationState } from "../model/registration-lifecycle.ts";
import { escapeFormula } from "./formula-escape.ts";
import { registrationColumns, registrationInfoColumns } from "./read-registrations.ts";
import { excelDate } from "./write-xlsx.ts";

/** One registration as its row of the workbook. */
export interface RegistrationSheetEntry {
	name: string;
	email: string;
	phone: string | null;
	state: RegistrationState;
	/** When the person applied, else when they registered: `YYYY-MM-DD`. */
	date: string;
	waitlistPosition?: number | undefined;
	confirmed: boolean;
	source: string;
	/** When the registration was made: `YYYY-MM-DD`. */
	registered: string;
}

const widths: Readonly<Record<string, number>> = {
	name: 28,
	email: 32,
	phone: 18,
	state: 12,
	date: 12,
	waitlistPosition: 16,
	confirmed: 10,
	source: 28,
	registered: 12,
};

/**
 * An offering's registrations as an XLSX workbook: the sheet "registrations" has a bold, frozen
 * header row with the columns an import reads (name, email, phone, state, date) and then those
 * for reading only; `readRegistrationsSheet` reads it back. Text a person typed is written so
 * that a spreadsheet never runs it as a formula.
 */
export async function registrationsToXlsx(
	entries: readonly RegistrationSheetEntry[],
): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = "Kairos";
	const sheet = workbook.addWorksheet("registrations", { views: [{ state: "frozen", ySplit: 1 }] });
	const names = [...registrationColumns.map((column) => column.name), ...registrationInfoColumns];
	sheet.columns = names.map((name) => ({
		header: name,
		key: name,
		width: widths[name] ?? 12,
		...((name === "date" || name === "registered") && { style: { numFmt: "yyyy-mm-dd" } }),
	}));
	sheet.getRow(1).font = { bold: true };
	for (const entry of entries)
		sheet.addRow({
			name: escapeFormula(entry.name),
			email: escapeFormula(entry.email),
			phone: entry.phone === null ? null : escapeFormula(entry.phone),
			state: entry.state,
			date: excelDate(entry.date),
			waitlistPosition: entry.waitlistPosition ?? null,
			confirmed: entry.confirmed ? "yes" : "no",
			source: escapeFormula(entry.source),
			registered: excelDate(entry.registered),
		});
	sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: names.length } };
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}
