import { z } from "zod";
import { route } from "./contract.ts";

/** Whether you get the owners' digests: Monday's mail of your week's tasks, and the overdue mail. */
export const digestView = z.object({
	person: z
		.string()
		.nullable()
		.describe("the people id your account is linked to; null: no digest is sent to you"),
	optedOut: z.boolean().describe("true when you stopped the digests"),
});
export type DigestView = z.infer<typeof digestView>;

const tags = ["session"];

export const getDigestRoute = route({
	method: "GET",
	path: "/me/digest",
	permission: "digest:manage",
	summary: "Whether you get the digests of your tasks by e-mail",
	tags,
	responses: { 200: digestView },
});

export const updateDigestRoute = route({
	method: "PUT",
	path: "/me/digest",
	permission: "digest:manage",
	summary:
		"Stop the digests of your tasks, or have them again (409 when your account is linked to no person)",
	tags,
	body: z.strictObject({ optedOut: z.boolean() }),
	responses: { 200: digestView },
});
