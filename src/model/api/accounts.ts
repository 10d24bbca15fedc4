import { z } from "zod";
import { route } from "./contract.ts";
import { accountRoles } from "./roles.ts";

/** An account as an administrator sees it: never its password or hash. */
export const accountView = z.object({
	id: z.string(),
	email: z.string(),
	name: z.string(),
	role: z.enum(accountRoles),
	institution: z.string().nullable(),
	disabledAt: z.string().nullable().describe("when it was disabled; null while it may sign in"),
	passwordChangeRequired: z.boolean(),
	createdAt: z.string(),
});
export type AccountView = z.infer<typeof accountView>;

export const accountParams = z.object({ accountId: z.string().min(1) });

export const updateAccountBody = z.strictObject({
	disabled: z
		.boolean()
		.describe("true: it cannot sign in, and its sessions and tokens stop working at once"),
});

/** A password reset: the one-time password is in this response and nowhere else. */
export const passwordReset = z.object({
	account: accountView,
	password: z.string().describe("one-time: the person sets their own at the next sign-in"),
	revokedTokens: z.number().describe("how many of the account's bearer tokens the reset revoked"),
});
export type PasswordResetView = z.infer<typeof passwordReset>;

const tags = ["accounts"];

export const listAccountsRoute = route({
	method: "GET",
	path: "/accounts",
	permission: "accounts:manage",
	summary: "Every account, by e-mail",
	tags,
	responses: { 200: z.object({ items: z.array(accountView) }) },
});

export const updateAccountRoute = route({
	method: "PATCH",
	path: "/accounts/:accountId",
	permission: "accounts:manage",
	summary: "Disable an account, or enable it again (nobody disables their own)",
	tags,
	params: accountParams,
	body: updateAccountBody,
	responses: { 200: accountView },
});

export const resetPasswordRoute = route({
	method: "POST",
	path: "/accounts/:accountId/password-reset",
	permission: "accounts:manage",
	summary:
		"Give an account a one-time password, shown only in this response; its sessions end and the next sign-in must set a new one",
	tags,
	params: accountParams,
	responses: { 200: passwordReset },
});
