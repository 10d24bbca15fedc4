import type { LightMyRequestResponse } from "fastify";
import { describe, expect, it } from "vitest";
import { useHarness } from "../../../test/fixtures/api.ts";
import { storeTargets } from "../../../test/fixtures/stores.ts";
import {
	allows,
	type Permission,
	permissions,
	permissionsBeforePasswordChange,
} from "../../model/api/permissions.ts";
import { accountRoles } from "../../model/api/roles.ts";
import { apiRoutes } from "../../model/api/routes.ts";
import type { RouteSummary } from "../app.ts";

const sqlite = storeTargets.filter((target) => target.name === "sqlite");

/** A concrete URL for a route pattern, in the signed-in roles' institution. */
function concrete(url: string): string {
	return url
		.replace(":id/", "test-vc/")
		.replace(/\/offerings\/:id/, "/offerings/mig-welding")
		.replace(":resourceId", "mig-welding")
		.replace(":key", "content-approved")
		.replace(":tokenId", "no-such-token")
		.replace(":accountId", "no-such-account")
		.replace(/:id$/, "test-vc");
}

/**
 * The routes the walks call: all but signing in, and signing out, which would end the session
 * the walk goes on with (it has its own test).
 */
const walked = (routes: readonly RouteSummary[]) =>
	routes.filter(
		(route): route is RouteSummary & { permission: Permission } =>
			route.permission !== undefined &&
			!(route.method === "DELETE" && route.url === "/api/v1/session"),
	);

/** An empty body and a stale ETag: a request that gets a 4xx about itself, never a change. */
const harmless = (method: string) => (method === "GET" ? {} : { body: {}, ifMatch: '"0"' });

const unsafe = new Set(["POST", "PUT", "PATCH", "DELETE"]);

describe.each(sqlite)("every route with every role ($name)", (target) => {
	const harness = useHarness(target);

	it("has a permission on every route but sign-in and an invitation's link", () => {
		const open = harness.app.routeTable.filter((route) => route.permission === undefined);
		expect(open.map((route) => `${route.method} ${route.url}`)).toEqual([
			"POST /api/v1/session",
			"GET /api/v1/invitations/:token",
			"POST /api/v1/invitations/:token",
		]);
		expect(harness.app.routeTable.length).toBeGreaterThan(25);
	});

	it("refuses anonymous callers with 401 and forbidden roles with 403, and lets allowed roles through", async () => {
		const checked: string[] = [];
		for (const route of walked(harness.app.routeTable)) {
			const url = concrete(route.url);
			const options = harmless(route.method);
			const anonymous = await harness.anonymous.request(route.method, url, options);
			expect(anonymous.statusCode, `anonymous ${route.method} ${url}`).toBe(401);
			for (const role of accountRoles) {
				const client = await harness.as(role);
				const response = await client.request(route.method, url, options);
				const label = `${role} ${route.method} ${url} → ${response.statusCode} ${response.body.slice(0, 120)}`;
				if (allows(role, route.permission))
					expect([401, 403], label).not.toContain(response.statusCode);
				else expect(response.statusCode, label).toBe(403);
				checked.push(label);
			}
		}
		expect(checked.length).toBe(accountRoles.length * (harness.app.routeTable.length - 4));
	});

	it("documents a role list for every permission", () => {
		for (const roles of Object.values(permissions)) expect(roles.length).toBeGreaterThan(0);
	});

	it("lets a session with a one-time password reach only /me, the password change and sign-out", async () => {
		const clients = await Promise.all(accountRoles.map((role) => harness.as(role)));
		await harness.store.db.updateTable("accounts").set({ must_change_password: 1 }).execute();
		let open = 0;
		for (const route of walked(harness.app.routeTable)) {
			const url = concrete(route.url);
			const before = permissionsBeforePasswordChange.includes(route.permission);
			if (before) open++;
			for (const client of clients) {
				const response = await client.request(route.method, url, harmless(route.method));
				const label = `${client.role} ${route.method} ${url} → ${response.statusCode} ${response.body.slice(0, 120)}`;
				if (before) expect([401, 403], label).not.toContain(response.statusCode);
				else expect(code(response), label).toBe("password_change_required");
			}
		}
		// GET /me and POST /me/password (DELETE /session is not walked).
		expect(open).toBe(2);
	});

	it("refuses every write to a read-only token, and routes for people only to any token", async () => {
		const tokens = new Map<string, { read: string; readWrite: string }>();
		for (const role of accountRoles) {
			const client = await harness.as(role);
			const make = async (scope: string) =>
				(await client.request("POST", "/api/v1/tokens", { body: { name: scope, scope } })).json()
					.token as string;
			tokens.set(role, { read: await make("read"), readWrite: await make("read-write") });
		}
		const sessionOnly = new Set(
			apiRoutes
				.filter((contract) => contract.sessionOnly)
				.map((contract) => `${contract.method} /api/v1${contract.path}`),
		);
		expect([...sessionOnly].sort()).toEqual([
			"POST /api/v1/me/calendar/reset",
			"POST /api/v1/me/password",
			"POST /api/v1/tokens",
		]);
		for (const route of walked(harness.app.routeTable)) {
			const url = concrete(route.url);
			const peopleOnly = sessionOnly.has(`${route.method} ${route.url}`);
			for (const role of accountRoles) {
				for (const scope of ["read", "readWrite"] as const) {
					const token = tokens.get(role)?.[scope] ?? "";
					const options = harmless(route.method);
					const response = await harness.app.inject({
						method: route.method as "GET",
						url,
						headers: { authorization: `Bearer ${token}`, "if-match": '"0"' },
						...(route.method !== "GET" && { payload: options.body }),
					});
					const label = `${role} ${scope} token ${route.method} ${url} → ${response.statusCode} ${response.body.slice(0, 120)}`;
					const refused =
						!allows(role, route.permission) ||
						peopleOnly ||
						(scope === "read" && unsafe.has(route.method));
					if (refused) expect(response.statusCode, label).toBe(403);
					else expect([401, 403], label).not.toContain(response.statusCode);
				}
			}
		}
	});
});

function code(response: LightMyRequestResponse): unknown {
	return response.json<{ code?: unknown }>().code;
}
