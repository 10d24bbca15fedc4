import type {} from "@fastify/cookie";
import type { FastifyInstance, FastifyRequest } from "fastify";
import {
	allows,
	type Permission,
	permissionsBeforePasswordChange,
} from "../../model/api/permissions.ts";
import type { TokenScope } from "../../model/api/tokens.ts";
import type { Actor } from "../../service/actor.ts";
import type { ServiceContext } from "../../service/context.ts";
import { KairosError } from "../../service/errors.ts";
import { authenticateSession } from "../../service/sessions.ts";
import { authenticateToken } from "../../service/tokens.ts";

export const SESSION_COOKIE = "kairos_session";

/** How the request proved who it is. */
export type Credentials =
	| {
			kind: "session";
			token: string;
			csrfToken: string;
			/** Signed in with a one-time password that is still to be replaced. */
			mustChangePassword: boolean;
	  }
	| { kind: "token"; scope: TokenScope };

declare module "fastify" {
	interface FastifyRequest {
		actor: Actor | undefined;
		credentials: Credentials | undefined;
	}
	interface FastifyContextConfig {
		/** The permission a route needs; routes without one are public (sign-in, docs). */
		permission?: Permission;
		/** Only a signed-in person may call the route, never a bearer token. */
		sessionOnly?: true;
	}
}

const unsafe = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Identifies the caller (bearer token, else session cookie), then enforces, in this order: the
 * CSRF token of cookie-authenticated writes, a pending password change, routes that only a
 * signed-in person may call, the route's permission, and a read-only token's scope.
 */
export function registerAuthentication(app: FastifyInstance, context: ServiceContext): void {
	app.decorateRequest("actor", undefined);
	app.decorateRequest("credentials", undefined);
	app.addHook("onRequest", async (request) => {
		const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "")?.[1];
		if (bearer) {
			const found = await authenticateToken(context, bearer);
			if (!found)
				throw new KairosError("unauthorized", "the bearer token is unknown, revoked or expired");
			request.actor = found.actor;
			request.credentials = { kind: "token", scope: found.scope };
			return;
		}
		const cookie = request.cookies[SESSION_COOKIE];
		if (!cookie) return;
		const session = await authenticateSession(context, cookie);
		if (!session) return;
		request.actor = session.actor;
		request.credentials = {
			kind: "session",
			token: cookie,
			csrfToken: session.csrfToken,
			mustChangePassword: session.account.mustChangePassword,
		};
	});
	// Before validation, so that a forbidden request learns nothing about what a valid body is.
	app.addHook("preValidation", async (request) => {
		const { permission, sessionOnly } = request.routeOptions.config;
		if (permission === undefined) return;
		const actor = request.actor;
		const credentials = request.credentials;
		if (!actor || !credentials)
			throw new KairosError(
				"unauthorized",
				"sign in with POST /api/v1/session, or send a bearer token",
			);
		if (credentials.kind === "session" && unsafe.has(request.method))
			checkCsrf(request, credentials.csrfToken);
		if (
			credentials.kind === "session" &&
			credentials.mustChangePassword &&
			!permissionsBeforePasswordChange.includes(permission)
		)
			throw new KairosError(
				"password_change_required",
				"you signed in with a one-time password: set your own with POST /api/v1/me/password {currentPassword, newPassword} first",
			);
		if (sessionOnly && credentials.kind === "token")
			throw new KairosError(
				"forbidden",
				"a bearer token may not do this: sign in with POST /api/v1/session and do it as yourself",
			);
		if (!allows(actor.role, permission))
			throw new KairosError("forbidden", `the ${actor.role} role may not do this (${permission})`);
		if (credentials.kind === "token" && credentials.scope === "read" && unsafe.has(request.method))
			throw new KairosError(
				"forbidden",
				`this token is read-only and may only GET: make a read-write token for ${request.method} requests`,
			);
	});
}

function checkCsrf(request: FastifyRequest, expected: string): void {
	if (request.headers["x-csrf-token"] !== expected) {
		throw new KairosError(
			"csrf_failed",
			"send the X-CSRF-Token header with the token from sign-in or GET /api/v1/me",
		);
	}
}

/** The actor of an authenticated route (the preHandler has made sure there is one). */
export function actorOf(request: FastifyRequest): Actor {
	if (!request.actor) throw new KairosError("unauthorized", "sign in first");
	return request.actor;
}

/**
 * Refuses access to another institution's data. It answers "not found" rather than
 * "forbidden", so that the ids of other schools do not leak.
 */
export function assertInstitution(actor: Actor, institutionId: string): void {
	if (actor.institutionId !== null && actor.institutionId !== institutionId) {
		throw new KairosError("not_found", `institution "${institutionId}" does not exist`);
	}
}
