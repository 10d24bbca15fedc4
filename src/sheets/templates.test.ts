import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { demoPlan } from "../../test/fixtures/demo.ts";
import { validatePlan } from "../model/validate.ts";
import { formatOf, offeringColumns, type SheetColumn } from "./columns.ts";
import { historyColumns } from "./history-columns.ts";
import { partsLostInSheet } from "./limits.ts";
import { parseOfferingsCsv } from "./read-csv.ts";
import { parseHistoryCsv, parseHistoryXlsx } from "./read-history.ts";
import { parseOfferingsXlsx } from "./read-xlsx.ts";
import { templateHistory } from "./template-history.ts";
import { templateLanguages, templateOfferings } from "./template-offerings.ts";
import { offeringsToCsv } from "./write-csv.ts";
import { historyToCsv, historyToXlsx } from "./write-history.ts";
import { offeringsToXlsx } from "./write-xlsx.ts";

const csvPath = new URL("../../examples/offerings-template.csv", import.meta.url);
const xlsxPath = new URL("../../examples/offerings-template.xlsx", import.meta.url);
const historyCsvPath = new URL("../../examples/history-template.csv", import.meta.url);
const historyXlsxPath = new URL("../../examples/history-template.xlsx", import.meta.url);

// To write the templates again after changing the columns or the example offerings:
//   KAIROS_WRITE_SHEET_TEMPLATES=1 npx vitest run src/sheets/templates.test.ts
beforeAll(async () => {
	if (process.env.KAIROS_WRITE_SHEET_TEMPLATES !== "1") return;
	writeFileSync(csvPath, offeringsToCsv(templateOfferings, templateLanguages));
	writeFileSync(xlsxPath, await offeringsToXlsx(templateOfferings, templateLanguages));
	writeFileSync(historyCsvPath, historyToCsv(templateHistory));
	writeFileSync(historyXlsxPath, await historyToXlsx(templateHistory));
});

/** The rows of a workbook's "columns" sheet, which documents each column. */
async function documentedColumns(bytes: Uint8Array): Promise<unknown[]> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
	const documented: unknown[] = [];
	workbook.getWorksheet("columns")?.eachRow((row, number) => {
		if (number > 1) documented.push((row.values as unknown[]).slice(1));
	});
	return documented;
}

/** What the "columns" sheet says of each column. */
const documentation = (columns: readonly SheetColumn[]) =>
	columns.map((column) => [
		column.name,
		column.required ? "yes" : "no",
		formatOf(column),
		column.description,
		column.example,
	]);

describe("the template sheets in examples/", () => {
	it("offerings-template.csv is what offeringsToCsv writes for the example offerings", () => {
		expect(readFileSync(csvPath, "utf8")).toBe(
			offeringsToCsv(templateOfferings, templateLanguages),
		);
	});

	it("offerings-template.csv reads back as the example offerings", () => {
		const result = parseOfferingsCsv(readFileSync(csvPath, "utf8"), {
			languages: templateLanguages,
		});
		expect(result.ok && result.offerings).toEqual(templateOfferings);
	});

	it("offerings-template.xlsx reads back as the example offerings, and documents today's columns", async () => {
		const bytes = readFileSync(xlsxPath);
		const result = await parseOfferingsXlsx(bytes, { languages: templateLanguages });
		expect(result.ok && result.offerings).toEqual(templateOfferings);
		expect(await documentedColumns(bytes)).toEqual(documentation(offeringColumns));
	});

	it("the example offerings fit in a sheet and import into the demo school", () => {
		expect(templateOfferings.flatMap(partsLostInSheet)).toEqual([]);
		const demo = demoPlan();
		const merged = validatePlan({ ...demo, offerings: [...demo.offerings, ...templateOfferings] });
		expect(merged.ok || merged.problems).toBe(true);
	});

	it("history-template.csv and .xlsx are what the writers write, and read back as the example history", async () => {
		const csv = readFileSync(historyCsvPath, "utf8");
		expect(csv).toBe(historyToCsv(templateHistory));
		const fromCsv = parseHistoryCsv(csv);
		expect(fromCsv.ok && fromCsv.history).toEqual(templateHistory);
		const bytes = readFileSync(historyXlsxPath);
		const fromXlsx = await parseHistoryXlsx(bytes);
		expect(fromXlsx.ok && fromXlsx.history).toEqual(templateHistory);
		expect(await documentedColumns(bytes)).toEqual(documentation(historyColumns));
	});

	it("the example history imports into the demo school", () => {
		const demo = demoPlan();
		const merged = validatePlan({
			...demo,
			history: [...(demo.history ?? []), ...templateHistory],
		});
		expect(merged.ok || merged.problems).toBe(true);
	});
});
