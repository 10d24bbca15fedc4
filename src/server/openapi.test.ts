import { describe, expect, it } from "vitest";
import { useHarness } from "../../test/fixtures/api.ts";
import { storeTargets } from "../../test/fixtures/stores.ts";

const sqlite = storeTargets.filter((target) => target.name === "sqlite");

describe.each(sqlite)("the OpenAPI document ($name)", (target) => {
	const harness = useHarness(target);

	it("describes every API route with the zod schemas", async () => {
		const response = await harness.anonymous.request("GET", "/api/openapi.json");
		expect(response.statusCode).toBe(200);
		const document = response.json();
		expect(document.openapi).toMatch(/^3\./);
		const documented = Object.entries(
			document.paths as Record<string, Record<string, unknown>>,
		).flatMap(([path, methods]) =>
			Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
		);
		for (const route of harness.app.routeTable) {
			expect(documented).toContain(`${route.method} ${route.url.replace(/:(\w+)/g, "{$1}")}`);
		}
		const report = document.paths["/api/v1/institutions/{id}/report"].get.responses["200"];
		expect(JSON.stringify(report)).toContain("decisionWindowCoverage");
	});

	it("serves readable docs", async () => {
		const response = await harness.anonymous.request("GET", "/api/docs/");
		expect(response.statusCode).toBe(200);
		expect(response.headers["content-type"]).toMatch(/text\/html/);
		const policy = String(response.headers["content-security-policy"]);
		expect(policy).toContain("frame-ancestors 'none'");
		expect(policy).toContain("script-src 'self'");
		expect(policy).not.toContain("upgrade-insecure-requests");
	});

	it("marks API answers nosniff, and never stores what concerns the signed-in person", async () => {
		const viewer = await harness.as("viewer");
		const me = await viewer.request("GET", "/api/v1/me");
		expect(me.headers["cache-control"]).toBe("no-store");
		expect(me.headers["x-content-type-options"]).toBe("nosniff");
		const plan = await viewer.request("GET", "/api/v1/institutions/test-vc/plan");
		expect(plan.headers["cache-control"]).toBe("private, no-cache");
		expect(plan.headers["x-content-type-options"]).toBe("nosniff");
	});
});
