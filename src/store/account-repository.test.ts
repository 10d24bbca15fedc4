import { describe, expect, it } from "vitest";
import { account } from "../../test/fixtures/accounts.ts";
import { harnessPlans } from "../../test/fixtures/api.ts";
import { storeTargets, useStore } from "../../test/fixtures/stores.ts";
import {
	findAccountByEmail,
	findAccountById,
	insertAccount,
	institutionExists,
	listAccounts,
	updateDisabledAt,
	updatePassword,
} from "./account-repository.ts";

describe.each(storeTargets)("account repository on $name", (target) => {
	const fixture = useStore(target, harnessPlans());

	it.skipIf(!target.available)(
		"stores e-mails trimmed and lower-cased and finds them in any case",
		async () => {
			expect(
				await insertAccount(fixture.store.db, account("kadri", { email: "  Kadri@Test.EE " })),
			).toBe(true);
			const found = await findAccountByEmail(fixture.store.db, "KADRI@test.ee ");
			expect(found).toEqual(account("kadri"));
			expect(await findAccountByEmail(fixture.store.db, "nobody@test.ee")).toBeUndefined();
		},
	);

	it.skipIf(!target.available)("finds an account by id without its password hash", async () => {
		await insertAccount(fixture.store.db, account("mart"));
		const { passwordHash: _, ...withoutHash } = account("mart");
		expect(await findAccountById(fixture.store.db, "mart")).toEqual(withoutHash);
		expect(await findAccountById(fixture.store.db, "nobody")).toBeUndefined();
	});

	it.skipIf(!target.available)("inserts nothing when the e-mail is taken", async () => {
		await insertAccount(fixture.store.db, account("liis"));
		expect(
			await insertAccount(fixture.store.db, account("liis-again", { email: "LIIS@test.ee" })),
		).toBe(false);
		expect(await findAccountById(fixture.store.db, "liis-again")).toBeUndefined();
	});

	it.skipIf(!target.available)(
		"replaces a password hash, and whether it must be changed",
		async () => {
			await insertAccount(fixture.store.db, account("anu"));
			const one = { hash: "one-time-hash", mustChange: true };
			expect(await updatePassword(fixture.store.db, "anu", one)).toBe(true);
			expect(await findAccountByEmail(fixture.store.db, "anu@test.ee")).toMatchObject({
				passwordHash: "one-time-hash",
				mustChangePassword: true,
			});
			await updatePassword(fixture.store.db, "anu", { hash: "chosen-hash", mustChange: false });
			expect(await findAccountByEmail(fixture.store.db, "anu@test.ee")).toMatchObject({
				passwordHash: "chosen-hash",
				mustChangePassword: false,
			});
			expect(await updatePassword(fixture.store.db, "nobody", one)).toBe(false);
		},
	);

	it.skipIf(!target.available)("disables and enables an account", async () => {
		await insertAccount(fixture.store.db, account("leo"));
		const at = "2027-05-04T08:00:00.000Z";
		expect(await updateDisabledAt(fixture.store.db, "leo", at)).toBe(true);
		expect((await findAccountById(fixture.store.db, "leo"))?.disabledAt).toBe(at);
		await updateDisabledAt(fixture.store.db, "leo", null);
		expect((await findAccountById(fixture.store.db, "leo"))?.disabledAt).toBeNull();
		expect(await updateDisabledAt(fixture.store.db, "nobody", at)).toBe(false);
	});

	it.skipIf(!target.available)(
		"lists one institution's accounts, or every account for null",
		async () => {
			await insertAccount(
				fixture.store.db,
				account("root", { role: "admin", institutionId: null, email: "root@kairos.ee" }),
			);
			await insertAccount(fixture.store.db, account("zed", { institutionId: "other-vc" }));
			await insertAccount(fixture.store.db, account("amy", { institutionId: "other-vc" }));
			const theirs = await listAccounts(fixture.store.db, "other-vc");
			expect(theirs.map((found) => found.email)).toEqual(["amy@test.ee", "zed@test.ee"]);
			expect(theirs[0]).not.toHaveProperty("passwordHash");
			const all = (await listAccounts(fixture.store.db, null)).map((found) => found.email);
			expect(all).toEqual(expect.arrayContaining(["root@kairos.ee", "amy@test.ee", "zed@test.ee"]));
		},
	);

	it.skipIf(!target.available)("knows which institutions exist", async () => {
		expect(await institutionExists(fixture.store.db, "test-vc")).toBe(true);
		expect(await institutionExists(fixture.store.db, "nowhere-vc")).toBe(false);
	});
});
