import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { healthyPlan } from "../../test/fixtures/plans.ts";
import { type StoreTarget, storeTargets } from "../../test/fixtures/stores.ts";
import type { Store } from "../store/open.ts";
import { readPlan, writePlan } from "../store/plan-repository.ts";
import { addAccount } from "./accounts.ts";
import { createBackup, restoreBackup } from "./backups.ts";
import type { MailMessage } from "./mailer.ts";
import { interestCount, registerInterest } from "./sign-up.ts";

describe.each(storeTargets)("backup and restore on $name", (target: StoreTarget) => {
	let source: Store;
	let copy: Store;
	beforeAll(async () => {
		if (!target.available) return;
		source = await target.open();
		copy = await target.open();
	});
	afterAll(async () => {
		await source?.close();
		await copy?.close();
	});

	it.skipIf(!target.available)(
		"carries plans, accounts and learners' sign-ups into an empty database",
		async () => {
			await source.db.transaction().execute((trx) => writePlan(trx, healthyPlan()));
			await addAccount(source.db, {
				email: "kadri@test.ee",
				role: "manager",
				institutionId: "test-vc",
				password: "a long enough password",
			});
			const sent: MailMessage[] = [];
			await registerInterest(
				source.db,
				{ send: async (message) => void sent.push(message) },
				{
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
				},
			);
			const backup = JSON.parse(JSON.stringify(await createBackup(source.db)));
			expect(backup.registrations).toHaveLength(1);
			expect(await restoreBackup(copy.db, backup, { replace: false })).toEqual({
				plans: 1,
				accounts: 1,
			});
			expect((await readPlan(copy.db, "test-vc"))?.plan).toEqual(
				(await readPlan(source.db, "test-vc"))?.plan,
			);
			expect(JSON.parse(JSON.stringify(await createBackup(copy.db))).registrations).toEqual(
				backup.registrations,
			);
			expect(await interestCount(copy.db, "test-vc", "mig-welding")).toBe(0);
			await expect(restoreBackup(copy.db, backup, { replace: false })).rejects.toThrow(/not empty/);
		},
	);
});
