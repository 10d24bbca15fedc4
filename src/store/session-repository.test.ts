import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { account, created } from "../../test/fixtures/accounts.ts";
import { healthyPlan } from "../../test/fixtures/plans.ts";
import { storeTargets } from "../../test/fixtures/stores.ts";
import { insertAccount } from "./account-repository.ts";
import type { Store } from "./open.ts";
import { writePlan } from "./plan-repository.ts";
import {
	clearSignInFailures,
	countSignInFailures,
	deleteExpiredSessions,
	deleteSession,
	deleteSignInFailuresBefore,
	findSession,
	insertSession,
	oldestSignInFailure,
	recordSignInFailure,
} from "./session-repository.ts";

describe.each(storeTargets)("session repository on $name", (target) => {
	let store: Store;
	beforeAll(async () => {
		if (!target.available) return;
		store = await target.open();
		await store.db.transaction().execute((trx) => writePlan(trx, healthyPlan()));
	});
	afterAll(async () => {
		await store?.close();
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
