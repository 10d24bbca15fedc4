import type {} from "@fastify/cookie";
import type { FastifyReply } from "fastify";
import type { Me } from "../../model/api/session.ts";
import type { SignedIn } from "../../service/sessions.ts";
import { presentMe } from "../presenters/accounts.ts";
import { SESSION_COOKIE } from "./authenticate.ts";
import { setDeviceCookie } from "./device-cookie.ts";

/**
 * Hands a new session to the browser, however the person proved who they are (a password, an
 * invitation): the HttpOnly session cookie (SameSite=Lax, until the session expires) and the
 * device cookie, both Secure whenever people reach Kairos over HTTPS (`publicUrl`); answers who
 * they are, with the CSRF token.
 */
export function startSession(reply: FastifyReply, session: SignedIn, publicUrl: string): Me {
	const secure = publicUrl.startsWith("https:");
	void reply.setCookie(SESSION_COOKIE, session.token, {
		httpOnly: true,
		sameSite: "lax",
		path: "/",
		secure,
		expires: new Date(session.expiresAt),
	});
	setDeviceCookie(reply, session.device, secure);
	return presentMe(session.account, session.actor, session.csrfToken);
}
