import { describe, expect, it } from "vitest";
import { useHarness } from "../../../test/fixtures/api.ts";
import { storeTargets } from "../../../test/fixtures/stores.ts";
import { allows, permissions } from "../../model/api/permissions.ts";
import { accountRoles } from "../../model/api/roles.ts";

const sqlite = storeTargets.filter((target) => target.name === "sqlite");

/** A concrete URL for a route pattern, in the signed-in roles' institution. */
function concrete(url: string): string {
	return url
		.replace(":id/", "test-vc/")
		.replace(/\/offerings\/:id/, "/offerings/mig-welding")
		.replace(":resourceId", "mig-welding")
		.replace(":key", "content-approved")
		.replace(":tokenId", "no-such-token")
		.replace(/:id$/, "test-vc");
}

describe.each(sqlite)("every route with every role ($name)", (target) => {
	const harness = useHarness(target);

	it("has a permission on every route but sign-in", () => {
		const open = harness.app.routeTable.filter((route) => route.permission === undefined);
		expect(open.map((route) => `${route.method} ${route.url}`)).toEqual(["POST /api/v1/session"]);
		expect(harness.app.routeTable.length).toBeGreaterThan(25);
	});

	it("refuses anonymous callers with 401 and forbidden roles with 403, and lets allowed roles through", async () => {
		const checked: string[] = [];
		for (const route of harness.app.routeTable) {
			// Signing out would end the session the walk goes on with; it has its own test.
			if (
				route.permission === undefined ||
				(route.method === "DELETE" && route.url === "/api/v1/session")
			)
				continue;
			const url = concrete(route.url);
			// An empty body and a stale ETag: allowed roles get a 4xx about the request, never a change.
			const options = route.method === "GET" ? {} : { body: {}, ifMatch: '"0"' };
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
		expect(checked.length).toBe(accountRoles.length * (harness.app.routeTable.length - 2));
	});

	it("documents a role list for every permission", () => {
		for (const roles of Object.values(permissions)) expect(roles.length).toBeGreaterThan(0);
	});
});
