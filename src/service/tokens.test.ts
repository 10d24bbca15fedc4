import { describe, expect, it } from "vitest";
import { minute, password, rejection, staff } from "../../test/fixtures/accounts.ts";
import { useContext } from "../../test/fixtures/context.ts";
import { storeTargets } from "../../test/fixtures/stores.ts";
import { addAccount } from "./accounts.ts";
import { authenticateToken, createApiToken, listApiTokens, revokeApiToken } from "./tokens.ts";

describe.each(storeTargets)("tokens on $name", (target) => {
	const fixture = useContext(target);

	it.skipIf(!target.available)(
		"creates, authenticates, lists and revokes bearer tokens",
		async () => {
			const clock = fixture.clock;
			clock.set("2027-05-03T08:00:00.000Z");
			const { id } = await addAccount(fixture.context, {
				email: "integrations@test.ee",
				role: "marketing",
				institutionId: "test-vc",
				password,
			});
			const created = await createApiToken(fixture.context, id, "  Website  ");
			expect(created).toEqual({
				id: expect.any(String),
				name: "Website",
				token: expect.stringMatching(/^kairos_[A-Za-z0-9_-]{43}$/),
				createdAt: "2027-05-03T08:00:00.000Z",
			});
			const found = await authenticateToken(fixture.context, created.token);
			expect(found?.actor).toMatchObject({
				label: `token:${created.id}`,
				role: "marketing",
				institutionId: "test-vc",
			});
			expect(found?.tokenId).toBe(created.id);
			expect(found?.account.email).toBe("integrations@test.ee");
			expect(await authenticateToken(fixture.context, "kairos_unknown")).toBeUndefined();
			expect(await authenticateToken(fixture.context, created.token.slice(7))).toBeUndefined();

			const listed = await listApiTokens(fixture.context, id);
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
			await revokeApiToken(fixture.context, id, created.id);
			expect(await authenticateToken(fixture.context, created.token)).toBeUndefined();
			expect((await listApiTokens(fixture.context, id))[0]?.revokedAt).toBe(
				"2027-05-03T08:01:00.000Z",
			);

			const unnamed = await rejection(createApiToken(fixture.context, id, "   "));
			expect(unnamed.code).toBe("validation_failed");
		},
	);

	it.skipIf(!target.available)("records a token's use at most once a minute", async () => {
		const clock = fixture.clock;
		clock.set("2027-05-03T08:00:00.000Z");
		const { id } = await staff(fixture.context, "busy@test.ee");
		const { token } = await createApiToken(fixture.context, id, "Sync");
		const lastUsed = async () => (await listApiTokens(fixture.context, id))[0]?.lastUsedAt;
		expect(await lastUsed()).toBeNull();
		await authenticateToken(fixture.context, token);
		expect(await lastUsed()).toBe("2027-05-03T08:00:00.000Z");
		clock.advance(minute - 1);
		await authenticateToken(fixture.context, token);
		expect(await lastUsed()).toBe("2027-05-03T08:00:00.000Z");
		clock.advance(1);
		await authenticateToken(fixture.context, token);
		expect(await lastUsed()).toBe("2027-05-03T08:01:00.000Z");
	});

	it.skipIf(!target.available)("does not let another account revoke your token", async () => {
		const owner = await staff(fixture.context, "owner@test.ee");
		const other = await staff(fixture.context, "other@test.ee");
		const { id: tokenId, token } = await createApiToken(fixture.context, owner.id, "Reports");
		const error = await rejection(revokeApiToken(fixture.context, other.id, tokenId));
		expect(error.code).toBe("not_found");
		expect(await authenticateToken(fixture.context, token)).toBeDefined();
		expect(await listApiTokens(fixture.context, other.id)).toEqual([]);
		expect((await rejection(revokeApiToken(fixture.context, owner.id, "no-such-token"))).code).toBe(
			"not_found",
		);
	});
});
