import { describe, expect, it } from "vitest";
import { password, staff } from "../../test/fixtures/accounts.ts";
import { useContext } from "../../test/fixtures/context.ts";
import { storeTargets } from "../../test/fixtures/stores.ts";
import { addAccount } from "./accounts.ts";
import { generatePassword, hashPassword, verifyPassword } from "./passwords.ts";
import { signIn } from "./sessions.ts";

describe.each(storeTargets)("passwords on $name", (target) => {
	const fixture = useContext(target);

	it.skipIf(!target.available)("stores an argon2id hash that is never the password", async () => {
		const { id } = await staff(fixture.context, "hashed@test.ee");
		const row = await fixture.store.db
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
			await addAccount(fixture.context, {
				email: "onetime@test.ee",
				role: "support",
				institutionId: "test-vc",
				password: first,
			});
			await expect(
				signIn(fixture.context, {
					email: "onetime@test.ee",
					password: first,
					address: "192.0.2.6",
				}),
			).resolves.toBeDefined();
		},
	);
});
