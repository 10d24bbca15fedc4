import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { healthyPlan } from "../../test/fixtures/plans.ts";
import { storeTargets } from "../../test/fixtures/stores.ts";
import type { Store } from "../store/open.ts";
import { writePlan } from "../store/plan-repository.ts";
import {
	accountIdOf,
	addAccount,
	authenticateSession,
	authenticateToken,
	createApiToken,
	forgetExpired,
	generatePassword,
	hashPassword,
	listApiTokens,
	revokeApiToken,
	signIn,
	signOut,
	verifyPassword,
} from "./accounts.ts";
import { commandLine } from "./actor.ts";
import { KairosError } from "./errors.ts";

const password = "correct horse battery staple";
const minute = 60_000;

/** A clock the test moves by hand. */
function clockAt(iso: string) {
	let time = Date.parse(iso);
	return {
		now: () => new Date(time),
		advance(ms: number) {
			time += ms;
		},
	};
}

/** The KairosError a promise rejects with; fails the test when it resolves or throws another. */
async function rejection(promise: Promise<unknown>): Promise<KairosError> {
	const error = await promise.then(
		() => undefined,
		(reason: unknown) => reason,
	);
	expect(error).toBeInstanceOf(KairosError);
	return error as KairosError;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe.each(storeTargets)("accounts on $name", (target) => {
	let store: Store;
	beforeAll(async () => {
		if (!target.available) return;
		store = await target.open();
		await store.db.transaction().execute((trx) => writePlan(trx, healthyPlan()));
	});
	afterAll(async () => {
		await store?.close();
	});

	const staff = (email: string) =>
		addAccount(store.db, { email, role: "manager", institutionId: "test-vc", password });

	it.skipIf(!target.available)(
		"creates an administrator without an institution and staff in an existing one",
		async () => {
			const admin = await addAccount(store.db, {
				email: " Root@Kairos.EE ",
				name: "Root",
				role: "admin",
				institutionId: null,
				password,
			});
			expect(admin).toEqual({
				id: expect.stringMatching(/^[0-9a-f-]{36}$/),
				email: "root@kairos.ee",
				role: "admin",
				institutionId: null,
			});
			const manager = await staff("kadri@test.ee");
			expect(manager).toMatchObject({ role: "manager", institutionId: "test-vc" });
			expect(manager.id).not.toBe(admin.id);
		},
	);

	it.skipIf(!target.available)(
		"refuses an administrator with an institution and staff without one or with an unknown one",
		async () => {
			const cases = [
				{ role: "admin", institutionId: "test-vc" },
				{ role: "viewer", institutionId: null },
				{ role: "pedagogy", institutionId: "nowhere-vc" },
			] as const;
			for (const [index, { role, institutionId }] of cases.entries()) {
				const email = `misplaced-${index}@test.ee`;
				const error = await rejection(
					addAccount(store.db, { email, role, institutionId, password }),
				);
				expect(error.code).toBe("validation_failed");
				expect(error.problems.map((problem) => problem.path)).toEqual(["institutionId"]);
			}
			const unknownRole = await rejection(
				addAccount(store.db, {
					email: "boss@test.ee",
					role: "owner" as "admin",
					institutionId: null,
					password,
				}),
			);
			expect(unknownRole.problems.map((problem) => problem.path)).toEqual(["role"]);
		},
	);

	it.skipIf(!target.available)("refuses a duplicate e-mail in any letter case", async () => {
		await staff("mart@test.ee");
		const error = await rejection(staff("  MART@Test.ee"));
		expect(error.code).toBe("conflict");
	});

	it.skipIf(!target.available)(
		"refuses a short password and a malformed e-mail, naming each",
		async () => {
			const error = await rejection(
				addAccount(store.db, {
					email: "not an address",
					role: "viewer",
					institutionId: "test-vc",
					password: "elevenchars",
				}),
			);
			expect(error.code).toBe("validation_failed");
			expect(error.problems.map((problem) => problem.path)).toEqual(["email", "password"]);
			await expect(
				addAccount(store.db, {
					email: "twelve@test.ee",
					role: "viewer",
					institutionId: "test-vc",
					password: "twelve chars",
				}),
			).resolves.toMatchObject({ email: "twelve@test.ee" });
		},
	);

	it.skipIf(!target.available)("stores an argon2id hash that is never the password", async () => {
		const { id } = await staff("hashed@test.ee");
		const row = await store.db
			.selectFrom("accounts")
			.select("password_hash")
			.where("id", "=", id)
			.executeTakeFirstOrThrow();
		expect(row.password_hash).toMatch(/^\$argon2id\$/);
		expect(row.password_hash).not.toContain(password);
		expect(await verifyPassword(row.password_hash, password)).toBe(true);
		expect(await verifyPassword(row.password_hash, `${password}!`)).toBe(false);
		// A fresh salt each time: equal passwords do not show in the table.
		expect(await hashPassword(password)).not.toBe(await hashPassword(password));
	});

	it.skipIf(!target.available)(
		"generates readable one-time passwords that accounts accept",
		async () => {
			const first = generatePassword();
			expect(first.length).toBeGreaterThanOrEqual(16);
			expect(first).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){4}$/);
			expect(generatePassword()).not.toBe(first);
			await addAccount(store.db, {
				email: "onetime@test.ee",
				role: "support",
				institutionId: "test-vc",
				password: first,
			});
			await expect(
				signIn(store.db, { email: "onetime@test.ee", password: first, address: "192.0.2.6" }),
			).resolves.toBeDefined();
		},
	);

	it.skipIf(!target.available)(
		"signs in, and the session authenticates as the account",
		async () => {
			const clock = clockAt("2027-05-03T08:00:00.000Z");
			const { id } = await staff("liis@test.ee");
			const session = await signIn(
				store.db,
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

			const found = await authenticateSession(store.db, session.token, clock.now);
			expect(found?.actor).toMatchObject({
				label: `account:${id}`,
				role: "manager",
				institutionId: "test-vc",
			});
			expect(found?.csrfToken).toBe(session.csrfToken);
			expect(found?.account.id).toBe(id);
			expect(await authenticateSession(store.db, `${session.token}x`, clock.now)).toBeUndefined();
		},
	);

	it.skipIf(!target.available)(
		"stores only SHA-256 hashes of session and bearer tokens",
		async () => {
			const { id } = await staff("anu@test.ee");
			const session = await signIn(store.db, {
				email: "anu@test.ee",
				password,
				address: "192.0.2.2",
			});
			const bearer = await createApiToken(store.db, id, "Moodle");
			const sessions = await store.db.selectFrom("sessions").selectAll().execute();
			const tokens = await store.db.selectFrom("api_tokens").selectAll().execute();
			const stored = JSON.stringify([sessions, tokens]);
			expect(stored).not.toContain(session.token);
			expect(stored).not.toContain(bearer.token);
			expect(sessions.map((row) => row.token_hash)).toContain(sha256(session.token));
			expect(tokens.map((row) => row.token_hash)).toContain(sha256(bearer.token));
		},
	);

	it.skipIf(!target.available)("answers a wrong password and an unknown e-mail alike", async () => {
		await staff("alike@test.ee");
		const address = "192.0.2.3";
		const wrongPassword = await rejection(
			signIn(store.db, { email: "alike@test.ee", password: `${password}?`, address }),
		);
		const unknownEmail = await rejection(
			signIn(store.db, { email: "nobody@test.ee", password, address }),
		);
		expect(wrongPassword.code).toBe("unauthorized");
		expect(unknownEmail.code).toBe("unauthorized");
		expect(unknownEmail.message).toBe(wrongPassword.message);
		expect(wrongPassword.message).toBe("wrong e-mail or password");
	});

	it.skipIf(!target.available)(
		"spends about as long on an unknown e-mail as on a wrong password",
		async () => {
			await staff("timed@test.ee");
			const time = async (email: string, address: string) => {
				const start = performance.now();
				await rejection(signIn(store.db, { email, password: "wrong password!", address }));
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
			await staff("target@test.ee");
			for (let attempt = 0; attempt < 10; attempt++) {
				const error = await rejection(
					signIn(
						store.db,
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
				signIn(store.db, { email: "target@test.ee", password, address: "203.0.113.99" }, clock.now),
			);
			expect(limited.code).toBe("rate_limited");
			expect(limited.retryAfter).toBe(5 * 60);

			clock.advance(5 * 60_000 - 1);
			expect(
				(
					await rejection(
						signIn(
							store.db,
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
		await staff("shared-desk@test.ee");
		const address = "2001:db8::1";
		for (let attempt = 0; attempt < 10; attempt++) {
			await rejection(
				signIn(store.db, { email: `guess-${attempt}@test.ee`, password, address }, clock.now),
			);
		}
		clock.advance(minute);
		const limited = await rejection(
			signIn(store.db, { email: "shared-desk@test.ee", password, address }, clock.now),
		);
		expect(limited.code).toBe("rate_limited");
		expect(limited.retryAfter).toBe(14 * 60);
		await expect(
			signIn(
				store.db,
				{ email: "shared-desk@test.ee", password, address: "2001:db8::2" },
				clock.now,
			),
		).resolves.toBeDefined();
	});

	it.skipIf(!target.available)(
		"lets sign-ins through again once the window has passed",
		async () => {
			const clock = clockAt("2027-05-03T08:00:00.000Z");
			await staff("patient@test.ee");
			const attempt = (secret: string) =>
				signIn(
					store.db,
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
			await staff("forgetful@test.ee");
			const attempt = (secret: string, address: string) =>
				signIn(store.db, { email: "forgetful@test.ee", password: secret, address }, clock.now);
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
		await staff("night-shift@test.ee");
		const { token } = await signIn(
			store.db,
			{ email: "night-shift@test.ee", password, address: "192.0.2.5" },
			clock.now,
		);
		clock.advance(12 * 60 * minute - 1);
		expect(await authenticateSession(store.db, token, clock.now)).toBeDefined();
		clock.advance(1);
		expect(await authenticateSession(store.db, token, clock.now)).toBeUndefined();
		await forgetExpired(store.db, clock.now);
		const left = await store.db
			.selectFrom("sessions")
			.select("token_hash")
			.where("token_hash", "=", sha256(token))
			.execute();
		expect(left).toEqual([]);
	});

	it.skipIf(!target.available)("signs out", async () => {
		await staff("leaving@test.ee");
		const credentials = { email: "leaving@test.ee", password, address: "192.0.2.7" };
		const first = await signIn(store.db, credentials);
		const second = await signIn(store.db, credentials);
		await signOut(store.db, first.token);
		expect(await authenticateSession(store.db, first.token)).toBeUndefined();
		expect(await authenticateSession(store.db, second.token)).toBeDefined();
	});

	it.skipIf(!target.available)(
		"creates, authenticates, lists and revokes bearer tokens",
		async () => {
			const clock = clockAt("2027-05-03T08:00:00.000Z");
			const { id } = await addAccount(store.db, {
				email: "integrations@test.ee",
				role: "marketing",
				institutionId: "test-vc",
				password,
			});
			const created = await createApiToken(store.db, id, "  Website  ", clock.now);
			expect(created).toEqual({
				id: expect.any(String),
				name: "Website",
				token: expect.stringMatching(/^kairos_[A-Za-z0-9_-]{43}$/),
				createdAt: "2027-05-03T08:00:00.000Z",
			});
			const found = await authenticateToken(store.db, created.token, clock.now);
			expect(found?.actor).toMatchObject({
				label: `token:${created.id}`,
				role: "marketing",
				institutionId: "test-vc",
			});
			expect(found?.tokenId).toBe(created.id);
			expect(found?.account.email).toBe("integrations@test.ee");
			expect(await authenticateToken(store.db, "kairos_unknown", clock.now)).toBeUndefined();
			expect(await authenticateToken(store.db, created.token.slice(7), clock.now)).toBeUndefined();

			const listed = await listApiTokens(store.db, id);
			expect(listed).toEqual([
				{
					id: created.id,
					name: "Website",
					createdAt: "2027-05-03T08:00:00.000Z",
					lastUsedAt: "2027-05-03T08:00:00.000Z",
					revokedAt: null,
				},
			]);

			clock.advance(minute);
			await revokeApiToken(store.db, id, created.id, clock.now);
			expect(await authenticateToken(store.db, created.token, clock.now)).toBeUndefined();
			expect((await listApiTokens(store.db, id))[0]?.revokedAt).toBe("2027-05-03T08:01:00.000Z");

			const unnamed = await rejection(createApiToken(store.db, id, "   "));
			expect(unnamed.code).toBe("validation_failed");
		},
	);

	it.skipIf(!target.available)("records a token's use at most once a minute", async () => {
		const clock = clockAt("2027-05-03T08:00:00.000Z");
		const { id } = await staff("busy@test.ee");
		const { token } = await createApiToken(store.db, id, "Sync", clock.now);
		const lastUsed = async () => (await listApiTokens(store.db, id))[0]?.lastUsedAt;
		expect(await lastUsed()).toBeNull();
		await authenticateToken(store.db, token, clock.now);
		expect(await lastUsed()).toBe("2027-05-03T08:00:00.000Z");
		clock.advance(minute - 1);
		await authenticateToken(store.db, token, clock.now);
		expect(await lastUsed()).toBe("2027-05-03T08:00:00.000Z");
		clock.advance(1);
		await authenticateToken(store.db, token, clock.now);
		expect(await lastUsed()).toBe("2027-05-03T08:01:00.000Z");
	});

	it.skipIf(!target.available)("does not let another account revoke your token", async () => {
		const owner = await staff("owner@test.ee");
		const other = await staff("other@test.ee");
		const { id: tokenId, token } = await createApiToken(store.db, owner.id, "Reports");
		const error = await rejection(revokeApiToken(store.db, other.id, tokenId));
		expect(error.code).toBe("not_found");
		expect(await authenticateToken(store.db, token)).toBeDefined();
		expect(await listApiTokens(store.db, other.id)).toEqual([]);
		expect((await rejection(revokeApiToken(store.db, owner.id, "no-such-token"))).code).toBe(
			"not_found",
		);
	});

	it.skipIf(!target.available)("names the account behind a session or token actor", async () => {
		const { id } = await staff("actor@test.ee");
		const session = await signIn(store.db, {
			email: "actor@test.ee",
			password,
			address: "192.0.2.8",
		});
		const { token } = await createApiToken(store.db, id, "CLI");
		const bySession = await authenticateSession(store.db, session.token);
		const byToken = await authenticateToken(store.db, token);
		expect(bySession && accountIdOf(bySession.actor)).toBe(id);
		expect(byToken && accountIdOf(byToken.actor)).toBe(id);
		expect(() => accountIdOf(commandLine)).toThrow(KairosError);
	});
});
