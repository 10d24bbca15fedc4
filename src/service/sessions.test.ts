import { describe, expect, it } from "vitest";
import {
	clockAt,
	minute,
	password,
	rejection,
	sha256,
	staff,
} from "../../test/fixtures/accounts.ts";
import { storeTargets, useStore } from "../../test/fixtures/stores.ts";
import { authenticateSession, forgetExpired, signIn, signOut } from "./sessions.ts";
import { createApiToken } from "./tokens.ts";

describe.each(storeTargets)("sessions on $name", (target) => {
	const fixture = useStore(target);

	it.skipIf(!target.available)(
		"signs in, and the session authenticates as the account",
		async () => {
			const clock = clockAt("2027-05-03T08:00:00.000Z");
			const { id } = await staff(fixture.store.db, "liis@test.ee");
			const session = await signIn(
				fixture.store.db,
				{ email: "LIIS@test.ee", password, address: "192.0.2.1" },
				clock.now,
			);
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

			const found = await authenticateSession(fixture.store.db, session.token, clock.now);
			expect(found?.actor).toMatchObject({
				label: `account:${id}`,
				role: "manager",
				institutionId: "test-vc",
			});
			expect(found?.csrfToken).toBe(session.csrfToken);
			expect(found?.account.id).toBe(id);
			expect(
				await authenticateSession(fixture.store.db, `${session.token}x`, clock.now),
			).toBeUndefined();
		},
	);

	it.skipIf(!target.available)(
		"stores only SHA-256 hashes of session and bearer tokens",
		async () => {
			const { id } = await staff(fixture.store.db, "anu@test.ee");
			const session = await signIn(fixture.store.db, {
				email: "anu@test.ee",
				password,
				address: "192.0.2.2",
			});
			const bearer = await createApiToken(fixture.store.db, id, "Moodle");
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
		await staff(fixture.store.db, "alike@test.ee");
		const address = "192.0.2.3";
		const wrongPassword = await rejection(
			signIn(fixture.store.db, { email: "alike@test.ee", password: `${password}?`, address }),
		);
		const unknownEmail = await rejection(
			signIn(fixture.store.db, { email: "nobody@test.ee", password, address }),
		);
		expect(wrongPassword.code).toBe("unauthorized");
		expect(unknownEmail.code).toBe("unauthorized");
		expect(unknownEmail.message).toBe(wrongPassword.message);
		expect(wrongPassword.message).toBe("wrong e-mail or password");
	});

	it.skipIf(!target.available)(
		"spends about as long on an unknown e-mail as on a wrong password",
		async () => {
			await staff(fixture.store.db, "timed@test.ee");
			const time = async (email: string, address: string) => {
				const start = performance.now();
				await rejection(signIn(fixture.store.db, { email, password: "wrong password!", address }));
				return performance.now() - start;
			};
			// Warm up: the dummy hash is made on first use.
			await time("warm-up@test.ee", "198.51.100.1");
			let known = 0;
			let unknown = 0;
			for (let round = 0; round < 3; round++) {
				known += await time("timed@test.ee", `198.51.100.${10 + round}`);
				unknown += await time(`ghost-${round}@test.ee`, `198.51.100.${20 + round}`);
			}
			// Without the dummy verification an unknown e-mail answers many times faster.
			expect(unknown).toBeGreaterThan(known / 3);
		},
	);

	it.skipIf(!target.available)(
		"limits failed sign-ins per e-mail, even with the right password, and says when to retry",
		async () => {
			const clock = clockAt("2027-05-03T08:00:00.000Z");
			await staff(fixture.store.db, "target@test.ee");
			for (let attempt = 0; attempt < 10; attempt++) {
				const error = await rejection(
					signIn(
						fixture.store.db,
						{
							email: "Target@test.ee",
							password: "guess guess guess",
							address: `203.0.113.${attempt}`,
						},
						clock.now,
					),
				);
				expect(error.code).toBe("unauthorized");
				clock.advance(minute);
			}
			// Ten failures from ten addresses, the first at 08:00; it is now 08:10.
			const limited = await rejection(
				signIn(
					fixture.store.db,
					{ email: "target@test.ee", password, address: "203.0.113.99" },
					clock.now,
				),
			);
			expect(limited.code).toBe("rate_limited");
			expect(limited.retryAfter).toBe(5 * 60);

			clock.advance(5 * 60_000 - 1);
			expect(
				(
					await rejection(
						signIn(
							fixture.store.db,
							{ email: "target@test.ee", password, address: "203.0.113.99" },
							clock.now,
						),
					)
				).retryAfter,
			).toBe(1);
		},
	);

	it.skipIf(!target.available)("limits failed sign-ins per address", async () => {
		const clock = clockAt("2027-05-03T08:00:00.000Z");
		await staff(fixture.store.db, "shared-desk@test.ee");
		const address = "2001:db8::1";
		for (let attempt = 0; attempt < 10; attempt++) {
			await rejection(
				signIn(
					fixture.store.db,
					{ email: `guess-${attempt}@test.ee`, password, address },
					clock.now,
				),
			);
		}
		clock.advance(minute);
		const limited = await rejection(
			signIn(fixture.store.db, { email: "shared-desk@test.ee", password, address }, clock.now),
		);
		expect(limited.code).toBe("rate_limited");
		expect(limited.retryAfter).toBe(14 * 60);
		await expect(
			signIn(
				fixture.store.db,
				{ email: "shared-desk@test.ee", password, address: "2001:db8::2" },
				clock.now,
			),
		).resolves.toBeDefined();
	});

	it.skipIf(!target.available)(
		"lets sign-ins through again once the window has passed",
		async () => {
			const clock = clockAt("2027-05-03T08:00:00.000Z");
			await staff(fixture.store.db, "patient@test.ee");
			const attempt = (secret: string) =>
				signIn(
					fixture.store.db,
					{ email: "patient@test.ee", password: secret, address: "192.0.2.4" },
					clock.now,
				);
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
			const clock = clockAt("2027-05-03T08:00:00.000Z");
			await staff(fixture.store.db, "forgetful@test.ee");
			const attempt = (secret: string, address: string) =>
				signIn(
					fixture.store.db,
					{ email: "forgetful@test.ee", password: secret, address },
					clock.now,
				);
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
		const clock = clockAt("2027-05-03T08:00:00.000Z");
		await staff(fixture.store.db, "night-shift@test.ee");
		const { token } = await signIn(
			fixture.store.db,
			{ email: "night-shift@test.ee", password, address: "192.0.2.5" },
			clock.now,
		);
		clock.advance(12 * 60 * minute - 1);
		expect(await authenticateSession(fixture.store.db, token, clock.now)).toBeDefined();
		clock.advance(1);
		expect(await authenticateSession(fixture.store.db, token, clock.now)).toBeUndefined();
		await forgetExpired(fixture.store.db, clock.now);
		const left = await fixture.store.db
			.selectFrom("sessions")
			.select("token_hash")
			.where("token_hash", "=", sha256(token))
			.execute();
		expect(left).toEqual([]);
	});

	it.skipIf(!target.available)("signs out", async () => {
		await staff(fixture.store.db, "leaving@test.ee");
		const credentials = { email: "leaving@test.ee", password, address: "192.0.2.7" };
		const first = await signIn(fixture.store.db, credentials);
		const second = await signIn(fixture.store.db, credentials);
		await signOut(fixture.store.db, first.token);
		expect(await authenticateSession(fixture.store.db, first.token)).toBeUndefined();
		expect(await authenticateSession(fixture.store.db, second.token)).toBeDefined();
	});
});
