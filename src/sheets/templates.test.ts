import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { demoPlan } from "../../test/fixtures/demo.ts";
import { validatePlan } from "../model/validate.ts";
import { formatOf, offeringColumns } from "./columns.ts";
import { partsLostInSheet } from "./limits.ts";
import { parseOfferingsCsv } from "./read-csv.ts";
import { parseOfferingsXlsx } from "./read-xlsx.ts";
import { templateLanguages, templateOfferings } from "./template-offerings.ts";
import { offeringsToCsv } from "./write-csv.ts";
import { offeringsToXlsx } from "./write-xlsx.ts";

const csvPath = new URL("../../examples/offerings-template.csv", import.meta.url);
const xlsxPath = new URL("../../examples/offerings-template.xlsx", import.meta.url);

// To write the templates again after changing the columns or the example offerings:
//   KAIROS_WRITE_SHEET_TEMPLATES=1 npx vitest run src/sheets/templates.test.ts
beforeAll(async () => {
	if (process.env.KAIROS_WRITE_SHEET_TEMPLATES !== "1") return;
	writeFileSync(csvPath, offeringsToCsv(templateOfferings, templateLanguages));
	writeFileSync(xlsxPath, await offeringsToXlsx(templateOfferings, templateLanguages));
});

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
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
		const documented: unknown[] = [];
		workbook.getWorksheet("columns")?.eachRow((row, number) => {
			if (number > 1) documented.push((row.values as unknown[]).slice(1));
		});
		expect(documented).toEqual(
			offeringColumns.map((column) => [
				column.name,
				column.required ? "yes" : "no",
				formatOf(column),
				column.description,
				column.example,
			]),
		);
	});

	it("the example offerings fit in a sheet and import into the demo school", () => {
		expect(templateOfferings.flatMap(partsLostInSheet)).toEqual([]);
		const demo = demoPlan();
		const merged = validatePlan({ ...demo, offerings: [...demo.offerings, ...templateOfferings] });
		expect(merged.ok || merged.problems).toBe(true);
	});
});
