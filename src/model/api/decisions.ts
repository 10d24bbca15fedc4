import { z } from "zod";
import { decisionOutcomes, recordedDecision } from "../offering.ts";
import { noteText, slug } from "../primitives.ts";
import { route } from "./contract.ts";
import { offeringParams, offeringQuery } from "./offerings.ts";

/**
 * A go/no-go decision as a manager records it: the server adds who decided and when. `into`
 * names the offering a merged course joins; a postponement without it moves to the same
 * course in the next intake, which the server creates.
 */
export const decisionBody = z
	.strictObject({
		outcome: z.enum(decisionOutcomes),
		reason: noteText.optional(),
		into: slug
			.optional()
			.describe(
				"the offering a merged course joins (required), or a postponed one moves to (else the same course in the next intake)",
			),
	})
	.superRefine((body, context) => {
		if (body.outcome === "merge" && body.into === undefined)
			context.addIssue({
				code: "custom",
				path: ["into"],
				input: body.into,
				message: "is required to merge: the offering the course merges into",
			});
		if ((body.outcome === "go" || body.outcome === "no-go") && body.into !== undefined)
			context.addIssue({
				code: "custom",
				path: ["into"],
				input: body.into,
				message: `only a postponed or merged course moves into another offering, not one decided "${body.outcome}"`,
			});
	});
export type DecisionBody = z.infer<typeof decisionBody>;

/**
 * Where telling the registrants stands: `pending` until the follow-through job has mailed every
 * one of them (and moved those of a postponed or merged course), then `done` with the counts.
 */
export const followThroughView = z.union([
	z.object({ state: z.literal("pending") }),
	z.object({
		state: z.literal("done"),
		completedAt: z.string(),
		mails: z.int().min(0),
		moved: z.int().min(0),
	}),
]);
export type FollowThroughView = z.infer<typeof followThroughView>;

/** An offering's decision and its follow-through; both null while it is undecided. */
export const decisionView = z.object({
	offering: z.string(),
	decision: recordedDecision.nullable(),
	followThrough: followThroughView.nullable(),
	/** The offering a postponement created in the next intake, when it made one. */
	created: slug.optional(),
});
export type DecisionView = z.infer<typeof decisionView>;

const tags = ["offerings"];

export const getDecisionRoute = route({
	method: "GET",
	path: "/offerings/:id/decision",
	permission: "plan:read",
	summary: "Read an offering's go/no-go decision and whether its registrants have been told",
	tags,
	params: offeringParams,
	query: offeringQuery,
	responses: { 200: decisionView },
});

export const recordDecisionRoute = route({
	method: "POST",
	path: "/offerings/:id/decision",
	permission: "decisions:record",
	summary:
		"Record the go/no-go decision (If-Match the offering's ETag): marks the go-no-go milestone done and tells every registrant",
	tags,
	params: offeringParams,
	query: offeringQuery,
	body: decisionBody,
	responses: { 200: decisionView },
});
