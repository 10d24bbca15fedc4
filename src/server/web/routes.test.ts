import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Fastify from "fastify";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { staffAppPolicy, staffAppRoutes } from "./routes.ts";

describe("the staff app at /app", () => {
	let folder: string;
	beforeEach(() => {
		folder = `${mkdtempSync(join(tmpdir(), "kairos-web-"))}/`;
	});
	afterEach(() => rmSync(folder, { recursive: true, force: true }));

	async function appServing(withBuild: boolean) {
		if (withBuild) {
			mkdirSync(join(folder, "assets"));
			writeFileSync(
				join(folder, "index.html"),
				'<div id="root"></div><script type="module" src="/app/assets/main-abc.js"></script>',
			);
			writeFileSync(join(folder, "assets/main-abc.js"), "console.log(1)");
		}
		// As buildApp makes it: /app/ and /app reach the same route.
		const app = Fastify({ routerOptions: { ignoreTrailingSlash: true } });
		await staffAppRoutes(app, folder);
		return app;
	}

	it("answers every view's address with the app's page, under a policy without inline script", async () => {
		const app = await appServing(true);
		for (const url of ["/app/", "/app/timing-map", "/app/offerings/cnc-basics/edit"]) {
			const page = await app.inject({ method: "GET", url });
			expect(page.statusCode).toBe(200);
			expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
			expect(page.headers["content-security-policy"]).toBe(staffAppPolicy);
			expect(page.headers["cache-control"]).toBe("no-cache");
			expect(page.body).toContain('<div id="root">');
		}
		expect(staffAppPolicy).toContain("script-src 'self';");
		expect(staffAppPolicy).not.toContain("unsafe-inline");
	});

	it("keeps hashed assets for a year and refuses a path out of its folder", async () => {
		const app = await appServing(true);
		const script = await app.inject({ method: "GET", url: "/app/assets/main-abc.js" });
		expect(script.statusCode).toBe(200);
		expect(script.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
		expect(script.body).toBe("console.log(1)");
		const missing = await app.inject({ method: "GET", url: "/app/assets/missing.js" });
		expect(missing.statusCode).toBe(404);
		const outside = await app.inject({ method: "GET", url: "/app/assets/..%2f..%2fetc%2fpasswd" });
		expect([403, 404]).toContain(outside.statusCode);
		expect(outside.body).not.toContain("root:");
	});

	it("redirects /app to /app/ and says how to build the app when it is not built", async () => {
		const app = await appServing(false);
		const bare = await app.inject({ method: "GET", url: "/app" });
		expect(bare.statusCode).toBe(301);
		expect(bare.headers.location).toBe("/app/");
		const page = await app.inject({ method: "GET", url: "/app/timing-map" });
		expect(page.statusCode).toBe(503);
		expect(page.body).toBe("The staff app is not built: run `npm run build`.");
	});
});
