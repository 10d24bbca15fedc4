import { z } from "zod";
import { planFile } from "../plan-file.ts";
import { isoDate, languageCode, slug } from "../primitives.ts";
import { planReport } from "../report.ts";
import { route } from "./contract.ts";

export const institutionParams = z.object({ id: slug });

export const institutionSummary = z.object({
	id: z.string(),
	name: z.string(),
	planVersion: z.number(),
	offerings: z.number(),
	timezone: z.string().describe("the IANA time zone its dates are in, such as Europe/Tallinn"),
	languages: z
		.array(z.string())
		.describe("its languages, the first the default; empty when the plan names none"),
	today: z
		.string()
		.describe(
			"today in its time zone (YYYY-MM-DD), or the server's pinned day: what its report judges by",
		),
});
export type InstitutionSummary = z.infer<typeof institutionSummary>;

export const reportQuery = z.object({
	today: isoDate
		.optional()
		.describe(
			"judge overdue milestones as of this date (default: today in the institution's time zone)",
		),
});

export const auditQuery = z.object({
	limit: z.coerce.number().int().min(1).max(200).default(50),
	before: z.coerce.number().int().optional().describe("the id of the oldest entry already seen"),
});

export const auditEntry = z.object({
	id: z.number(),
	at: z.string(),
	actor: z.string(),
	action: z.string(),
	entity: z.string(),
	entityId: z.string(),
	before: z.unknown(),
	after: z.unknown(),
});
export type AuditEntryView = z.infer<typeof auditEntry>;

const tags = ["institutions"];

export const listInstitutionsRoute = route({
	method: "GET",
	path: "/institutions",
	permission: "institutions:read",
	summary: "The institutions you can see",
	tags,
	responses: { 200: z.object({ items: z.array(institutionSummary) }) },
});

export const getPlanRoute = route({
	method: "GET",
	path: "/institutions/:id/plan",
	permission: "plan:read",
	summary: "Export the whole plan as a plan file (JSON, or YAML with Accept: application/yaml)",
	tags: ["plan"],
	params: institutionParams,
	responses: { 200: planFile },
});

export const replacePlanRoute = route({
	method: "PUT",
	path: "/institutions/:id/plan",
	permission: "plan:replace",
	summary:
		"Replace the whole plan in one transaction (JSON or YAML body; If-Match the plan's ETag, or If-None-Match: * to create)",
	tags: ["plan"],
	params: institutionParams,
	body: z.unknown().describe("a plan file, version 1 (see /schema/plan.schema.json)"),
	responses: { 200: z.object({ planVersion: z.number() }) },
});

export const getReportRoute = route({
	method: "GET",
	path: "/institutions/:id/report",
	permission: "report:read",
	summary:
		"The engine's report: the same shape as `kairos plan --format json` (ETag per plan version and day)",
	tags: ["plan"],
	params: institutionParams,
	query: reportQuery,
	responses: { 200: planReport },
});

export const holidayListQuery = z.object({
	language: languageCode
		.optional()
		.describe(
			"name the holidays in this language (ISO 639-1) where there are names in it, else in English; the dates are the same in any language (default: English)",
		),
});

/** A public holiday as the engine takes it. */
export const publicHoliday = z.object({ date: z.string(), name: z.string() });

export const listHolidaysRoute = route({
	method: "GET",
	path: "/institutions/:id/holidays",
	permission: "plan:read",
	summary:
		"The public holidays of the institution's country in every year its plan needs: the engine's `holidays` input, for planning in the browser",
	tags: ["plan"],
	params: institutionParams,
	query: holidayListQuery,
	responses: { 200: z.object({ items: z.array(publicHoliday) }) },
});

export const listAuditRoute = route({
	method: "GET",
	path: "/institutions/:id/audit",
	permission: "audit:read",
	summary: "Every change, newest first: who, when, what, before and after",
	tags: ["audit"],
	params: institutionParams,
	query: auditQuery,
	responses: { 200: z.object({ items: z.array(auditEntry) }) },
});
