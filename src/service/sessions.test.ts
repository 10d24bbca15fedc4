import { describe, expect, it } from "vitest";
import {
	minute,
	password,
	rejection,
	sha256,
	staff,
	tokenNamed,
} from "../../test/fixtures/accounts.ts";
import { useContext } from "../../test/fixtures/context.ts";
import { storeTargets } from "../../test/fixtures/stores.ts";
import type { KairosError } from "./errors.ts";
import { authenticateSession, forgetExpired, signIn, signOut } from "./sessions.ts";
import { createApiToken } from "./tokens.ts";

describe.each(storeTargets)("sessions on $name", (target) => {
	const fixture = useContext(target);

	it.skipIf(!target.available)(
		"signs in, and the session authenticates as the account",
		async () => {
			const clock = fixture.clock;
			clock.set("2027-05-03T08:00:00.000Z");
			const { id } = await staff(fixture.context, "liis@test.ee");
			const session = await signIn(fixture.context, {
				email: "LIIS@test.ee",
				password,
				address: "192.0.2.1",
			});
			expect(session.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
			expect(session.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
			expect(session.expiresAt).toBe("2027-05-03T20:00:00.000Z");
			expect(session.account).toMatchObject({
				id,
				email: "liis@test.ee",
				role: "manager",
				institutionId: "test-vc",
			});
			expect(session.account).not.toHaveProperty("passwordHash");

			const found = await authenticateSession(fixture.context, session.token);
			expect(found?.actor).toMatchObject({
				label: `account:${id}`,
				role: "manager",
				institutionId: "test-vc",
			});
			expect(found?.csrfToken).toBe(session.csrfToken);
			expect(found?.account.id).toBe(id);
			expect(await authenticateSession(fixture.context, `${session.token}x`)).toBeUndefined();
		},
	);

	it.skipIf(!target.available)(
		"stores only SHA-256 hashes of session and bearer tokens",
		async () => {
			const { id } = await staff(fixture.context, "anu@test.ee");
			const session = await signIn(fixture.context, {
				email: "anu@test.ee",
				password,
				address: "192.0.2.2",
			});
			const bearer = await createApiToken(fixture.context, id, tokenNamed("Moodle"));
			const sessions = await fixture.store.db.selectFrom("sessions").selectAll().execute();
			const tokens = await fixture.store.db.selectFrom("api_tokens").selectAll().execute();
			const stored = JSON.stringify([sessions, tokens]);
			expect(stored).not.toContain(session.token);
			expect(stored).not.toContain(bearer.token);
			expect(sessions.map((row) => row.token_hash)).toContain(sha256(session.token));
			expect(tokens.map((row) => row.token_hash)).toContain(sha256(bearer.token));
		},
	);

	it.skipIf(!target.available)("answers a wrong password and an unknown e-mail alike", async () => {
		await staff(fixture.context, "alike@test.ee");
		const address = "192.0.2.3";
		const wrongPassword = await rejection(
			signIn(fixture.context, { email: "alike@test.ee", password: `${password}?`, address }),
		);
		const unknownEmail = await rejection(
			signIn(fixture.context, { email: "nobody@test.ee", password, address }),
		);
		expect(wrongPassword.code).toBe("unauthorized");
		expect(unknownEmail.code).toBe("unauthorized");
		expect(unknownEmail.message).toBe(wrongPassword.message);
		expect(wrongPassword.message).toBe("wrong e-mail or password");
	});

	it.skipIf(!target.available)(
		"limits failed sign-ins per e-mail, even with the right password, and says when to retry",
		async () => {
			const clock = fixture.clock;
			clock.set("2027-05-03T08:00:00.000Z");
			await staff(fixture.context, "target@test.ee");
			for (let attempt = 0; attempt < 10; attempt++) {
				const error = await rejection(
					signIn(fixture.context, {
						email: "Target@test.ee",
						password: "guess guess guess",
						address: `203.0.113.${attempt}`,
					}),
				);
				expect(error.code).toBe("unauthorized");
				clock.advance(minute);
			}
			// Ten failures from ten addresses, the first at 08:00; it is now 08:10.
			const limited = await rejection(
				signIn(fixture.context, { email: "target@test.ee", password, address: "203.0.113.99" }),
			);
			expect(limited.code).toBe("rate_limited");
			expect(limited.retryAfter).toBe(5 * 60);

			clock.advance(5 * 60_000 - 1);
			expect(
				(
					await rejection(
						signIn(fixture.context, { email: "target@test.ee", password, address: "203.0.113.99" }),
					)
				).retryAfter,
			).toBe(1);
		},
	);

	it.skipIf(!target.available)("limits failed sign-ins per address", async () => {
		const clock = fixture.clock;
		clock.set("2027-05-03T08:00:00.000Z");
		await staff(fixture.context, "shared-desk@test.ee");
		const address = "2001:db8::1";
		for (let attempt = 0; attempt < 10; attempt++) {
			await rejection(
				signIn(fixture.context, { email: `guess-${attempt}@test.ee`, password, address }),
			);
		}
		clock.advance(minute);
		const limited = await rejection(
			signIn(fixture.context, { email: "shared-desk@test.ee", password, address }),
		);
		expect(limited.code).toBe("rate_limited");
		expect(limited.retryAfter).toBe(14 * 60);
		await expect(
			signIn(fixture.context, { email: "shared-desk@test.ee", password, address: "2001:db8::2" }),
		).resolves.toBeDefined();
	});

	it.skipIf(!target.available)(
		"lets sign-ins through again once the window has passed",
		async () => {
			const clock = fixture.clock;
			clock.set("2027-05-03T08:00:00.000Z");
			await staff(fixture.context, "patient@test.ee");
			const attempt = (secret: string) =>
				signIn(fixture.context, {
					email: "patient@test.ee",
					password: secret,
					address: "192.0.2.4",
				});
			for (let failure = 0; failure < 10; failure++) await rejection(attempt("not it at all"));
			expect((await rejection(attempt(password))).code).toBe("rate_limited");
			clock.advance(15 * minute - 1);
			expect((await rejection(attempt(password))).code).toBe("rate_limited");
			clock.advance(1);
			await expect(attempt(password)).resolves.toMatchObject({
				account: { email: "patient@test.ee" },
			});
		},
	);

	it.skipIf(!target.available)(
		"forgets the e-mail's failures after a successful sign-in",
		async () => {
			const clock = fixture.clock;
			clock.set("2027-05-03T08:00:00.000Z");
			await staff(fixture.context, "forgetful@test.ee");
			const attempt = (secret: string, address: string) =>
				signIn(fixture.context, { email: "forgetful@test.ee", password: secret, address });
			for (let failure = 0; failure < 9; failure++) {
				await rejection(attempt("not it at all", `192.0.2.${100 + failure}`));
			}
			await attempt(password, "192.0.2.200");
			for (let failure = 0; failure < 9; failure++) {
				await rejection(attempt("not it at all", `192.0.2.${110 + failure}`));
			}
			await expect(attempt(password, "192.0.2.201")).resolves.toBeDefined();
		},
	);

	it.skipIf(!target.available)("ends a session after 12 hours", async () => {
		const clock = fixture.clock;
		clock.set("2027-05-03T08:00:00.000Z");
		await staff(fixture.context, "night-shift@test.ee");
		const { token } = await signIn(fixture.context, {
			email: "night-shift@test.ee",
			password,
			address: "192.0.2.5",
		});
		clock.advance(12 * 60 * minute - 1);
		expect(await authenticateSession(fixture.context, token)).toBeDefined();
		clock.advance(1);
		expect(await authenticateSession(fixture.context, token)).toBeUndefined();
		await forgetExpired(fixture.context);
		const left = await fixture.store.db
			.selectFrom("sessions")
			.select("token_hash")
			.where("token_hash", "=", sha256(token))
			.execute();
		expect(left).toEqual([]);
	});

	it.skipIf(!target.available)("signs out", async () => {
		await staff(fixture.context, "leaving@test.ee");
		const credentials = { email: "leaving@test.ee", password, address: "192.0.2.7" };
		const first = await signIn(fixture.context, credentials);
		const second = await signIn(fixture.context, credentials);
		await signOut(fixture.context, first.token);
		expect(await authenticateSession(fixture.context, first.token)).toBeUndefined();
		expect(await authenticateSession(fixture.context, second.token)).toBeDefined();
	});

	it.skipIf(!target.available)(
		"counts 50 wrong passwords sent at once as 10 tries and refuses the other 40",
		async () => {
			await staff(fixture.context, "raced@test.ee");
			const outcomes = await Promise.all(
				Array.from({ length: 50 }, () =>
					signIn(fixture.context, {
						email: "raced@test.ee",
						password: "a wrong guess, fast",
						address: "192.0.2.50",
					}).then(
						() => "signed in",
						(error: KairosError) => error.code,
					),
				),
			);
			expect(tally(outcomes)).toEqual({ unauthorized: 10, rate_limited: 40 });
		},
	);

	it.skipIf(!target.available)(
		"lets the owner sign in on their device while guesses from elsewhere have locked the e-mail",
		async () => {
			const clock = fixture.clock;
			clock.set("2027-05-03T08:00:00.000Z");
			await staff(fixture.context, "owner@test.ee");
			const other = await staff(fixture.context, "colleague@test.ee");
			const owner = { email: "owner@test.ee", password, address: "192.0.2.10" };
			const { device } = await signIn(fixture.context, owner);
			expect(device.expiresAt).toBe("2028-05-02T08:00:00.000Z");
			const { device: colleaguesDevice } = await signIn(fixture.context, {
				email: other.email,
				password,
				address: "192.0.2.11",
			});
			for (let attempt = 0; attempt < 12; attempt++) {
				await rejection(
					signIn(fixture.context, {
						email: "owner@test.ee",
						password: "guess guess guess",
						address: `203.0.113.${attempt}`,
					}),
				);
			}
			const refused = (deviceCookie: string | undefined) =>
				rejection(signIn(fixture.context, { ...owner, deviceCookie })).then((error) => error.code);
			expect(await refused(undefined)).toBe("rate_limited");
			expect(await refused(`${device.value.slice(0, -1)}x`)).toBe("rate_limited");
			expect(await refused(colleaguesDevice.value)).toBe("rate_limited");
			await expect(
				signIn(fixture.context, { ...owner, deviceCookie: device.value }),
			).resolves.toMatchObject({ account: { email: "owner@test.ee" } });
			// A year later the cookie no longer counts.
			clock.advance(365 * 24 * 60 * minute);
			for (let attempt = 0; attempt < 10; attempt++) {
				await rejection(
					signIn(fixture.context, {
						email: "owner@test.ee",
						password: "guess guess guess",
						address: `203.0.113.${attempt}`,
					}),
				);
			}
			expect(await refused(device.value)).toBe("rate_limited");
		},
	);

	it.skipIf(!target.available)(
		"limits guesses made with a device cookie on that device alone",
		async () => {
			await staff(fixture.context, "own-device@test.ee");
			const credentials = { email: "own-device@test.ee", password, address: "192.0.2.12" };
			const { device } = await signIn(fixture.context, credentials);
			const onDevice = { ...credentials, deviceCookie: device.value };
			for (let attempt = 0; attempt < 10; attempt++) {
				const error = await rejection(
					signIn(fixture.context, { ...onDevice, password: "not it at all" }),
				);
				expect(error.code).toBe("unauthorized");
			}
			expect((await rejection(signIn(fixture.context, onDevice))).code).toBe("rate_limited");
			await expect(signIn(fixture.context, credentials)).resolves.toBeDefined();
		},
	);
});

/** How often each outcome occurs. */
function tally(outcomes: readonly string[]): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const outcome of outcomes) counts[outcome] = (counts[outcome] ?? 0) + 1;
	return counts;
}
