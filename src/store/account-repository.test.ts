import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { healthyPlan } from "../../test/fixtures/plans.ts";
import { storeTargets } from "../../test/fixtures/stores.ts";
import {
	type AccountWithPassword,
	clearSignInFailures,
	countSignInFailures,
	deleteExpiredSessions,
	deleteSession,
	deleteSignInFailuresBefore,
	findAccountByEmail,
	findAccountById,
	findActiveToken,
	findSession,
	insertAccount,
	insertSession,
	insertToken,
	institutionExists,
	listAccounts,
	listTokens,
	oldestSignInFailure,
	recordSignInFailure,
	revokeToken,
	touchToken,
	updatePasswordHash,
} from "./account-repository.ts";
import type { Store } from "./open.ts";
import { writePlan } from "./plan-repository.ts";

const created = "2027-05-03T08:00:00.000Z";

function account(id: string, overrides: Partial<AccountWithPassword> = {}): AccountWithPassword {
	return {
		id,
		email: `${id}@test.ee`,
		name: `Account ${id}`,
		role: "manager",
		institutionId: "test-vc",
		passwordHash: `hash-of-${id}`,
		createdAt: created,
		...overrides,
	};
}

describe.each(storeTargets)("account repository on $name", (target) => {
	let store: Store;
	beforeAll(async () => {
		if (!target.available) return;
		store = await target.open();
		await store.db.transaction().execute((trx) => writePlan(trx, healthyPlan()));
		const other = healthyPlan();
		other.institution = { ...other.institution, id: "other-vc", name: "Other College" };
		await store.db.transaction().execute((trx) => writePlan(trx, other));
	});
	afterAll(async () => {
		await store?.close();
	});

	it.skipIf(!target.available)(
		"stores e-mails trimmed and lower-cased and finds them in any case",
		async () => {
			expect(await insertAccount(store.db, account("kadri", { email: "  Kadri@Test.EE " }))).toBe(
				true,
			);
			const found = await findAccountByEmail(store.db, "KADRI@test.ee ");
			expect(found).toEqual(account("kadri"));
			expect(await findAccountByEmail(store.db, "nobody@test.ee")).toBeUndefined();
		},
	);

	it.skipIf(!target.available)("finds an account by id without its password hash", async () => {
		await insertAccount(store.db, account("mart"));
		const { passwordHash: _, ...withoutHash } = account("mart");
		expect(await findAccountById(store.db, "mart")).toEqual(withoutHash);
		expect(await findAccountById(store.db, "nobody")).toBeUndefined();
	});

	it.skipIf(!target.available)("inserts nothing when the e-mail is taken", async () => {
		await insertAccount(store.db, account("liis"));
		expect(await insertAccount(store.db, account("liis-again", { email: "LIIS@test.ee" }))).toBe(
			false,
		);
		expect(await findAccountById(store.db, "liis-again")).toBeUndefined();
	});

	it.skipIf(!target.available)("replaces a password hash", async () => {
		await insertAccount(store.db, account("anu"));
		expect(await updatePasswordHash(store.db, "anu", "new-hash")).toBe(true);
		expect((await findAccountByEmail(store.db, "anu@test.ee"))?.passwordHash).toBe("new-hash");
		expect(await updatePasswordHash(store.db, "nobody", "new-hash")).toBe(false);
	});

	it.skipIf(!target.available)(
		"lists one institution's accounts, or every account for null",
		async () => {
			await insertAccount(
				store.db,
				account("root", { role: "admin", institutionId: null, email: "root@kairos.ee" }),
			);
			await insertAccount(store.db, account("zed", { institutionId: "other-vc" }));
			await insertAccount(store.db, account("amy", { institutionId: "other-vc" }));
			const theirs = await listAccounts(store.db, "other-vc");
			expect(theirs.map((found) => found.email)).toEqual(["amy@test.ee", "zed@test.ee"]);
			expect(theirs[0]).not.toHaveProperty("passwordHash");
			const all = (await listAccounts(store.db, null)).map((found) => found.email);
			expect(all).toEqual(expect.arrayContaining(["root@kairos.ee", "amy@test.ee", "zed@test.ee"]));
		},
	);

	it.skipIf(!target.available)("knows which institutions exist", async () => {
		expect(await institutionExists(store.db, "test-vc")).toBe(true);
		expect(await institutionExists(store.db, "nowhere-vc")).toBe(false);
	});

	it.skipIf(!target.available)("finds a session with its account until it expires", async () => {
		await insertAccount(store.db, account("session-owner"));
		const session = {
			tokenHash: "session-hash-1",
			accountId: "session-owner",
			csrfToken: "csrf-1",
			createdAt: created,
			expiresAt: "2027-05-03T20:00:00.000Z",
		};
		await insertSession(store.db, session);
		const found = await findSession(store.db, "session-hash-1", "2027-05-03T19:59:59.999Z");
		expect(found?.session).toEqual(session);
		expect(found?.account.id).toBe("session-owner");
		expect(found?.account).not.toHaveProperty("passwordHash");
		expect(
			await findSession(store.db, "session-hash-1", "2027-05-03T20:00:00.000Z"),
		).toBeUndefined();
		expect(await findSession(store.db, "unknown-hash", created)).toBeUndefined();
	});

	it.skipIf(!target.available)("deletes one session, or the expired ones", async () => {
		await insertAccount(store.db, account("leaver"));
		const base = { accountId: "leaver", csrfToken: "csrf", createdAt: created };
		await insertSession(store.db, {
			...base,
			tokenHash: "short",
			expiresAt: "2027-05-03T09:00:00.000Z",
		});
		await insertSession(store.db, {
			...base,
			tokenHash: "long",
			expiresAt: "2027-05-03T20:00:00.000Z",
		});
		await insertSession(store.db, {
			...base,
			tokenHash: "signed-out",
			expiresAt: "2027-05-03T20:00:00.000Z",
		});
		await deleteSession(store.db, "signed-out");
		expect(await findSession(store.db, "signed-out", created)).toBeUndefined();
		expect(await deleteExpiredSessions(store.db, "2027-05-03T10:00:00.000Z")).toBeGreaterThan(0);
		const rows = await store.db
			.selectFrom("sessions")
			.select("token_hash")
			.where("account_id", "=", "leaver")
			.execute();
		expect(rows.map((row) => row.token_hash)).toEqual(["long"]);
	});

	it.skipIf(!target.available)(
		"finds unrevoked tokens, touches them and lets only the owner revoke them",
		async () => {
			await insertAccount(store.db, account("integrator"));
			await insertAccount(store.db, account("stranger"));
			const token = {
				id: "token-1",
				accountId: "integrator",
				name: "Moodle",
				tokenHash: "token-hash-1",
				createdAt: created,
			};
			await insertToken(store.db, token);
			const found = await findActiveToken(store.db, "token-hash-1");
			expect(found?.token).toEqual({
				id: "token-1",
				accountId: "integrator",
				name: "Moodle",
				createdAt: created,
				lastUsedAt: null,
				revokedAt: null,
			});
			expect(found?.account.name).toBe("Account integrator");

			await touchToken(store.db, "token-1", "2027-05-03T09:00:00.000Z");
			expect((await listTokens(store.db, "integrator"))[0]?.lastUsedAt).toBe(
				"2027-05-03T09:00:00.000Z",
			);

			expect(await revokeToken(store.db, "token-1", "stranger", "2027-05-03T10:00:00.000Z")).toBe(
				false,
			);
			expect(await findActiveToken(store.db, "token-hash-1")).toBeDefined();
			expect(await revokeToken(store.db, "token-1", "integrator", "2027-05-03T10:00:00.000Z")).toBe(
				true,
			);
			expect(await revokeToken(store.db, "token-1", "integrator", "2027-05-03T11:00:00.000Z")).toBe(
				true,
			);
			expect(await findActiveToken(store.db, "token-hash-1")).toBeUndefined();
			expect(await listTokens(store.db, "integrator")).toEqual([
				{
					...found?.token,
					lastUsedAt: "2027-05-03T09:00:00.000Z",
					revokedAt: "2027-05-03T10:00:00.000Z",
				},
			]);
			expect(await listTokens(store.db, "stranger")).toEqual([]);
		},
	);

	it.skipIf(!target.available)("counts sign-in failures per key within a window", async () => {
		const key = "email:counted@test.ee";
		for (const minute of [0, 5, 10]) {
			await recordSignInFailure(
				store.db,
				key,
				`2027-05-03T08:${String(minute).padStart(2, "0")}:00.000Z`,
			);
		}
		await recordSignInFailure(store.db, "address:192.0.2.1", "2027-05-03T08:05:00.000Z");
		expect(await countSignInFailures(store.db, key, "2027-05-03T07:59:00.000Z")).toBe(3);
		expect(await countSignInFailures(store.db, key, "2027-05-03T08:00:00.000Z")).toBe(2);
		expect(await oldestSignInFailure(store.db, key, "2027-05-03T08:00:00.000Z")).toBe(
			"2027-05-03T08:05:00.000Z",
		);
		expect(await oldestSignInFailure(store.db, key, "2027-05-03T08:10:00.000Z")).toBeUndefined();

		await clearSignInFailures(store.db, key);
		expect(await countSignInFailures(store.db, key, "2027-05-03T00:00:00.000Z")).toBe(0);
		expect(
			await countSignInFailures(store.db, "address:192.0.2.1", "2027-05-03T00:00:00.000Z"),
		).toBe(1);
		expect(await deleteSignInFailuresBefore(store.db, "2027-05-03T08:05:00.000Z")).toBe(1);
		expect(
			await countSignInFailures(store.db, "address:192.0.2.1", "2027-05-03T00:00:00.000Z"),
		).toBe(0);
	});
});
