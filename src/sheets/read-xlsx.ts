import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellValue } from "./cells.ts";
import { readTable, type SheetReadOptions, type SheetResult } from "./read-table.ts";
import type { SheetRow, SheetTable } from "./sheet-table.ts";

/**
 * Reads offerings from an XLSX workbook: the worksheet named "offerings", else the first one.
 * Cells may hold real Excel dates and numbers, or text.
 */
export async function parseOfferingsXlsx(
	data: Uint8Array | ArrayBuffer,
	options: SheetReadOptions = {},
): Promise<SheetResult> {
	const table = await xlsxTable(data, "offerings");
	return table.ok ? readTable(table.header, table.rows, options) : table;
}

/**
 * The header and rows of an XLSX workbook's worksheet named `sheetName` (in any case), else of
 * its first worksheet. Cells may hold real Excel dates and numbers, or text.
 */
export async function xlsxTable(
	data: Uint8Array | ArrayBuffer,
	sheetName: string,
): Promise<SheetTable> {
	const workbook = new ExcelJS.Workbook();
	try {
		if (!(await unpacksWithin(data, maxUnpackedBytes)))
			return {
				ok: false,
				problems: [
					{
						path: "(file)",
						message: `unpacks to more than ${maxUnpackedBytes / 2 ** 20} MiB, more than any sheet Kairos reads needs: keep only the sheet (no other sheets or pictures), or save it as CSV`,
					},
				],
			};
		// exceljs hands the bytes to JSZip, which takes a Uint8Array or an ArrayBuffer.
		await workbook.xlsx.load(data as unknown as Parameters<typeof workbook.xlsx.load>[0]);
	} catch (error) {
		const reason = error instanceof Error ? `: ${error.message}` : "";
		return {
			ok: false,
			problems: [{ path: "(file)", message: `is not an Excel workbook (.xlsx)${reason}` }],
		};
	}
	const worksheet =
		workbook.worksheets.find((sheet) => sheet.name.trim().toLowerCase() === sheetName) ??
		workbook.worksheets[0];
	if (worksheet === undefined)
		return { ok: false, problems: [{ path: "(file)", message: "has no worksheet" }] };
	const rows: SheetRow[] = [];
	worksheet.eachRow({ includeEmpty: false }, (row, number) => {
		if (number > 1) rows.push({ number, cells: cellsOf(row.values) });
	});
	return { ok: true, header: cellsOf(worksheet.getRow(1).values), rows };
}

/**
 * The most an XLSX file may unpack to. The largest sheets Kairos takes (10,000 offerings, 20,000
 * past offerings) unpack to about 13 MiB; exceljs holds every cell of what it unpacks, so a
 * small file that unpacks to gigabytes (a zip bomb) would take the server's memory with it.
 */
export const maxUnpackedBytes = 50 * 2 ** 20;

/**
 * Whether the workbook's files unpack to at most `limit` bytes in all. They are inflated and
 * counted, not taken at the sizes the archive claims, and inflating stops past the limit.
 */
async function unpacksWithin(data: Uint8Array | ArrayBuffer, limit: number): Promise<boolean> {
	const zip = await JSZip.loadAsync(data);
	let left = limit;
	for (const entry of Object.values(zip.files)) {
		if (entry.dir) continue;
		left -= await unpackedSize(entry, left);
		if (left < 0) return false;
	}
	return true;
}

/** The bytes an archive's file inflates to, counted only until they pass `limit`. */
function unpackedSize(entry: JSZip.JSZipObject, limit: number): Promise<number> {
	return new Promise((resolve, reject) => {
		let size = 0;
		const stream = entry.nodeStream("nodebuffer");
		stream
			.on("data", (chunk: Buffer) => {
				size += chunk.length;
				if (size <= limit) return;
				// Paused and left, the stream inflates nothing more.
				stream.pause();
				stream.removeAllListeners();
				resolve(size);
			})
			.on("end", () => resolve(size))
			.on("error", reject);
	});
}

/** exceljs gives a row's values 1-based, with holes for empty cells. */
function cellsOf(values: unknown): CellValue[] {
	if (!Array.isArray(values)) return [];
	return Array.from({ length: Math.max(0, values.length - 1) }, (_, index) =>
		plainCell(values[index + 1]),
	);
}

/** One exceljs cell value as a plain cell: formulas give their result, links and rich text their text. */
function plainCell(value: unknown): CellValue {
	if (value === null || value === undefined) return undefined;
	if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
		return value;
	if (value instanceof Date)
		return Number.isNaN(value.getTime()) ? { problem: "holds a date that does not exist" } : value;
	if (typeof value !== "object") return { problem: "holds a value that cannot be read" };
	if ("error" in value) return { problem: `holds the error ${String(value.error)}` };
	if ("richText" in value && Array.isArray(value.richText))
		return value.richText.map((run: { text?: unknown }) => String(run.text ?? "")).join("");
	if ("hyperlink" in value && "text" in value) return plainCell(value.text);
	if ("formula" in value || "sharedFormula" in value) {
		if ("result" in value && value.result !== undefined) return plainCell(value.result);
		return { problem: "holds a formula without a calculated value: open and save it in Excel" };
	}
	return { problem: "holds a value that cannot be read" };
}
