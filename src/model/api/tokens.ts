import { z } from "zod";
import { route } from "./contract.ts";

/** What a bearer token may do: `read` only GET, `read-write` whatever its account's role may. */
export const tokenScopes = ["read", "read-write"] as const;
export type TokenScope = (typeof tokenScopes)[number];

/** Whether a text is one of the token scopes. */
export function isTokenScope(scope: string): scope is TokenScope {
	return (tokenScopes as readonly string[]).includes(scope);
}

/** A token lives 90 days unless asked otherwise, and never more than a year. */
export const tokenLifetimeDays = { default: 90, max: 365 } as const;

/** A bearer token as its owner sees it: never its secret. */
export const tokenView = z.object({
	id: z.string(),
	name: z.string(),
	scope: z.enum(tokenScopes),
	createdAt: z.string(),
	expiresAt: z.string(),
	lastUsedAt: z.string().nullable(),
	revokedAt: z.string().nullable(),
});
export type TokenView = z.infer<typeof tokenView>;

const wholeDays = (issue: { input?: unknown }) =>
	`${String(issue.input)} is not a whole number of days from 1 to ${tokenLifetimeDays.max}`;

/** A new token as a request asks for it; the service checks it with the same schema. */
export const newTokenBody = z.strictObject({
	name: z
		.string()
		.trim()
		.min(1, { error: "must have 1 to 100 characters" })
		.max(100, { error: "must have 1 to 100 characters" }),
	scope: z
		.enum(tokenScopes)
		.default("read")
		.describe("read: GET requests only (the default); read-write: whatever your role may do"),
	expiresInDays: z
		.number()
		.int({ error: wholeDays })
		.min(1, { error: wholeDays })
		.max(tokenLifetimeDays.max, { error: wholeDays })
		.default(tokenLifetimeDays.default)
		.describe(`days until the token stops working (default ${tokenLifetimeDays.default})`),
});
export type NewToken = z.output<typeof newTokenBody>;

/** A token just made: the secret is in this response and nowhere else. */
export const createdToken = z.object({
	id: z.string(),
	name: z.string(),
	scope: z.enum(tokenScopes),
	token: z.string(),
	createdAt: z.string(),
	expiresAt: z.string(),
});
export type CreatedTokenView = z.infer<typeof createdToken>;

const tags = ["tokens"];

export const createTokenRoute = route({
	method: "POST",
	path: "/tokens",
	permission: "tokens:manage",
	sessionOnly: true,
	summary:
		"Create a bearer token with your role, read-only unless asked; the token is shown only in this response. Only a signed-in person can: a token cannot make tokens",
	tags,
	body: newTokenBody,
	responses: { 201: createdToken },
});

export const listTokensRoute = route({
	method: "GET",
	path: "/tokens",
	permission: "tokens:manage",
	summary: "Your tokens with their scopes and expiry, without their secrets",
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
