import { describe, expect, it } from "vitest";
import { clockAt, minute, password, rejection, staff } from "../../test/fixtures/accounts.ts";
import { storeTargets, useStore } from "../../test/fixtures/stores.ts";
import { addAccount } from "./accounts.ts";
import { authenticateToken, createApiToken, listApiTokens, revokeApiToken } from "./tokens.ts";

describe.each(storeTargets)("tokens on $name", (target) => {
	const fixture = useStore(target);

	it.skipIf(!target.available)(
		"creates, authenticates, lists and revokes bearer tokens",
		async () => {
			const clock = clockAt("2027-05-03T08:00:00.000Z");
			const { id } = await addAccount(fixture.store.db, {
				email: "integrations@test.ee",
				role: "marketing",
				institutionId: "test-vc",
				password,
			});
			const created = await createApiToken(fixture.store.db, id, "  Website  ", clock.now);
			expect(created).toEqual({
				id: expect.any(String),
				name: "Website",
				token: expect.stringMatching(/^kairos_[A-Za-z0-9_-]{43}$/),
				createdAt: "2027-05-03T08:00:00.000Z",
			});
			const found = await authenticateToken(fixture.store.db, created.token, clock.now);
			expect(found?.actor).toMatchObject({
				label: `token:${created.id}`,
				role: "marketing",
				institutionId: "test-vc",
			});
			expect(found?.tokenId).toBe(created.id);
			expect(found?.account.email).toBe("integrations@test.ee");
			expect(
				await authenticateToken(fixture.store.db, "kairos_unknown", clock.now),
			).toBeUndefined();
			expect(
				await authenticateToken(fixture.store.db, created.token.slice(7), clock.now),
			).toBeUndefined();

			const listed = await listApiTokens(fixture.store.db, id);
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
			await revokeApiToken(fixture.store.db, id, created.id, clock.now);
			expect(await authenticateToken(fixture.store.db, created.token, clock.now)).toBeUndefined();
			expect((await listApiTokens(fixture.store.db, id))[0]?.revokedAt).toBe(
				"2027-05-03T08:01:00.000Z",
			);

			const unnamed = await rejection(createApiToken(fixture.store.db, id, "   "));
			expect(unnamed.code).toBe("validation_failed");
		},
	);

	it.skipIf(!target.available)("records a token's use at most once a minute", async () => {
		const clock = clockAt("2027-05-03T08:00:00.000Z");
		const { id } = await staff(fixture.store.db, "busy@test.ee");
		const { token } = await createApiToken(fixture.store.db, id, "Sync", clock.now);
		const lastUsed = async () => (await listApiTokens(fixture.store.db, id))[0]?.lastUsedAt;
		expect(await lastUsed()).toBeNull();
		await authenticateToken(fixture.store.db, token, clock.now);
		expect(await lastUsed()).toBe("2027-05-03T08:00:00.000Z");
		clock.advance(minute - 1);
		await authenticateToken(fixture.store.db, token, clock.now);
		expect(await lastUsed()).toBe("2027-05-03T08:00:00.000Z");
		clock.advance(1);
		await authenticateToken(fixture.store.db, token, clock.now);
		expect(await lastUsed()).toBe("2027-05-03T08:01:00.000Z");
	});

	it.skipIf(!target.available)("does not let another account revoke your token", async () => {
		const owner = await staff(fixture.store.db, "owner@test.ee");
		const other = await staff(fixture.store.db, "other@test.ee");
		const { id: tokenId, token } = await createApiToken(fixture.store.db, owner.id, "Reports");
		const error = await rejection(revokeApiToken(fixture.store.db, other.id, tokenId));
		expect(error.code).toBe("not_found");
		expect(await authenticateToken(fixture.store.db, token)).toBeDefined();
		expect(await listApiTokens(fixture.store.db, other.id)).toEqual([]);
		expect(
			(await rejection(revokeApiToken(fixture.store.db, owner.id, "no-such-token"))).code,
		).toBe("not_found");
	});
});
