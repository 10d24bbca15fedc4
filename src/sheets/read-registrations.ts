import type { z } from "zod";
import { didYouMean } from "../model/closest-name.ts";
import { contact } from "../model/offering.ts";
import { email, nameText } from "../model/primitives.ts";
import { type Problem, problemsFromIssues } from "../model/problems.ts";
import {
	isRegistrationState,
	type RegistrationState,
	registrationStates,
} from "../model/registration-lifecycle.ts";
import { type CellValue, cellText, isBlank, readCell } from "./cells.ts";
import { columnLetter } from "./columns.ts";
import { unescapeFormula } from "./formula-escape.ts";
import { cellPath } from "./read-table.ts";
import type { SheetTable } from "./sheet-table.ts";

/** One column of a registrations sheet; the reader, the writer and the docs use these. */
export interface RegistrationColumn {
	name: string;
	required: boolean;
	description: string;
	example: string;
}

/** The columns an import reads, in the order the export writes them. */
export const registrationColumns: readonly RegistrationColumn[] = [
	{ name: "name", required: true, description: "the person's name", example: "Mari Maasikas" },
	{
		name: "email",
		required: true,
		description: "the person's e-mail: one registration per e-mail and offering",
		example: "mari@example.ee",
	},
	{ name: "phone", required: false, description: "the person's phone", example: "+372 5555 1234" },
	{
		name: "state",
		required: false,
		description: `${registrationStates.join(", ")}; empty: applied (the waitlist once the group is full)`,
		example: "applied",
	},
	{
		name: "date",
		required: false,
		description:
			"when the person applied, YYYY-MM-DD or DD.MM.YYYY, a day in the institution's time zone (the registration counts from its start there); empty: the day of the import",
		example: "2027-05-03",
	},
];

/** Columns the export adds for people to read, which an import passes over. */
export const registrationInfoColumns = [
	"waitlistPosition",
	"confirmed",
	"source",
	"registered",
] as const;

/** One row of a registrations sheet, its cells checked. */
export interface RegistrationSheetRow {
	/** The row's number as the spreadsheet shows it. */
	row: number;
	name: string;
	/** Lower-cased. */
	email: string;
	phone: string | undefined;
	/** Undefined when the cell is empty. */
	state: RegistrationState | undefined;
	/** `YYYY-MM-DD`, undefined when the cell is empty. */
	date: string | undefined;
}

/** A registrations sheet's rows, or every problem found, each at its row and column. */
export type RegistrationSheet =
	| { ok: true; rows: RegistrationSheetRow[]; positions: ReadonlyMap<string, number> }
	| { ok: false; problems: Problem[] };

const known = new Set([
	...registrationColumns.map((column) => column.name),
	...registrationInfoColumns,
]);

/**
 * Reads a registrations sheet's header and rows: unknown, repeated and missing columns, and each
 * cell that does not hold what its column takes, named `row 3, column email (B)`; an e-mail
 * given twice is a problem at its second row. Blank rows are passed over.
 */
export function readRegistrationsSheet(table: SheetTable): RegistrationSheet {
	if (!table.ok) return table;
	const problems: Problem[] = [];
	const positions = new Map<string, number>();
	table.header.forEach((cell, position) => {
		const text = cellText(cell);
		if (text === "") return;
		const name = [...known].find((candidate) => candidate.toLowerCase() === text.toLowerCase());
		const at = `row 1, column ${text} (${columnLetter(position)})`;
		if (name === undefined)
			problems.push({ path: at, message: `is not a known column${didYouMean(text, known)}` });
		else if (positions.has(name))
			problems.push({
				path: at,
				message: `repeats column ${columnLetter(positions.get(name) ?? 0)}`,
			});
		else positions.set(name, position);
	});
	for (const column of registrationColumns)
		if (column.required && !positions.has(column.name))
			problems.push({ path: "row 1", message: `the required column "${column.name}" is missing` });
	if (problems.length > 0) return { ok: false, problems };

	const rows: RegistrationSheetRow[] = [];
	const emailRows = new Map<string, number>();
	for (const { number, cells } of table.rows) {
		if (cells.every(isBlank)) continue;
		const cell = (name: string) => {
			const position = positions.get(name);
			return position === undefined ? undefined : cells[position];
		};
		const at = (name: string) => cellPath(number, name, positions.get(name));
		const text = <T>(name: string, schema: z.ZodType<T>): T | undefined => {
			const value = cell(name);
			if (isBlank(value)) {
				if (registrationColumns.some((column) => column.name === name && column.required))
					problems.push({ path: at(name), message: "is required" });
				return undefined;
			}
			const checked = schema.safeParse(unescapeFormula(cellText(value)));
			if (checked.success) return checked.data;
			const [problem] = problemsFromIssues(checked.error.issues);
			problems.push({ path: at(name), message: problem?.message ?? "is not valid" });
			return undefined;
		};
		const name = text("name", nameText);
		const address = text("email", email)?.toLowerCase();
		const phone = text("phone", phoneNumber);
		const state = stateOf(cell("state"), at("state"), problems);
		const date = dateOf(cell("date"), at("date"), problems);
		if (address !== undefined) {
			const earlier = emailRows.get(address);
			if (earlier !== undefined)
				problems.push({ path: at("email"), message: `${address} is also in row ${earlier}` });
			else emailRows.set(address, number);
		}
		if (name !== undefined && address !== undefined)
			rows.push({ row: number, name, email: address, phone, state, date });
	}
	return problems.length > 0 ? { ok: false, problems } : { ok: true, rows, positions };
}

const phoneNumber = contact.shape.phone.unwrap();

function stateOf(
	cell: CellValue,
	path: string,
	problems: Problem[],
): RegistrationState | undefined {
	if (isBlank(cell)) return undefined;
	const state = cellText(cell).toLowerCase();
	if (isRegistrationState(state)) return state;
	problems.push({
		path,
		message: `"${cellText(cell)}" is not a state: use ${registrationStates.join(", ")}`,
	});
	return undefined;
}

function dateOf(cell: CellValue, path: string, problems: Problem[]): string | undefined {
	const reading = readCell({ kind: "date" }, cell);
	if (!reading.ok) {
		problems.push({ path, message: reading.message });
		return undefined;
	}
	return typeof reading.value === "string" ? reading.value : undefined;
}
