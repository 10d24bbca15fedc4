import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterEach, describe, expect, it } from "vitest";
import type { Offering } from "../model/offering.ts";
import { formatProblem } from "../model/problems.ts";
import { offeringColumns } from "./columns.ts";
import type { SheetResult } from "./read-table.ts";
import { maxUnpackedBytes, parseOfferingsXlsx } from "./read-xlsx.ts";
import { templateLanguages, templateOfferings } from "./template-offerings.ts";
import { offeringsToXlsx } from "./write-xlsx.ts";

function lines(result: SheetResult): string[] {
	return result.ok ? [] : result.problems.map(formatProblem);
}

async function workbookOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
	return workbook;
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const header = [
	"id",
	"title",
	"start",
	"end",
	"feeAmount",
	"feeCurrency",
	"minParticipants",
	"maxParticipants",
	"contactName",
	"contactEmail",
	"publication",
];

/** A workbook as a person makes it in Excel: a notes sheet first, then "offerings". */
function handmade(rows: unknown[][]): ExcelJS.Workbook {
	const workbook = new ExcelJS.Workbook();
	workbook.addWorksheet("notes").addRow(["planned in spring"]);
	const sheet = workbook.addWorksheet("Offerings");
	sheet.addRow(header);
	for (const row of rows) sheet.addRow(row);
	return workbook;
}

// Deleting TZ leaves Node in UTC, so the zone is restored by name.
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
afterEach(() => {
	process.env.TZ = zone;
});

describe("offeringsToXlsx then parseOfferingsXlsx", () => {
	it("writes text that looks like a formula as a text cell, never a formula", async () => {
		const title = '=HYPERLINK("http://evil.example","x")';
		const [first] = templateOfferings;
		const bytes = await offeringsToXlsx([{ ...(first as Offering), title }]);
		const sheet = (await workbookOf(bytes)).getWorksheet("offerings");
		const column = offeringColumns.findIndex((entry) => entry.name === "title") + 1;
		const cell = sheet?.getRow(2).getCell(column);
		expect(cell?.type).toBe(ExcelJS.ValueType.String);
		expect(cell?.value).toBe(title);
		const read = await parseOfferingsXlsx(bytes);
		expect(read.ok && read.offerings[0]?.title).toBe(title);
	});

	it("gives back the offerings, with dates as real Excel date cells", async () => {
		const bytes = await offeringsToXlsx(templateOfferings, templateLanguages);
		const sheet = (await workbookOf(bytes)).getWorksheet("offerings");
		const header = (sheet?.getRow(1).values ?? []) as unknown[];
		const start = header.indexOf("start");
		const fee = header.indexOf("feeAmount");
		expect(header.slice(1, 4)).toEqual(["id", "title", "title.en"]);
		expect(sheet?.getRow(2).getCell(start).type).toBe(ExcelJS.ValueType.Date);
		expect(sheet?.getRow(2).getCell(start).numFmt).toBe("yyyy-mm-dd");
		expect(sheet?.getRow(2).getCell(fee).value).toBe(580);
		const result = await parseOfferingsXlsx(bytes, { languages: templateLanguages });
		expect(result.ok && result.offerings).toEqual(templateOfferings);
		const copy = new Uint8Array(bytes).buffer;
		expect(await parseOfferingsXlsx(copy, { languages: templateLanguages })).toEqual(result);
	});

	it.each(["Pacific/Kiritimati", "Pacific/Honolulu"])(
		"keeps every date when the process runs in %s",
		async (timeZone) => {
			process.env.TZ = timeZone;
			expect(new Date(2028, 1, 7).getTimezoneOffset()).not.toBe(0);
			const result = await parseOfferingsXlsx(await offeringsToXlsx(templateOfferings));
			expect(result.ok && result.offerings.map(({ start, end }) => [start, end])).toEqual(
				templateOfferings.map(({ start, end }) => [start, end]),
			);
		},
	);

	it("writes a bold, frozen header, column widths and a sheet that documents the columns", async () => {
		const workbook = await workbookOf(await offeringsToXlsx([]));
		expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["offerings", "columns"]);
		const sheet = workbook.getWorksheet("offerings");
		expect(sheet?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
		expect(sheet?.getRow(1).getCell(1).font?.bold).toBe(true);
		expect(sheet?.getRow(1).values).toEqual([
			undefined,
			...offeringColumns.map((column) => column.name),
		]);
		expect(sheet?.getColumn(1).width).toBeGreaterThanOrEqual(10);
		const columns = workbook.getWorksheet("columns");
		expect(columns?.getRow(1).values).toEqual([
			undefined,
			"column",
			"required",
			"format",
			"description",
			"example",
		]);
		expect(columns?.getRow(5).values).toEqual([
			undefined,
			"start",
			"yes",
			"date YYYY-MM-DD",
			"first day of the course",
			"2028-02-07",
		]);
		expect(columns?.rowCount).toBe(offeringColumns.length + 1);
	});
});

describe("parseOfferingsXlsx: a sheet made by hand", () => {
	it("reads the sheet named offerings: text dates, numbers as text, links, rich text and formulas", async () => {
		const workbook = handmade([
			[
				"mig-welding",
				{ richText: [{ text: "MIG/MAG " }, { font: { bold: true }, text: "welding" }] },
				"20.09.2027",
				new Date(Date.UTC(2027, 10, 26, 15, 30)),
				"450,50",
				"EUR",
				{ formula: "4*2", result: 8 },
				14,
				"Anu Kallas",
				{ text: "anu@example.ee", hyperlink: "mailto:anu@example.ee" },
				"2027-03-10",
			],
		]);
		const result = await parseOfferingsXlsx(await bytesOf(workbook));
		expect(result.ok && result.offerings).toEqual([
			{
				id: "mig-welding",
				title: "MIG/MAG welding",
				start: "2027-09-20",
				end: "2027-11-26",
				fee: { amount: 450.5, currency: "EUR" },
				participants: { min: 8, max: 14 },
				contact: { name: "Anu Kallas", email: "anu@example.ee" },
				publication: "2027-03-10",
			},
		]);
	});

	it("reports bad cells by their row and column", async () => {
		const good = [
			"mig-welding",
			"MIG",
			"2027-09-20",
			"2027-11-26",
			450,
			"EUR",
			8,
			14,
			undefined,
			undefined,
		];
		const workbook = handmade([
			good,
			[],
			[
				"mig-2",
				"MIG",
				"2027-02-30",
				new Date(Date.UTC(2027, 8, 1)),
				{ error: "#N/A" },
				"EUR",
				{ formula: "A1+1" },
				"many",
				undefined,
				undefined,
				46650,
			],
			["mig-3", "MIG", "2027-09-20", "2027-11-26", new Date(Date.UTC(2027, 4, 1)), "EUR", 8, 14],
		]);
		expect(lines(await parseOfferingsXlsx(await bytesOf(workbook)))).toEqual([
			'row 4, column start (C): "2027-02-30" is not a date',
			"row 4, column feeAmount (E): holds the error #N/A",
			"row 4, column minParticipants (G): holds a formula without a calculated value: open and save it in Excel",
			'row 4, column maxParticipants (H): "many" is not a number',
			"row 4, column publication (K): 46650 is not a date: write YYYY-MM-DD, such as 2027-09-20",
			"row 5, column feeAmount (E): is the date 2027-05-01, not a number: format the cell as a number",
		]);
	});

	it("reports a file that is not a workbook", async () => {
		const result = await parseOfferingsXlsx(new TextEncoder().encode("id,title\n"));
		expect(lines(result)).toEqual([expect.stringMatching(/^\(file\): is not an Excel workbook/)]);
	});

	it("refuses a workbook that unpacks to more than it may, before reading its cells", async () => {
		// A zip bomb: 250,000 identical rows of 15 cells, 59 MB of XML, pack into a quarter of a MB.
		const zip = await JSZip.loadAsync(await offeringsToXlsx(templateOfferings));
		const row = `<row>${"<c><v>1</v></c>".repeat(15)}</row>`;
		zip.file(
			"xl/worksheets/sheet1.xml",
			`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${row.repeat(250_000)}</sheetData></worksheet>`,
		);
		const bomb = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
		expect(bomb.length).toBeLessThan(maxUnpackedBytes / 20);
		expect(lines(await parseOfferingsXlsx(bomb))).toEqual([
			"(file): unpacks to more than 50 MiB, more than any sheet Kairos reads needs: keep only the sheet (no other sheets or pictures), or save it as CSV",
		]);
	});

	it("reports progress about every 500 rows and at the end", async () => {
		const many = Array.from({ length: 1100 }, (_, index) => ({
			...templateOfferings[0],
			id: `welding-${index}`,
		})) as typeof templateOfferings;
		const calls: [number, number][] = [];
		const result = await parseOfferingsXlsx(await offeringsToXlsx(many), {
			onProgress: (done, total) => calls.push([done, total]),
		});
		expect(result.ok).toBe(true);
		expect(calls).toEqual([
			[500, 1100],
			[1000, 1100],
			[1100, 1100],
		]);
	});
});
