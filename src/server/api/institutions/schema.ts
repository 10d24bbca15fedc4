import { z } from "zod";
import { slug } from "../../../model/primitives.ts";

export const institutionParams = z.object({ id: slug });

export const institutionSummary = z.object({
	id: z.string(),
	name: z.string(),
	planVersion: z.number(),
	offerings: z.number(),
});

export const reportQuery = z.object({
	today: z.iso
		.date()
		.optional()
		.describe("judge overdue milestones as of this date (default: the server's today)"),
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
