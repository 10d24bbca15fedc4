import { describe, expect, it } from "vitest";
import { PASSWORD, useHarness } from "../../../../test/fixtures/api.ts";
import { storeTargets } from "../../../../test/fixtures/stores.ts";
import { buildApp } from "../../app.ts";

const sqlite = storeTargets.filter((target) => target.name === "sqlite");

describe.each(sqlite)("sessions, CSRF, tokens and sign-in limits ($name)", (target) => {
	const harness = useHarness(target);

	const signIn = (email: string, password: string, headers: Record<string, string> = {}) =>
		harness.app.inject({
			method: "POST",
			url: "/api/v1/session",
			payload: { email, password },
			headers,
		});

	it("sets an HttpOnly, SameSite=Lax session cookie and returns the CSRF token", async () => {
		const response = await signIn("manager@test.ee", PASSWORD);
		expect(response.statusCode).toBe(200);
		const cookie = response.cookies.find((entry) => entry.name === "kairos_session");
		expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
		expect(response.json()).toMatchObject({
			email: "manager@test.ee",
			role: "manager",
			institution: "test-vc",
		});
		expect(response.json().csrfToken).toMatch(/^[\w-]{20,}$/);
	});

	it("marks the cookie Secure when the public address is HTTPS, and only then", async () => {
		const secureCookie = async (publicUrl: string) => {
			const app = await buildApp({ context: { ...harness.context, publicUrl } });
			const response = await app.inject({
				method: "POST",
				url: "/api/v1/session",
				payload: { email: "viewer@test.ee", password: PASSWORD },
			});
			await app.close();
			return response.cookies.find((entry) => entry.name === "kairos_session")?.secure;
		};
		expect(await secureCookie("https://kursused.test.ee")).toBe(true);
		expect(await secureCookie("http://localhost:3000")).toBeUndefined();
	});

	it("refuses a cookie-authenticated write without the CSRF token", async () => {
		const response = await signIn("manager@test.ee", PASSWORD);
		const session = response.cookies.find((entry) => entry.name === "kairos_session")?.value ?? "";
		const write = (headers: Record<string, string>) =>
			harness.app.inject({
				method: "POST",
				url: "/api/v1/tokens",
				payload: { name: "ci" },
				headers: { cookie: `kairos_session=${session}`, ...headers },
			});
		const missing = await write({});
		expect(missing.statusCode).toBe(403);
		expect(missing.json().code).toBe("csrf_failed");
		expect((await write({ "x-csrf-token": "guess" })).statusCode).toBe(403);
		expect((await write({ "x-csrf-token": response.json().csrfToken })).statusCode).toBe(201);
	});

	it("creates a bearer token shown once, which works without CSRF until it is revoked", async () => {
		const marketing = await harness.as("marketing");
		const created = await marketing.request("POST", "/api/v1/tokens", {
			body: { name: "website sync" },
		});
		expect(created.statusCode).toBe(201);
		const { id, token } = created.json();
		expect(token).toMatch(/^kairos_/);
		const listed = await marketing.request("GET", "/api/v1/tokens");
		expect(JSON.stringify(listed.json())).not.toContain(token);
		const bearer = { authorization: `Bearer ${token}` };
		const me = await harness.app.inject({ method: "GET", url: "/api/v1/me", headers: bearer });
		expect(me.json()).toMatchObject({ email: "marketing@test.ee", role: "marketing" });
		const offering = await harness.app.inject({
			method: "GET",
			url: "/api/v1/offerings/mig-welding",
			headers: bearer,
		});
		const patched = await harness.app.inject({
			method: "PATCH",
			url: "/api/v1/offerings/mig-welding",
			payload: { location: "Tartu" },
			headers: { ...bearer, "if-match": offering.headers.etag as string },
		});
		expect(patched.statusCode).toBe(200);
		expect((await marketing.request("DELETE", `/api/v1/tokens/${id}`)).statusCode).toBe(204);
		expect(
			(await harness.app.inject({ method: "GET", url: "/api/v1/me", headers: bearer })).statusCode,
		).toBe(401);
	});

	it("signs out", async () => {
		const response = await signIn("support@test.ee", PASSWORD);
		const cookie = `kairos_session=${response.cookies.find((entry) => entry.name === "kairos_session")?.value}`;
		const out = await harness.app.inject({
			method: "DELETE",
			url: "/api/v1/session",
			headers: { cookie, "x-csrf-token": response.json().csrfToken },
		});
		expect(out.statusCode).toBe(204);
		expect(
			(await harness.app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie } }))
				.statusCode,
		).toBe(401);
	});

	it("limits failed sign-ins with 429 and Retry-After", async () => {
		for (let attempt = 0; attempt < 10; attempt++) {
			expect((await signIn("pedagogy@test.ee", "wrong password")).statusCode).toBe(401);
		}
		const limited = await signIn("pedagogy@test.ee", PASSWORD);
		expect(limited.statusCode).toBe(429);
		expect(limited.json().code).toBe("rate_limited");
		expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
	});
});
