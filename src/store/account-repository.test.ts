import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { account } from "../../test/fixtures/accounts.ts";
import { healthyPlan } from "../../test/fixtures/plans.ts";
import { storeTargets } from "../../test/fixtures/stores.ts";
import {
	findAccountByEmail,
	findAccountById,
	insertAccount,
	institutionExists,
	listAccounts,
	updatePasswordHash,
} from "./account-repository.ts";
import type { Store } from "./open.ts";
import { writePlan } from "./plan-repository.ts";

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
});
