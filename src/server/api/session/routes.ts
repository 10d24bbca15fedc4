import type { FastifyInstance } from "fastify";
import {
	changePasswordRoute,
	meRoute,
	signInRoute,
	signOutRoute,
} from "../../../model/api/session.ts";
import { accountOfActor } from "../../../service/accounts.ts";
import type { ServiceContext } from "../../../service/context.ts";
import { KairosError } from "../../../service/errors.ts";
import { changeOwnPassword } from "../../../service/password-changes.ts";
import { signIn, signOut } from "../../../service/sessions.ts";
import { actorOf, SESSION_COOKIE } from "../../auth/authenticate.ts";
import { refuseCrossSite } from "../../auth/cross-site.ts";
import { DEVICE_COOKIE } from "../../auth/device-cookie.ts";
import { startSession } from "../../auth/session-cookies.ts";
import { presentMe } from "../../presenters/accounts.ts";
import { registerRoute } from "../register.ts";

/** Sign-in and sign-out with a session cookie, who you are, and your own password. */
export function sessionRoutes(app: FastifyInstance, context: ServiceContext): void {
	registerRoute(app, signInRoute, async (request, reply) => {
		refuseCrossSite(request, context.publicUrl, "sign in");
		const session = await signIn(context, {
			...request.body,
			address: request.ip,
			deviceCookie: request.cookies[DEVICE_COOKIE],
		});
		return startSession(reply, session, context.publicUrl);
	});

	registerRoute(app, signOutRoute, async (request, reply) => {
		if (request.credentials?.kind !== "session")
			throw new KairosError(
				"bad_request",
				"only a cookie session can be signed out; revoke tokens with DELETE /api/v1/tokens/{id}",
			);
		await signOut(context, request.credentials.token);
		void reply.clearCookie(SESSION_COOKIE, { path: "/" });
		return reply.status(204).send();
	});

	registerRoute(app, meRoute, async (request) => {
		const actor = actorOf(request);
		const account = await accountOfActor(context, actor);
		const csrfToken =
			request.credentials?.kind === "session" ? request.credentials.csrfToken : undefined;
		return presentMe(account, actor, csrfToken);
	});

	registerRoute(app, changePasswordRoute, async (request) => {
		const actor = actorOf(request);
		const account = await changeOwnPassword(context, actor, {
			...request.body,
			address: request.ip,
			deviceCookie: request.cookies[DEVICE_COOKIE],
			sessionToken: request.credentials?.kind === "session" ? request.credentials.token : undefined,
		});
		const csrfToken =
			request.credentials?.kind === "session" ? request.credentials.csrfToken : undefined;
		return presentMe(account, actor, csrfToken);
	});
}
