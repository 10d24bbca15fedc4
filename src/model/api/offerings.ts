import { z } from "zod";
import { milestoneStatuses, offering } from "../offering.ts";
import { isoDate, slug } from "../primitives.ts";
import { route } from "./contract.ts";
import { mergePatchBody } from "./resources.ts";

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
	due: isoDate
		.nullable()
		.optional()
		.describe(
			"a due date that replaces the template's, kept as given; null goes back to the template's",
		),
});
export type MilestonePatch = z.infer<typeof milestonePatch>;

export const milestoneProgressView = z.object({
	offering: z.string(),
	key: z.string(),
	status: z.enum(milestoneStatuses),
	doneOn: z.string().optional(),
	note: z.string().optional(),
	owner: z.string().optional(),
	due: z.string().optional(),
});
export type MilestoneProgressView = z.infer<typeof milestoneProgressView>;

const tags = ["offerings"];

export const getOfferingRoute = route({
	method: "GET",
	path: "/offerings/:id",
	permission: "plan:read",
	summary: "Read an offering of your institution",
	tags,
	params: offeringParams,
	query: offeringQuery,
	responses: { 200: offering },
});

export const updateOfferingRoute = route({
	method: "PATCH",
	path: "/offerings/:id",
	permission: "offerings:update",
	summary: "Change an offering (If-Match its ETag)",
	tags,
	params: offeringParams,
	query: offeringQuery,
	body: mergePatchBody,
	responses: { 200: offering },
});

export const deleteOfferingRoute = route({
	method: "DELETE",
	path: "/offerings/:id",
	permission: "offerings:delete",
	summary: "Delete an offering (If-Match its ETag)",
	tags,
	params: offeringParams,
	query: offeringQuery,
	responses: {},
});

export const updateMilestoneRoute = route({
	method: "PATCH",
	path: "/offerings/:id/milestones/:key",
	permission: "milestones:update",
	summary:
		"Record a milestone's progress: status, date done, note, owner (If-Match the offering's ETag)",
	tags,
	params: milestoneParams,
	query: offeringQuery,
	body: milestonePatch,
	responses: { 200: milestoneProgressView },
});
