import { z } from "zod";
import { route } from "./contract.ts";

/** A bearer token as its owner sees it: never its secret. */
export const tokenView = z.object({
	id: z.string(),
	name: z.string(),
	createdAt: z.string(),
	lastUsedAt: z.string().nullable(),
	revokedAt: z.string().nullable(),
});
export type TokenView = z.infer<typeof tokenView>;

export const newTokenBody = z.strictObject({ name: z.string().trim().min(1).max(100) });

/** A token just made: the secret is in this response and nowhere else. */
export const createdToken = z.object({
	id: z.string(),
	name: z.string(),
	token: z.string(),
	createdAt: z.string(),
});

const tags = ["tokens"];

export const createTokenRoute = route({
	method: "POST",
	path: "/tokens",
	permission: "tokens:manage",
	summary: "Create a bearer token with your role; the token is shown only in this response",
	tags,
	body: newTokenBody,
	responses: { 201: createdToken },
});

export const listTokensRoute = route({
	method: "GET",
	path: "/tokens",
	permission: "tokens:manage",
	summary: "Your tokens, without their secrets",
	tags,
	responses: { 200: z.object({ items: z.array(tokenView) }) },
});

export const revokeTokenRoute = route({
	method: "DELETE",
	path: "/tokens/:tokenId",
	permission: "tokens:manage",
	summary: "Revoke one of your tokens",
	tags,
	params: z.object({ tokenId: z.string().min(1) }),
	responses: {},
});
