import { z } from "zod";
import { route } from "./contract.ts";
import { institutionParams } from "./institutions.ts";

/** The content types of a sheet (offerings, history), as a browser or a script uploads one. */
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

export const historyImportResult = z.object({
	added: z.number().describe("past offerings whose id was new"),
	updated: z.number().describe("past offerings that replaced the one with their id"),
	planVersion: z.number(),
});
export type HistoryImportResult = z.infer<typeof historyImportResult>;

const historyTags = ["history"];

/**
 * The history is part of the plan that no other resource route writes: only `PUT …/plan` does,
 * so its import needs the permission of replacing the plan.
 */
export const importHistoryRoute = route({
	method: "POST",
	path: "/institutions/:id/history/import",
	permission: "plan:replace",
	summary:
		"Import a history sheet (past offerings): the raw file as text/csv (UTF-8 or UTF-16) or as an XLSX workbook, If-Match the plan's ETag. A new id adds a past offering to the plan's history, a known one replaces it; every row is checked, and any problem (each named by row and column) changes nothing",
	tags: historyTags,
	params: institutionParams,
	body: z.unknown().describe("the sheet's bytes, as in docs/spreadsheets.md"),
	responses: { 200: historyImportResult },
});

export const exportHistoryXlsxRoute = route({
	method: "GET",
	path: "/institutions/:id/history.xlsx",
	permission: "plan:read",
	summary:
		"The plan's history (past offerings) as an XLSX workbook that the history import reads back, with the plan's ETag",
	tags: historyTags,
	params: institutionParams,
	responses: { 200: z.unknown().describe("an XLSX workbook") },
});
