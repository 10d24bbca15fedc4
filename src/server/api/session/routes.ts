import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { accountIdOf } from "../../../service/accounts.ts";
import { KairosError } from "../../../service/errors.ts";
import { signIn, signOut } from "../../../service/sessions.ts";
import { findAccountById } from "../../../store/account-repository.ts";
import { actorOf, SESSION_COOKIE } from "../../auth/authenticate.ts";
import type { ServerContext } from "../../context.ts";
import { me, signInBody } from "./schema.ts";

/** Sign-in and sign-out with a session cookie, and who you are. */
export function sessionRoutes(app: FastifyInstance, context: ServerContext): void {
	const api = app.withTypeProvider<ZodTypeProvider>();
	const { db } = context.store;
	const tags = ["session"];

	api.post("/session", {
		schema: {
			tags,
			summary: "Sign in: sets the HttpOnly session cookie and returns the CSRF token",
			body: signInBody,
			response: { 200: me },
		},
		handler: async (request, reply) => {
			const session = await signIn(db, { ...request.body, address: request.ip });
			void reply.setCookie(SESSION_COOKIE, session.token, {
				httpOnly: true,
				sameSite: "lax",
				path: "/",
				secure: secureCookies(request, context),
				expires: new Date(session.expiresAt),
			});
			const { account } = session;
			return {
				id: account.id,
				email: account.email,
				name: account.name,
				role: account.role,
				institution: account.institutionId,
				csrfToken: session.csrfToken,
			};
		},
	});

	api.delete("/session", {
		config: { permission: "session:read" },
		schema: { tags, summary: "Sign out" },
		handler: async (request, reply) => {
			if (request.credentials?.kind !== "session")
				throw new KairosError(
					"bad_request",
					"only a cookie session can be signed out; revoke tokens with DELETE /api/v1/tokens/{id}",
				);
			await signOut(db, request.credentials.token);
			void reply.clearCookie(SESSION_COOKIE, { path: "/" });
			return reply.status(204).send();
		},
	});

	api.get("/me", {
		config: { permission: "session:read" },
		schema: { tags, summary: "The signed-in account", response: { 200: me } },
		handler: async (request) => {
			const actor = actorOf(request);
			const account = await findAccountById(db, accountIdOf(actor));
			if (!account) throw new KairosError("unauthorized", "the account no longer exists");
			return {
				id: account.id,
				email: account.email,
				name: account.name,
				role: actor.role,
				institution: actor.institutionId,
				...(request.credentials?.kind === "session" && {
					csrfToken: request.credentials.csrfToken,
				}),
			};
		},
	});
}

/** Cookies are Secure when the client reached us over HTTPS through a trusted proxy. */
function secureCookies(request: FastifyRequest, context: ServerContext): boolean {
	return context.trustProxy && request.protocol === "https";
}
