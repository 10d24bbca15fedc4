import { z } from "zod";
import { route } from "./contract.ts";
import { institutionParams } from "./institutions.ts";

/** The content types of an offerings sheet, as a browser or a script uploads one. */
export const sheetContentTypes = {
	csv: "text/csv",
	xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

export const offeringsImportResult = z.object({
	added: z.number().describe("offerings whose id was new"),
	updated: z.number().describe("offerings that replaced the one with their id"),
	planVersion: z.number(),
});
export type OfferingsImportResult = z.infer<typeof offeringsImportResult>;

const tags = ["offerings"];

export const importOfferingsRoute = route({
	method: "POST",
	path: "/institutions/:id/offerings/import",
	permission: "offerings:create",
	summary:
		"Import an offerings sheet: the raw file as text/csv (UTF-8 or UTF-16) or as an XLSX workbook, If-Match the plan's ETag. A new id adds an offering, a known one replaces it; every row is checked, and any problem (each named by row and column) changes nothing",
	tags,
	params: institutionParams,
	body: z.unknown().describe("the sheet's bytes, as in docs/spreadsheets.md"),
	responses: { 200: offeringsImportResult },
});

export const exportOfferingsXlsxRoute = route({
	method: "GET",
	path: "/institutions/:id/offerings.xlsx",
	permission: "plan:read",
	summary:
		"The offerings as an XLSX workbook (the sheet `kairos export --format xlsx` writes), with the plan's ETag",
	tags,
	params: institutionParams,
	responses: { 200: z.unknown().describe("an XLSX workbook") },
});
