import { z } from "zod";
import { email, nameText, slug } from "../primitives.ts";
import { route } from "./contract.ts";
import { accountRoles } from "./roles.ts";

/** An account as an administrator sees it: never its password, hash or link tokens. */
export const accountView = z.object({
	id: z.string(),
	email: z.string(),
	name: z.string(),
	role: z.enum(accountRoles),
	institution: z.string().nullable(),
	person: z
		.string()
		.nullable()
		.describe("the people id of its institution's plan that this account is; null: nobody"),
	disabledAt: z.string().nullable().describe("when it was disabled; null while it may sign in"),
	passwordChangeRequired: z.boolean(),
	invitationPending: z
		.boolean()
		.describe(
			"invited and not accepted yet: it has no password and cannot sign in until the person sets one with the invitation's link",
		),
	invitationExpiresAt: z
		.string()
		.nullable()
		.describe("when the pending invitation's link stops working; null when none is pending"),
	createdAt: z.string(),
});
export type AccountView = z.infer<typeof accountView>;

export const accountParams = z.object({ accountId: z.string().min(1) });

const personId = slug.describe("a people id of the account's institution's plan");

/** A change to an account: any of its fields, at least one (the service refuses none). */
export const updateAccountBody = z.strictObject({
	disabled: z
		.boolean()
		.optional()
		.describe("true: it cannot sign in, and its sessions and tokens stop working at once"),
	role: z
		.enum(accountRoles)
		.optional()
		.describe(
			"a new role (not your own): it applies from the account's next request, and revokes its bearer tokens",
		),
	institution: slug
		.optional()
		.describe(
			"the institution of a role other than admin; needed when an administrator becomes staff",
		),
	person: personId
		.nullable()
		.optional()
		.describe("link the account to a person of its institution's plan, or null to unlink"),
});
export type AccountChange = z.infer<typeof updateAccountBody>;

/** An invitation as an administrator makes it. */
export const inviteAccountBody = z.strictObject({
	email: email,
	name: nameText
		.optional()
		.describe("the person's name; the plan person's name, else the e-mail, when absent"),
	role: z.enum(accountRoles),
	institution: slug
		.optional()
		.describe("the institution of every role but admin; an administrator has none"),
	person: personId.optional(),
});
export type AccountInvitation = z.infer<typeof inviteAccountBody>;

/** An invited account, with its link: the token is in this response and the mail only. */
export const invitedAccount = accountView.extend({
	invitationUrl: z
		.string()
		.describe(
			"the link the invitation mail carries, valid 7 days and once: give it to the person yourself when no mail reaches them",
		),
});
export type InvitedAccountView = z.infer<typeof invitedAccount>;

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

export const inviteAccountRoute = route({
	method: "POST",
	path: "/accounts",
	permission: "accounts:manage",
	summary:
		"Invite a person by e-mail: the account has no password until they set one with the mailed link (valid 7 days, once), which this response shows too",
	tags,
	body: inviteAccountBody,
	responses: { 201: invitedAccount },
});

export const updateAccountRoute = route({
	method: "PATCH",
	path: "/accounts/:accountId",
	permission: "accounts:manage",
	summary:
		"Disable or enable an account, change its role or institution, link it to a person of the plan (nobody changes their own role or disables themselves; the last administrator stays one)",
	tags,
	params: accountParams,
	body: updateAccountBody,
	responses: { 200: accountView },
});

export const reinviteAccountRoute = route({
	method: "POST",
	path: "/accounts/:accountId/invitation",
	permission: "accounts:manage",
	summary:
		"Invite again an account that has not accepted yet: a new mail and link replace the old one, which stops working",
	tags,
	params: accountParams,
	responses: { 200: invitedAccount },
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
