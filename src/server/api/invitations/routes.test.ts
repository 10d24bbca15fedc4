import type { LightMyRequestResponse } from "fastify";
import { describe, expect, it } from "vitest";
import { checkContract, PASSWORD, useHarness } from "../../../../test/fixtures/api.ts";
import { PUBLIC_URL, unfolded } from "../../../../test/fixtures/context.ts";
import { storeTargets } from "../../../../test/fixtures/stores.ts";
import { deliverQueuedMail } from "../../../service/mail-queue.ts";

const chosen = "a passphrase of my own";
const day = 24 * 60 * 60_000;
const dead =
	"this invitation link is unknown, used or expired: ask an administrator to invite you again";

describe.each(storeTargets)("invitations through the API on $name", (target) => {
	const harness = useHarness(target);
	const run = it.skipIf(!target.available);

	/** A request to an invitation's link, as a browser on Kairos's own page sends it; checked against its contract. */
	const link = async (
		method: "GET" | "POST",
		token: string,
		options: { password?: string; headers?: Record<string, string> } = {},
	): Promise<LightMyRequestResponse> => {
		const url = `/api/v1/invitations/${token}`;
		const response = await harness.app.inject({
			method,
			url,
			headers: { "sec-fetch-site": "same-origin", origin: PUBLIC_URL, ...options.headers },
			...(method === "POST" && { payload: { password: options.password ?? chosen } }),
		});
		checkContract(method, url, response);
		return response;
	};
	const invite = async (body: object) =>
		(await harness.as("admin")).request("POST", "/api/v1/accounts", { body });
	const tokenOf = (response: LightMyRequestResponse) =>
		/\/app\/invitation\/([\w-]+)$/.exec(response.json().invitationUrl)?.[1] ?? "";
	const signIn = (email: string, password: string) =>
		harness.app.inject({ method: "POST", url: "/api/v1/session", payload: { email, password } });

	run(
		"invites by mail, shows the invitation, and signs the person in when they accept",
		async () => {
			const invited = await invite({
				email: "mart@test.ee",
				role: "pedagogy",
				institution: "test-vc",
				person: "mart",
			});
			expect(invited.statusCode).toBe(201);
			const token = tokenOf(invited);
			expect(invited.json()).toEqual({
				id: expect.any(String),
				email: "mart@test.ee",
				name: "Mart Kask",
				role: "pedagogy",
				institution: "test-vc",
				person: "mart",
				disabledAt: null,
				passwordChangeRequired: false,
				invitationPending: true,
				invitationExpiresAt: "2027-03-08T08:00:00.000Z",
				createdAt: "2027-03-01T08:00:00.000Z",
				invitationUrl: `${PUBLIC_URL}/app/invitation/${token}`,
			});
			await deliverQueuedMail(harness.context);
			const [mail] = harness.mails().map(unfolded);
			expect(mail).toMatch(/^To: mart@test\.ee/m);
			expect(mail).toContain(`${PUBLIC_URL}/app/invitation/${token}`);

			const shown = await link("GET", token);
			expect(shown.statusCode).toBe(200);
			expect(shown.headers["cache-control"]).toBe("no-store");
			expect(shown.json()).toEqual({
				email: "mart@test.ee",
				name: "Mart Kask",
				role: "pedagogy",
				institution: "test-vc",
				institutionName: "Test Vocational College",
				expiresAt: "2027-03-08T08:00:00.000Z",
			});
			expect((await signIn("mart@test.ee", chosen)).statusCode).toBe(401);

			const accepted = await link("POST", token);
			expect(accepted.statusCode).toBe(200);
			expect(accepted.json()).toEqual({
				id: invited.json().id,
				email: "mart@test.ee",
				name: "Mart Kask",
				role: "pedagogy",
				institution: "test-vc",
				person: "mart",
				passwordChangeRequired: false,
				csrfToken: expect.stringMatching(/^[\w-]{20,}$/),
			});
			// The cookies of a sign-in, with the same attributes.
			const signedIn = await signIn("manager@test.ee", PASSWORD);
			const attributes = (response: LightMyRequestResponse) =>
				response.cookies.map(({ name, httpOnly, sameSite, path, secure }) => ({
					name,
					httpOnly,
					sameSite,
					path,
					secure,
				}));
			expect(attributes(accepted)).toEqual(attributes(signedIn));
			const session = accepted.cookies.find((cookie) => cookie.name === "kairos_session");
			const me = await harness.app.inject({
				method: "GET",
				url: "/api/v1/me",
				headers: { cookie: `kairos_session=${session?.value}` },
			});
			expect(me.json()).toMatchObject({ email: "mart@test.ee", person: "mart" });
			expect((await signIn("mart@test.ee", chosen)).statusCode).toBe(200);

			for (const method of ["GET", "POST"] as const) {
				const again = await link(method, token);
				expect(again.statusCode).toBe(404);
				expect(again.json()).toMatchObject({ code: "not_found", detail: dead });
			}
			const { items } = (
				await (await harness.as("admin")).request("GET", "/api/v1/accounts")
			).json();
			expect(
				items.find((account: { email: string }) => account.email === "mart@test.ee"),
			).toMatchObject({ invitationPending: false, invitationExpiresAt: null });
		},
	);

	run("refuses an expired link, and a new invitation replaces the old one", async () => {
		const invited = await invite({
			email: "liis@test.ee",
			role: "marketing",
			institution: "test-vc",
		});
		// A week on, the administrator's session has long ended: a token of theirs invites again.
		const { token: bearer } = (
			await (
				await harness.as("admin")
			).request("POST", "/api/v1/tokens", {
				body: { name: "invitations", scope: "read-write" },
			})
		).json();
		harness.clock.advance(7 * day);
		expect((await link("GET", tokenOf(invited))).statusCode).toBe(404);
		expect((await link("POST", tokenOf(invited))).json().detail).toBe(dead);
		const reinvite = async () => {
			const url = `/api/v1/accounts/${invited.json().id}/invitation`;
			const response = await harness.app.inject({
				method: "POST",
				url,
				headers: { authorization: `Bearer ${bearer}` },
			});
			checkContract("POST", url, response);
			return response;
		};
		const again = await reinvite();
		expect(again.statusCode).toBe(200);
		expect(again.json()).toMatchObject({
			email: "liis@test.ee",
			invitationPending: true,
			invitationExpiresAt: "2027-03-15T08:00:00.000Z",
		});
		expect(tokenOf(again)).not.toBe(tokenOf(invited));
		expect((await link("POST", tokenOf(again))).statusCode).toBe(200);
		expect((await reinvite()).statusCode).toBe(409);
	});

	run("refuses an invitation's link from another site's pages", async () => {
		const token = tokenOf(
			await invite({ email: "anu@test.ee", role: "support", institution: "test-vc" }),
		);
		for (const headers of [
			{ "sec-fetch-site": "cross-site" },
			{ origin: "https://evil.example" },
		]) {
			for (const method of ["GET", "POST"] as const) {
				const refused = await link(method, token, { headers });
				expect(refused.statusCode).toBe(403);
				expect(refused.json().code).toBe("cross_site_refused");
			}
		}
		// Nothing was used up: the person's own page still accepts it.
		expect((await link("POST", token)).statusCode).toBe(200);
	});

	run("names the field of a bad invitation and of a weak password", async () => {
		const unknown = await invite({
			email: "mart@test.ee",
			role: "pedagogy",
			institution: "test-vc",
			person: "nobody",
		});
		expect(unknown.statusCode).toBe(400);
		expect(unknown.json().errors).toEqual([
			{ path: "person", message: '"nobody" is not a person of the plan of test-vc' },
		]);
		const staffless = await invite({ email: "mart@test.ee", role: "pedagogy" });
		expect(staffless.json().errors).toEqual([
			{ path: "institution", message: "a pedagogy belongs to an institution" },
		]);
		const taken = await invite({ email: "Viewer@Test.ee", role: "viewer", institution: "test-vc" });
		expect(taken.statusCode).toBe(409);
		const token = tokenOf(
			await invite({ email: "mart@test.ee", role: "pedagogy", institution: "test-vc" }),
		);
		const weak = await link("POST", token, { password: "short" });
		expect(weak.statusCode).toBe(400);
		expect(weak.json().errors).toEqual([
			{ path: "password", message: "must have 12 to 1024 characters" },
		]);
		expect((await link("POST", token)).statusCode).toBe(200);
	});
});
