import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { csvTable } from "./read-csv.ts";
import { readRegistrationsSheet, registrationColumns } from "./read-registrations.ts";
import { xlsxTable } from "./read-xlsx.ts";
import { registrationsToXlsx } from "./write-registrations-xlsx.ts";

const read = (csv: string) => readRegistrationsSheet(csvTable(csv));

describe("readRegistrationsSheet", () => {
	it("reads names, e-mails, phones, states and dates, in any case and order of columns", () => {
		expect(
			read(
				"Email;Name;State;Date;Phone\nMari@Example.ee;Mari Maasikas;Waitlisted;03.05.2027;+372 5555 1234\n;;;;\njaan@example.ee;Jaan Tamm;;;\n",
			),
		).toEqual({
			ok: true,
			positions: new Map([
				["email", 0],
				["name", 1],
				["state", 2],
				["date", 3],
				["phone", 4],
			]),
			rows: [
				{
					row: 2,
					name: "Mari Maasikas",
					email: "mari@example.ee",
					phone: "+372 5555 1234",
					state: "waitlisted",
					date: "2027-05-03",
				},
				{
					row: 4,
					name: "Jaan Tamm",
					email: "jaan@example.ee",
					phone: undefined,
					state: undefined,
					date: undefined,
				},
			],
		});
	});

	it("names each problem by row and column, and reads nothing then", () => {
		expect(
			read(
				"name,email,phone,state,date\n,mari@example.ee,,applied,\nJaan,not-an-email,12,cancelled,2027-02-30\nMari,MARI@example.ee,,,\n",
			),
		).toEqual({
			ok: false,
			problems: [
				{ path: "row 2, column name (A)", message: "is required" },
				{ path: "row 3, column email (B)", message: '"not-an-email" is not an e-mail address' },
				{ path: "row 3, column phone (C)", message: '"12" is not a phone number' },
				{
					path: "row 3, column state (D)",
					message:
						'"cancelled" is not a state: use interest, applied, waitlisted, enrolled, withdrawn',
				},
				{ path: "row 3, column date (E)", message: '"2027-02-30" is not a date' },
				{ path: "row 4, column email (B)", message: "mari@example.ee is also in row 2" },
			],
		});
	});

	it("refuses unknown, repeated and missing columns by their header cell", () => {
		expect(read("nmae,email,email\nMari,mari@example.ee,mari@example.ee\n")).toEqual({
			ok: false,
			problems: [
				{ path: "row 1, column nmae (A)", message: 'is not a known column (did you mean "name"?)' },
				{ path: "row 1, column email (C)", message: "repeats column B" },
				{ path: "row 1", message: 'the required column "name" is missing' },
			],
		});
	});

	it("reads back the workbook the export writes, passing over its columns for reading", async () => {
		const bytes = await registrationsToXlsx([
			{
				name: "=HYPERLINK(1)",
				email: "mari@example.ee",
				phone: null,
				state: "waitlisted",
				date: "2027-05-03",
				waitlistPosition: 1,
				confirmed: true,
				source: "direct",
				registered: "2027-05-01",
			},
		]);
		const sheet = readRegistrationsSheet(await xlsxTable(bytes, "registrations"));
		expect(sheet.ok && sheet.rows).toEqual([
			{
				row: 2,
				name: "=HYPERLINK(1)",
				email: "mari@example.ee",
				phone: undefined,
				state: "waitlisted",
				date: "2027-05-03",
			},
		]);
	});
});

describe("registrationColumns", () => {
	it("are documented in docs/spreadsheets.md, with the table the columns give", () => {
		const escaped = (text: string) => text.replaceAll("|", "\\|");
		const table = [
			"| column | required | description | example |",
			"|---|---|---|---|",
			...registrationColumns.map(
				(column) =>
					`| \`${column.name}\` | ${column.required ? "yes" : "no"} | ${escaped(column.description)} | \`${column.example}\` |`,
			),
		].join("\n");
		const docs = readFileSync(new URL("../../docs/spreadsheets.md", import.meta.url), "utf8");
		expect(docs).toContain(table);
	});
});
