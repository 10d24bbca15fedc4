import { describe, expect, it } from "vitest";
import { account, created } from "../../test/fixtures/accounts.ts";
import { storeTargets, useStore } from "../../test/fixtures/stores.ts";
import { insertAccount, updateDisabledAt } from "./account-repository.ts";
import {
	findActiveToken,
	insertToken,
	listTokens,
	revokeToken,
	touchToken,
} from "./token-repository.ts";

const later = "2027-08-01T08:00:00.000Z";

describe.each(storeTargets)("token repository on $name", (target) => {
	const fixture = useStore(target);

	it.skipIf(!target.available)(
		"finds unrevoked tokens, touches them and lets only the owner revoke them",
		async () => {
			await insertAccount(fixture.store.db, account("integrator"));
			await insertAccount(fixture.store.db, account("stranger"));
			const token = {
				id: "token-1",
				accountId: "integrator",
				name: "Moodle",
				tokenHash: "token-hash-1",
				createdAt: created,
				scope: "read",
				expiresAt: later,
			};
			await insertToken(fixture.store.db, token);
			const found = await findActiveToken(fixture.store.db, "token-hash-1", created);
			expect(found?.token).toEqual({
				id: "token-1",
				accountId: "integrator",
				name: "Moodle",
				createdAt: created,
				lastUsedAt: null,
				revokedAt: null,
				scope: "read",
				expiresAt: later,
			});
			expect(found?.account.name).toBe("Account integrator");

			await touchToken(fixture.store.db, "token-1", "2027-05-03T09:00:00.000Z");
			expect((await listTokens(fixture.store.db, "integrator"))[0]?.lastUsedAt).toBe(
				"2027-05-03T09:00:00.000Z",
			);

			expect(
				await revokeToken(fixture.store.db, "token-1", "stranger", "2027-05-03T10:00:00.000Z"),
			).toBe(false);
			expect(await findActiveToken(fixture.store.db, "token-hash-1", created)).toBeDefined();
			expect(
				await revokeToken(fixture.store.db, "token-1", "integrator", "2027-05-03T10:00:00.000Z"),
			).toBe(true);
			expect(
				await revokeToken(fixture.store.db, "token-1", "integrator", "2027-05-03T11:00:00.000Z"),
			).toBe(true);
			expect(await findActiveToken(fixture.store.db, "token-hash-1", created)).toBeUndefined();
			expect(await listTokens(fixture.store.db, "integrator")).toEqual([
				{
					...found?.token,
					lastUsedAt: "2027-05-03T09:00:00.000Z",
					revokedAt: "2027-05-03T10:00:00.000Z",
				},
			]);
			expect(await listTokens(fixture.store.db, "stranger")).toEqual([]);
		},
	);

	it.skipIf(!target.available)(
		"finds no token once it has expired or its account is disabled",
		async () => {
			await insertAccount(fixture.store.db, account("expiring"));
			await insertToken(fixture.store.db, {
				id: "token-2",
				accountId: "expiring",
				name: "Sync",
				tokenHash: "token-hash-2",
				createdAt: created,
				scope: "read-write",
				expiresAt: later,
			});
			const before = "2027-08-01T07:59:59.999Z";
			expect(await findActiveToken(fixture.store.db, "token-hash-2", before)).toBeDefined();
			expect(await findActiveToken(fixture.store.db, "token-hash-2", later)).toBeUndefined();
			await updateDisabledAt(fixture.store.db, "expiring", created);
			expect(await findActiveToken(fixture.store.db, "token-hash-2", before)).toBeUndefined();
		},
	);
});
