import { describe, expect, it } from "vitest";
import { PASSWORD, useHarness } from "../../../../test/fixtures/api.ts";
import { storeTargets } from "../../../../test/fixtures/stores.ts";

const sqlite = storeTargets.filter((target) => target.name === "sqlite");
const chosen = "a passphrase of my own";

describe.each(sqlite)("accounts, disabling and password resets ($name)", (target) => {
	const harness = useHarness(target);

	const signIn = (email: string, password: string) =>
		harness.app.inject({ method: "POST", url: "/api/v1/session", payload: { email, password } });
	/** A client of the session a sign-in response opened. */
	const sessionOf = (response: Awaited<ReturnType<typeof signIn>>) => {
		const cookie = `kairos_session=${response.cookies.find((entry) => entry.name === "kairos_session")?.value}`;
		const csrf = response.json().csrfToken as string;
		return (method: "GET" | "POST", url: string, payload?: object) =>
			harness.app.inject({
				method,
				url,
				headers: { cookie, ...(method === "GET" ? {} : { "x-csrf-token": csrf }) },
				...(payload && { payload }),
			});
	};
	const accountId = async (email: string): Promise<string> => {
		const admin = await harness.as("admin");
		const { items } = (await admin.request("GET", "/api/v1/accounts")).json();
		return items.find((account: { email: string }) => account.email === email).id;
	};

	it("lists every account to an administrator, without passwords", async () => {
		const admin = await harness.as("admin");
		const listed = await admin.request("GET", "/api/v1/accounts");
		expect(listed.statusCode).toBe(200);
		const { items } = listed.json();
		expect(items.map((account: { email: string }) => account.email)).toEqual([
			"admin@test.ee",
			"manager@test.ee",
			"marketing@test.ee",
			"pedagogy@test.ee",
			"support@test.ee",
			"viewer@test.ee",
		]);
		expect(items[1]).toEqual({
			id: expect.any(String),
			email: "manager@test.ee",
			name: "The manager",
			role: "manager",
			institution: "test-vc",
			person: null,
			disabledAt: null,
			passwordChangeRequired: false,
			invitationPending: false,
			invitationExpiresAt: null,
			createdAt: "2027-03-01T08:00:00.000Z",
		});
		expect(listed.body).not.toMatch(/argon2|password_hash|passwordHash/);
		expect(
			(await (await harness.as("manager")).request("GET", "/api/v1/accounts")).statusCode,
		).toBe(403);
	});

	it("disables an account at once and enables it again", async () => {
		const manager = await harness.as("manager");
		const id = await accountId("manager@test.ee");
		const admin = await harness.as("admin");
		const disabled = await admin.request("PATCH", `/api/v1/accounts/${id}`, {
			body: { disabled: true },
		});
		expect(disabled.statusCode).toBe(200);
		expect(disabled.json().disabledAt).toEqual(expect.any(String));
		expect((await manager.request("GET", "/api/v1/me")).statusCode).toBe(401);
		const refused = await signIn("manager@test.ee", PASSWORD);
		expect(refused.statusCode).toBe(403);
		expect(refused.json().detail).toBe(
			"this account is disabled: ask an administrator to enable it again",
		);
		const enabled = await admin.request("PATCH", `/api/v1/accounts/${id}`, {
			body: { disabled: false },
		});
		expect(enabled.json().disabledAt).toBeNull();
		expect((await signIn("manager@test.ee", PASSWORD)).statusCode).toBe(200);

		const self = await admin.request(
			"PATCH",
			`/api/v1/accounts/${await accountId("admin@test.ee")}`,
			{
				body: { disabled: true },
			},
		);
		expect(self.statusCode).toBe(409);
		expect(
			(await admin.request("PATCH", "/api/v1/accounts/nobody", { body: { disabled: true } }))
				.statusCode,
		).toBe(404);
	});

	it("resets a password: the one-time password lets the person do nothing but set their own", async () => {
		const viewer = await harness.as("viewer");
		const token = (
			await viewer.request("POST", "/api/v1/tokens", {
				body: { name: "made with the old password" },
			})
		).json().token;
		const id = await accountId("viewer@test.ee");
		const admin = await harness.as("admin");
		const reset = await admin.request("POST", `/api/v1/accounts/${id}/password-reset`);
		expect(reset.statusCode).toBe(200);
		const { password, account, revokedTokens } = reset.json();
		expect(account).toMatchObject({ email: "viewer@test.ee", passwordChangeRequired: true });
		// Whoever knew the old password may hold its tokens too: they end with it.
		expect(revokedTokens).toBe(1);
		const withToken = await harness.app.inject({
			method: "GET",
			url: "/api/v1/me",
			headers: { authorization: `Bearer ${token}` },
		});
		expect(withToken.statusCode).toBe(401);
		expect((await viewer.request("GET", "/api/v1/me")).statusCode).toBe(401);
		expect((await signIn("viewer@test.ee", PASSWORD)).statusCode).toBe(401);

		const signedIn = await signIn("viewer@test.ee", password);
		expect(signedIn.statusCode).toBe(200);
		expect(signedIn.json().passwordChangeRequired).toBe(true);
		const session = sessionOf(signedIn);
		expect((await session("GET", "/api/v1/me")).json()).toMatchObject({
			email: "viewer@test.ee",
			passwordChangeRequired: true,
		});
		const blocked = await session("GET", "/api/v1/institutions");
		expect(blocked.statusCode).toBe(403);
		expect(blocked.json()).toMatchObject({
			code: "password_change_required",
			title: "Set your own password first",
			detail:
				"you signed in with a one-time password: set your own with POST /api/v1/me/password {currentPassword, newPassword} first",
		});
		expect((await session("POST", "/api/v1/tokens", { name: "early" })).statusCode).toBe(403);

		const changed = await session("POST", "/api/v1/me/password", {
			currentPassword: password,
			newPassword: chosen,
		});
		expect(changed.statusCode).toBe(200);
		expect(changed.json()).toMatchObject({ passwordChangeRequired: false });
		expect((await session("GET", "/api/v1/institutions")).statusCode).toBe(200);
		expect((await signIn("viewer@test.ee", chosen)).statusCode).toBe(200);
	});

	it("changes your own password only when signed in, not with a token", async () => {
		const support = await harness.as("support");
		const wrong = await support.request("POST", "/api/v1/me/password", {
			body: { currentPassword: "not my password", newPassword: chosen },
		});
		expect(wrong.statusCode).toBe(400);
		expect(wrong.json().errors).toEqual([
			{ path: "currentPassword", message: "is not your current password" },
		]);
		const { token } = (
			await support.request("POST", "/api/v1/tokens", {
				body: { name: "sync", scope: "read-write" },
			})
		).json();
		const byToken = await harness.app.inject({
			method: "POST",
			url: "/api/v1/me/password",
			payload: { currentPassword: PASSWORD, newPassword: chosen },
			headers: { authorization: `Bearer ${token}` },
		});
		expect(byToken.statusCode).toBe(403);
		const changed = await support.request("POST", "/api/v1/me/password", {
			body: { currentPassword: PASSWORD, newPassword: chosen },
		});
		expect(changed.statusCode).toBe(200);
		expect((await support.request("GET", "/api/v1/me")).statusCode).toBe(200);
	});
});
