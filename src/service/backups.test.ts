import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type TestContext, testContext } from "../../test/fixtures/context.ts";
import { healthyPlan } from "../../test/fixtures/plans.ts";
import { type StoreTarget, seedPlans, storeTargets } from "../../test/fixtures/stores.ts";
import { readPlan } from "../store/plan-repository.ts";
import { addAccount } from "./accounts.ts";
import { createBackup, restoreBackup } from "./backups.ts";
import { interestCount, registerInterest } from "./sign-up.ts";

describe.each(storeTargets)("backup and restore on $name", (target: StoreTarget) => {
	let source: TestContext;
	let copy: TestContext;
	beforeEach(async () => {
		if (!target.available) return;
		source = testContext(await target.open());
		copy = testContext(await target.open());
	});
	afterEach(async () => {
		await source?.store.close();
		await copy?.store.close();
	});

	it.skipIf(!target.available)(
		"carries plans, accounts and learners' sign-ups into an empty database",
		async () => {
			await seedPlans(source.store, [healthyPlan()]);
			await addAccount(source.context, {
				email: "kadri@test.ee",
				role: "manager",
				institutionId: "test-vc",
				password: "a long enough password",
			});
			await registerInterest(source.context, {
				institutionId: "test-vc",
				offeringId: "mig-welding",
				name: "Mari Maasikas",
				email: "mari@example.ee",
				language: "et",
				consentText: "Kasutame sinu andmeid kursusest teatamiseks ja hoiame neid 2 aastat.",
				consentVersion: "2026-11",
				honeypot: "",
				address: "192.0.2.1",
				confirmUrl: (token) => `https://kursused.test.ee/et/confirm/${token}`,
				unsubscribeUrl: (token) => `https://kursused.test.ee/et/unsubscribe/${token}`,
				offeringTitle: "MIG/MAG",
				institutionName: "Test Vocational College",
			});
			const backup = JSON.parse(JSON.stringify(await createBackup(source.context)));
			expect(backup.registrations).toHaveLength(1);
			expect(await restoreBackup(copy.context, backup, { replace: false })).toEqual({
				plans: 1,
				accounts: 1,
			});
			expect((await readPlan(copy.store.db, "test-vc"))?.plan).toEqual(
				(await readPlan(source.store.db, "test-vc"))?.plan,
			);
			expect(JSON.parse(JSON.stringify(await createBackup(copy.context))).registrations).toEqual(
				backup.registrations,
			);
			expect(await interestCount(copy.context, "test-vc", "mig-welding")).toBe(0);
			await expect(restoreBackup(copy.context, backup, { replace: false })).rejects.toThrow(
				/not empty/,
			);
		},
	);
});
