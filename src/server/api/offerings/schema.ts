import { z } from "zod";
import { milestoneStatuses } from "../../../model/offering.ts";
import { isoDate, slug } from "../../../model/primitives.ts";

export const offeringParams = z.object({ id: z.string().min(1) });
export const milestoneParams = z.object({ id: z.string().min(1), key: z.string().min(1) });
export const offeringQuery = z.object({
	institution: slug
		.optional()
		.describe("needed only by administrators when several institutions use the same offering id"),
});

/** A change to one milestone's progress; `null` clears an optional field. */
export const milestonePatch = z.strictObject({
	status: z.enum(milestoneStatuses).optional(),
	doneOn: isoDate.nullable().optional(),
	note: z.string().nullable().optional(),
	owner: slug
		.nullable()
		.optional()
		.describe("a people id who takes this milestone over from the role's owner"),
});

export const milestoneProgressView = z.object({
	offering: z.string(),
	key: z.string(),
	status: z.enum(milestoneStatuses),
	doneOn: z.string().optional(),
	note: z.string().optional(),
	owner: z.string().optional(),
});
