import type { FastifyInstance } from "fastify";
import { describe, expect, it } from "vitest";
import { PASSWORD, useHarness } from "../../../../test/fixtures/api.ts";
import { PUBLIC_URL } from "../../../../test/fixtures/context.ts";
import { storeTargets } from "../../../../test/fixtures/stores.ts";
import { buildApp } from "../../app.ts";

const sqlite = storeTargets.filter((target) => target.name === "sqlite");

/** A sign-in through the app, from `remoteAddress` (default 127.0.0.1) with `headers`. */
function signInTo(
	app: FastifyInstance,
	email: string,
	password: string,
	options: { headers?: Record<string, string>; remoteAddress?: string } = {},
) {
	return app.inject({
		method: "POST",
		url: "/api/v1/session",
		payload: { email, password },
		headers: options.headers ?? {},
		...(options.remoteAddress !== undefined && { remoteAddress: options.remoteAddress }),
	});
}

/** How often each status occurs. */
function statuses(responses: readonly { statusCode: number }[]): Record<number, number> {
	const counts: Record<number, number> = {};
	for (const { statusCode } of responses) counts[statusCode] = (counts[statusCode] ?? 0) + 1;
	return counts;
}

describe.each(sqlite)("sessions, CSRF, tokens and sign-in limits ($name)", (target) => {
	const harness = useHarness(target);

	const signIn = (email: string, password: string, headers: Record<string, string> = {}) =>
		signInTo(harness.app, email, password, { headers });

	it("sets an HttpOnly, SameSite=Lax session cookie and returns the CSRF token", async () => {
		const response = await signIn("manager@test.ee", PASSWORD);
		expect(response.statusCode).toBe(200);
		const cookie = response.cookies.find((entry) => entry.name === "kairos_session");
		expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
		const device = response.cookies.find((entry) => entry.name === "kairos_device");
		expect(device).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/api/v1" });
		expect(Date.parse(String(device?.expires))).toBeGreaterThan(
			Date.now() + 364 * 24 * 60 * 60_000,
		);
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
			return ["kairos_session", "kairos_device"].map(
				(name) => response.cookies.find((entry) => entry.name === name)?.secure,
			);
		};
		expect(await secureCookie("https://kursused.test.ee")).toEqual([true, true]);
		expect(await secureCookie("http://localhost:3000")).toEqual([undefined, undefined]);
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
			body: { name: "website sync", scope: "read-write" },
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

	it("makes read-only tokens for 90 days unless asked, and lists their scope and expiry", async () => {
		const manager = await harness.as("manager");
		const created = await manager.request("POST", "/api/v1/tokens", { body: { name: "reports" } });
		expect(created.statusCode).toBe(201);
		const { id, token, scope, createdAt, expiresAt } = created.json();
		expect(scope).toBe("read");
		expect(Date.parse(expiresAt) - Date.parse(createdAt)).toBe(90 * 24 * 60 * 60_000);
		const listed = await manager.request("GET", "/api/v1/tokens");
		expect(listed.json().items).toEqual([
			{
				id,
				name: "reports",
				scope: "read",
				createdAt,
				expiresAt,
				lastUsedAt: null,
				revokedAt: null,
			},
		]);
		const bearer = { authorization: `Bearer ${token}` };
		const offering = await harness.app.inject({
			method: "GET",
			url: "/api/v1/offerings/mig-welding",
			headers: bearer,
		});
		expect(offering.statusCode).toBe(200);
		const patched = await harness.app.inject({
			method: "PATCH",
			url: "/api/v1/offerings/mig-welding",
			payload: { location: "Tartu" },
			headers: { ...bearer, "if-match": offering.headers.etag as string },
		});
		expect(patched.statusCode).toBe(403);
		expect(patched.json()).toMatchObject({
			code: "forbidden",
			detail:
				"this token is read-only and may only GET: make a read-write token for PATCH requests",
		});
		const tooLong = await manager.request("POST", "/api/v1/tokens", {
			body: { name: "forever", expiresInDays: 366 },
		});
		expect(tooLong.statusCode).toBe(400);
		expect(tooLong.json().errors.map((error: { path: string }) => error.path)).toEqual([
			"expiresInDays",
		]);
	});

	it("refuses an expired token as unauthorized", async () => {
		const viewer = await harness.as("viewer");
		const { token, expiresAt } = (
			await viewer.request("POST", "/api/v1/tokens", { body: { name: "day", expiresInDays: 1 } })
		).json();
		const me = () =>
			harness.app.inject({
				method: "GET",
				url: "/api/v1/me",
				headers: { authorization: `Bearer ${token}` },
			});
		expect((await me()).statusCode).toBe(200);
		harness.clock.set(expiresAt);
		const expired = await me();
		expect(expired.statusCode).toBe(401);
		expect(expired.json().detail).toBe("the bearer token is unknown, revoked or expired");
	});

	it("lets only a signed-in person make tokens, never a token", async () => {
		const admin = await harness.as("admin");
		const { token } = (
			await admin.request("POST", "/api/v1/tokens", {
				body: { name: "automation", scope: "read-write" },
			})
		).json();
		const minted = await harness.app.inject({
			method: "POST",
			url: "/api/v1/tokens",
			payload: { name: "another", scope: "read-write" },
			headers: { authorization: `Bearer ${token}` },
		});
		expect(minted.statusCode).toBe(403);
		expect(minted.json().detail).toBe(
			"a bearer token may not do this: sign in with POST /api/v1/session and do it as yourself",
		);
		expect((await admin.request("GET", "/api/v1/tokens")).json().items).toHaveLength(1);
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

	it("keeps the owner's device signing in while guesses from many addresses lock the e-mail", async () => {
		const first = await signIn("support@test.ee", PASSWORD);
		const device = first.cookies.find((entry) => entry.name === "kairos_device")?.value;
		for (let attempt = 0; attempt < 12; attempt++) {
			const guess = await signInTo(harness.app, "support@test.ee", "guess guess guess", {
				remoteAddress: `203.0.113.${attempt}`,
			});
			expect(guess.statusCode).toBe(attempt < 10 ? 401 : 429);
		}
		const withoutDevice = await signIn("support@test.ee", PASSWORD);
		expect(withoutDevice.statusCode).toBe(429);
		expect(withoutDevice.json().detail).toMatch(
			/^too many failed sign-ins: try again in \d+ seconds$/,
		);
		const onDevice = await signIn("support@test.ee", PASSWORD, {
			cookie: `kairos_device=${device}`,
		});
		expect(onDevice.statusCode).toBe(200);
	});

	it("refuses a sign-in from another site's page (login CSRF) and lets same-origin and scripts through", async () => {
		for (const headers of [
			{ "sec-fetch-site": "cross-site" },
			{ "sec-fetch-site": "same-site" },
			{ origin: "https://evil.example" },
			{ origin: "null" },
			{ origin: `${PUBLIC_URL}:8443` },
			{ "sec-fetch-site": "same-origin", origin: "http://kursused.test.ee" },
		]) {
			const refused = await signIn("viewer@test.ee", PASSWORD, headers);
			expect(refused.statusCode, JSON.stringify(headers)).toBe(403);
			expect(refused.json()).toMatchObject({
				code: "cross_site_refused",
				title: "Cross-site request refused",
			});
			expect(refused.json().detail).toContain(`sign in from Kairos's own pages at ${PUBLIC_URL}`);
			expect(refused.cookies).toEqual([]);
		}
		for (const headers of [
			{},
			{ "sec-fetch-site": "same-origin", origin: PUBLIC_URL },
			{ "sec-fetch-site": "none" },
			{ origin: PUBLIC_URL },
		]) {
			const response = await signIn("viewer@test.ee", PASSWORD, headers);
			expect(response.statusCode, JSON.stringify(headers)).toBe(200);
		}
	});
});

describe.each(storeTargets)("sign-in limits under concurrent requests ($name)", (target) => {
	const harness = useHarness(target);

	it.skipIf(!target.available)(
		"answers 50 wrong passwords sent at once with ten 401 and forty 429",
		async () => {
			const responses = await Promise.all(
				Array.from({ length: 50 }, () =>
					signInTo(harness.app, "pedagogy@test.ee", "a wrong guess, fast"),
				),
			);
			expect(statuses(responses)).toEqual({ 401: 10, 429: 40 });
		},
	);
});

describe.each(sqlite)("per-address limits behind one trusted proxy ($name)", (target) => {
	const harness = useHarness(target, { trustedProxies: 1 });

	it("limits the address the proxy saw, however the client forges X-Forwarded-For", async () => {
		// The proxy at 10.0.0.2 appends the address it saw (198.51.100.7) to what the client sent.
		const forged = (attempt: number) =>
			signInTo(harness.app, `nobody-${attempt}@test.ee`, "guess guess guess", {
				remoteAddress: "10.0.0.2",
				headers: { "x-forwarded-for": `1.2.3.${attempt}, 198.51.100.7` },
			});
		for (let attempt = 0; attempt < 10; attempt++)
			expect((await forged(attempt)).statusCode).toBe(401);
		expect((await forged(10)).statusCode).toBe(429);
		// Another client behind the same proxy is not limited by that one.
		const other = await signInTo(harness.app, "viewer@test.ee", PASSWORD, {
			remoteAddress: "10.0.0.2",
			headers: { "x-forwarded-for": "198.51.100.8" },
		});
		expect(other.statusCode).toBe(200);
	});
});

describe.each(sqlite)("per-address limits without a trusted proxy ($name)", (target) => {
	const harness = useHarness(target, { trustedProxies: 0 });

	it("ignores X-Forwarded-For and limits the connection's address", async () => {
		const guess = (attempt: number) =>
			signInTo(harness.app, `nobody-${attempt}@test.ee`, "guess guess guess", {
				remoteAddress: "198.51.100.9",
				headers: { "x-forwarded-for": `203.0.113.${attempt}` },
			});
		for (let attempt = 0; attempt < 10; attempt++)
			expect((await guess(attempt)).statusCode).toBe(401);
		expect((await guess(10)).statusCode).toBe(429);
	});

	it("never quotes a password in a problem, however long it is", async () => {
		const secret = `MySecretPassword-${"x".repeat(1100)}`;
		const response = await signInTo(harness.app, "manager@test.ee", secret);
		expect(response.statusCode).toBe(400);
		expect(response.json().errors).toEqual([
			{ path: "password", message: "is longer than 1,024 characters" },
		]);
		expect(response.body).not.toContain("MySecret");
	});
});
