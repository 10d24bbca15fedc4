import { z } from "zod";
import { route } from "./contract.ts";
import { accountRoles } from "./roles.ts";

/**
 * A password as a request carries it: its problems never quote it, so an error message or a log
 * line cannot hold part of someone's password.
 */
export const passwordText = (max: number) =>
	z
		.string({ error: "must be a text" })
		.min(1, { error: "is required" })
		.max(max, { error: `is longer than ${max.toLocaleString("en")} characters` });

export const signInBody = z.strictObject({
	email: z.string().min(1).max(320),
	password: passwordText(1024),
});

/** The signed-in account as the API shows it. */
export const me = z.object({
	id: z.string(),
	email: z.string(),
	name: z.string(),
	role: z.enum(accountRoles),
	institution: z.string().nullable(),
	person: z
		.string()
		.nullable()
		.describe(
			"the people id of the institution's plan that you are (your tasks are the milestones this person owns); null: nobody",
		),
	passwordChangeRequired: z
		.boolean()
		.describe(
			"signed in with a one-time password: until POST /me/password sets your own, only /me, that and signing out work",
		),
	csrfToken: z
		.string()
		.optional()
		.describe("send it as X-CSRF-Token with every write made with the session cookie"),
});
export type Me = z.infer<typeof me>;

export const changePasswordBody = z.strictObject({
	currentPassword: passwordText(1024),
	newPassword: passwordText(4096).describe("12 to 1024 characters, not the current one"),
});

const tags = ["session"];

export const signInRoute = route({
	method: "POST",
	path: "/session",
	permission: undefined,
	summary:
		"Sign in: sets the HttpOnly session and device cookies and returns the CSRF token; refused from another site's pages",
	tags,
	body: signInBody,
	responses: { 200: me },
});

export const signOutRoute = route({
	method: "DELETE",
	path: "/session",
	permission: "session:read",
	summary: "Sign out",
	tags,
	responses: {},
});

export const meRoute = route({
	method: "GET",
	path: "/me",
	permission: "session:read",
	summary: "The signed-in account",
	tags,
	responses: { 200: me },
});

export const changePasswordRoute = route({
	method: "POST",
	path: "/me/password",
	permission: "password:change",
	sessionOnly: true,
	summary:
		"Set your own password (a wrong current one counts as a failed sign-in); your other sessions end",
	tags,
	body: changePasswordBody,
	responses: { 200: me },
});
