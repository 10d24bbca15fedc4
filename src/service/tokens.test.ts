import { describe, expect, it } from "vitest";
import { minute, password, rejection, staff, tokenNamed } from "../../test/fixtures/accounts.ts";
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
			const created = await createApiToken(fixture.context, id, tokenNamed("  Website  "));
			expect(created).toEqual({
				id: expect.any(String),
				name: "Website",
				scope: "read-write",
				token: expect.stringMatching(/^kairos_[A-Za-z0-9_-]{43}$/),
				createdAt: "2027-05-03T08:00:00.000Z",
				expiresAt: "2027-08-01T08:00:00.000Z",
			});
			const found = await authenticateToken(fixture.context, created.token);
			expect(found?.actor).toMatchObject({
				label: `token:${created.id}`,
				role: "marketing",
				institutionId: "test-vc",
			});
			expect(found?.tokenId).toBe(created.id);
			expect(found?.scope).toBe("read-write");
			expect(found?.account.email).toBe("integrations@test.ee");
			expect(await authenticateToken(fixture.context, "kairos_unknown")).toBeUndefined();
			expect(await authenticateToken(fixture.context, created.token.slice(7))).toBeUndefined();

			const listed = await listApiTokens(fixture.context, id);
			expect(listed).toEqual([
				{
					id: created.id,
					name: "Website",
					scope: "read-write",
					createdAt: "2027-05-03T08:00:00.000Z",
					expiresAt: "2027-08-01T08:00:00.000Z",
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

			const unnamed = await rejection(createApiToken(fixture.context, id, tokenNamed("   ")));
			expect(unnamed.code).toBe("validation_failed");
		},
	);

	it.skipIf(!target.available)("records a token's use at most once a minute", async () => {
		const clock = fixture.clock;
		clock.set("2027-05-03T08:00:00.000Z");
		const { id } = await staff(fixture.context, "busy@test.ee");
		const { token } = await createApiToken(fixture.context, id, tokenNamed("Sync"));
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
		const { id: tokenId, token } = await createApiToken(
			fixture.context,
			owner.id,
			tokenNamed("Reports"),
		);
		const error = await rejection(revokeApiToken(fixture.context, other.id, tokenId));
		expect(error.code).toBe("not_found");
		expect(await authenticateToken(fixture.context, token)).toBeDefined();
		expect(await listApiTokens(fixture.context, other.id)).toEqual([]);
		expect((await rejection(revokeApiToken(fixture.context, owner.id, "no-such-token"))).code).toBe(
			"not_found",
		);
	});

	it.skipIf(!target.available)(
		"refuses a token once it has expired, and lists it with its expiry",
		async () => {
			const clock = fixture.clock;
			clock.set("2027-05-03T08:00:00.000Z");
			const { id } = await staff(fixture.context, "expiring@test.ee");
			const { token, expiresAt } = await createApiToken(fixture.context, id, {
				name: "Report export",
				scope: "read",
				expiresInDays: 1,
			});
			expect(expiresAt).toBe("2027-05-04T08:00:00.000Z");
			clock.set("2027-05-04T07:59:59.999Z");
			expect((await authenticateToken(fixture.context, token))?.scope).toBe("read");
			clock.set(expiresAt);
			expect(await authenticateToken(fixture.context, token)).toBeUndefined();
			expect(await listApiTokens(fixture.context, id)).toMatchObject([
				{ name: "Report export", scope: "read", expiresAt },
			]);
		},
	);

	it.skipIf(!target.available)(
		"refuses a lifetime outside 1 to 365 days and an unknown scope, naming each",
		async () => {
			const { id } = await staff(fixture.context, "careless@test.ee");
			for (const expiresInDays of [0, 366, 1.5]) {
				const error = await rejection(
					createApiToken(fixture.context, id, { name: "Sync", scope: "read", expiresInDays }),
				);
				expect(error.problems).toEqual([
					{
						path: "expiresInDays",
						message: `${expiresInDays} is not a whole number of days from 1 to 365`,
					},
				]);
			}
			const scope = await rejection(
				createApiToken(fixture.context, id, {
					name: "Sync",
					scope: "admin" as "read",
					expiresInDays: 30,
				}),
			);
			expect(scope.problems.map((problem) => problem.path)).toEqual(["scope"]);
			expect(await listApiTokens(fixture.context, id)).toEqual([]);
		},
	);
});
