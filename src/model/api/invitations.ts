import { z } from "zod";
import { route } from "./contract.ts";
import { accountRoles } from "./roles.ts";
import { me, passwordText } from "./session.ts";

export const invitationParams = z.object({
	token: z.string().min(1).max(200).describe("the token at the end of the invitation's link"),
});

/** What the person invited sees before setting a password: who they will be. */
export const invitationView = z.object({
	email: z.string(),
	name: z.string(),
	role: z.enum(accountRoles),
	institution: z.string().nullable(),
	institutionName: z.string().nullable().describe("the institution's name, to greet them with"),
	expiresAt: z.string().describe("when the link stops working"),
});
export type InvitationView = z.infer<typeof invitationView>;

export const acceptInvitationBody = z.strictObject({
	password: passwordText(4096).describe("12 to 1024 characters, not only spaces"),
});

const tags = ["invitations"];

export const getInvitationRoute = route({
	method: "GET",
	path: "/invitations/:token",
	permission: undefined,
	summary:
		"The invitation a link carries (no sign-in needed); an unknown, used or expired one answers 404",
	tags,
	params: invitationParams,
	responses: { 200: invitationView },
});

export const acceptInvitationRoute = route({
	method: "POST",
	path: "/invitations/:token",
	permission: undefined,
	summary:
		"Accept an invitation by setting your password: the link works once, and you are signed in (session and device cookies, as POST /session sets them); refused from another site's pages",
	tags,
	params: invitationParams,
	body: acceptInvitationBody,
	responses: { 200: me },
});
