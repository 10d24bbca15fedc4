import { describe, expect, it } from "vitest";
import { account, created } from "../../test/fixtures/accounts.ts";
import { storeTargets, useStore } from "../../test/fixtures/stores.ts";
import { insertAccount } from "./account-repository.ts";
import {
	deleteExpiredSessions,
	deleteSession,
	findSession,
	insertSession,
} from "./session-repository.ts";

describe.each(storeTargets)("session repository on $name", (target) => {
	const fixture = useStore(target);

	it.skipIf(!target.available)("finds a session with its account until it expires", async () => {
		await insertAccount(fixture.store.db, account("session-owner"));
		const session = {
			tokenHash: "session-hash-1",
			accountId: "session-owner",
			csrfToken: "csrf-1",
			createdAt: created,
			expiresAt: "2027-05-03T20:00:00.000Z",
		};
		await insertSession(fixture.store.db, session);
		const found = await findSession(fixture.store.db, "session-hash-1", "2027-05-03T19:59:59.999Z");
		expect(found?.session).toEqual(session);
		expect(found?.account.id).toBe("session-owner");
		expect(found?.account).not.toHaveProperty("passwordHash");
		expect(
			await findSession(fixture.store.db, "session-hash-1", "2027-05-03T20:00:00.000Z"),
		).toBeUndefined();
		expect(await findSession(fixture.store.db, "unknown-hash", created)).toBeUndefined();
	});

	it.skipIf(!target.available)("deletes one session, or the expired ones", async () => {
		await insertAccount(fixture.store.db, account("leaver"));
		const base = { accountId: "leaver", csrfToken: "csrf", createdAt: created };
		await insertSession(fixture.store.db, {
			...base,
			tokenHash: "short",
			expiresAt: "2027-05-03T09:00:00.000Z",
		});
		await insertSession(fixture.store.db, {
			...base,
			tokenHash: "long",
			expiresAt: "2027-05-03T20:00:00.000Z",
		});
		await insertSession(fixture.store.db, {
			...base,
			tokenHash: "signed-out",
			expiresAt: "2027-05-03T20:00:00.000Z",
		});
		await deleteSession(fixture.store.db, "signed-out");
		expect(await findSession(fixture.store.db, "signed-out", created)).toBeUndefined();
		expect(
			await deleteExpiredSessions(fixture.store.db, "2027-05-03T10:00:00.000Z"),
		).toBeGreaterThan(0);
		const rows = await fixture.store.db
			.selectFrom("sessions")
			.select("token_hash")
			.where("account_id", "=", "leaver")
			.execute();
		expect(rows.map((row) => row.token_hash)).toEqual(["long"]);
	});
});
