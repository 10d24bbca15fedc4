import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type TestContext, testContext, unfolded } from "../../test/fixtures/context.ts";
import { healthyPlan } from "../../test/fixtures/plans.ts";
import { type StoreTarget, seedPlans, storeTargets } from "../../test/fixtures/stores.ts";
import { digestOptOutsOf, insertDigestOptOut } from "../store/digest-opt-out-repository.ts";
import { readPlan } from "../store/plan-repository.ts";
import { getResource } from "../store/resource-repository.ts";
import { setAccountDisabled } from "./account-changes.ts";
import { accountActor, addAccount } from "./accounts.ts";
import { commandLine } from "./actor.ts";
import { createBackup, restoreBackup } from "./backups.ts";
import { acceptInvitation, inviteAccount } from "./invitations.ts";
import { learnerDataByLink } from "./learner-data.ts";
import { deliverQueuedMail } from "./mail-queue.ts";
import { interestCount, registerInterest } from "./sign-up.ts";
import { calendarUrl, taskCalendar } from "./task-calendar.ts";
import { authenticateToken, createApiToken } from "./tokens.ts";

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
			await insertDigestOptOut(source.store.db, "test-vc", "kadri", "2027-05-03T08:00:00.000Z");
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
			// The confirmation mail was still waiting: the restored database sends it.
			expect(backup.mailQueue).toHaveLength(1);
			expect(await deliverQueuedMail(copy.context)).toEqual({ sent: 1, failed: 0 });
			expect(copy.mails()).toHaveLength(1);
			expect(copy.mails()[0]).toContain("To: mari@example.ee");
			// And the link to her data in that mail opens her data there.
			expect(backup.learnerDataLinks).toHaveLength(1);
			const token = /\/my-data\/([\w-]{43})/.exec(unfolded(copy.mails()[0] ?? ""))?.[1] ?? "";
			await expect(learnerDataByLink(copy.context, token)).resolves.toMatchObject({
				email: "mari@example.ee",
			});
			// Whoever stopped their digests still gets none.
			expect(await digestOptOutsOf(copy.store.db, "test-vc")).toEqual(new Set(["kadri"]));
			await expect(restoreBackup(copy.context, backup, { replace: false })).rejects.toThrow(
				/not empty/,
			);
		},
	);

	it.skipIf(!target.available)(
		"keeps a pending password change, a disabled account and tokens' scopes and expiry",
		async () => {
			await seedPlans(source.store, [healthyPlan()]);
			source.clock.set("2027-05-03T08:00:00.000Z");
			const newcomer = await addAccount(source.context, {
				email: "newcomer@test.ee",
				role: "support",
				institutionId: "test-vc",
				password: "a one-time password here",
				mustChangePassword: true,
			});
			source.clock.advance(60_000);
			const leaver = await addAccount(source.context, {
				email: "leaver@test.ee",
				role: "marketing",
				institutionId: "test-vc",
				password: "a long enough password",
			});
			await createApiToken(source.context, newcomer.id, {
				name: "Reports",
				scope: "read",
				expiresInDays: 30,
			});
			source.clock.advance(60_000);
			await createApiToken(source.context, leaver.id, {
				name: "Website",
				scope: "read-write",
				expiresInDays: 365,
			});
			await setAccountDisabled(source.context, commandLine, leaver.id, true);
			const backup = JSON.parse(JSON.stringify(await createBackup(source.context)));
			await restoreBackup(copy.context, backup, { replace: false });
			const restored = JSON.parse(JSON.stringify(await createBackup(copy.context)));
			expect(restored.accounts).toEqual(backup.accounts);
			expect(restored.apiTokens).toEqual(backup.apiTokens);
			expect(restored.accounts).toMatchObject([
				{ email: "newcomer@test.ee", must_change_password: 1, disabled_at: null },
				{
					email: "leaver@test.ee",
					must_change_password: 0,
					disabled_at: "2027-05-03T08:02:00.000Z",
				},
			]);
			expect(restored.apiTokens).toMatchObject([
				{ name: "Reports", scope: "read", expires_at: "2027-06-02T08:01:00.000Z" },
				{ name: "Website", scope: "read-write", expires_at: "2028-05-02T08:02:00.000Z" },
			]);
		},
	);

	it.skipIf(!target.available)(
		"restores a backup made before tokens expired with full scope and the default lifetime",
		async () => {
			await seedPlans(source.store, [healthyPlan()]);
			const { id } = await addAccount(source.context, {
				email: "integrator@test.ee",
				role: "manager",
				institutionId: "test-vc",
				password: "a long enough password",
			});
			const { token } = await createApiToken(source.context, id, {
				name: "Old sync",
				scope: "read-write",
				expiresInDays: 1,
			});
			const backup = JSON.parse(JSON.stringify(await createBackup(source.context)));
			for (const account of backup.accounts) {
				delete account.must_change_password;
				delete account.disabled_at;
			}
			for (const apiToken of backup.apiTokens) {
				delete apiToken.scope;
				delete apiToken.expires_at;
			}
			copy.clock.set("2027-05-03T08:00:00.000Z");
			await restoreBackup(copy.context, backup, { replace: false });
			const restored = JSON.parse(JSON.stringify(await createBackup(copy.context)));
			expect(restored.accounts).toMatchObject([{ must_change_password: 0, disabled_at: null }]);
			expect(restored.apiTokens).toMatchObject([
				{ scope: "read-write", expires_at: "2027-08-01T08:00:00.000Z" },
			]);
			expect((await authenticateToken(copy.context, token))?.scope).toBe("read-write");
		},
	);

	it.skipIf(!target.available)(
		"carries a pending invitation, a person link and a calendar address, and none into old backups",
		async () => {
			await seedPlans(source.store, [healthyPlan()]);
			const invited = await inviteAccount(source.context, commandLine, {
				email: "mart@test.ee",
				role: "pedagogy",
				institutionId: "test-vc",
				personId: "mart",
			});
			const calendar = await calendarUrl(
				source.context,
				accountActor(`account:${invited.account.id}`, invited.account),
			);
			const backup = JSON.parse(JSON.stringify(await createBackup(source.context)));
			await restoreBackup(copy.context, backup, { replace: false });
			const token = /\/invitation\/([\w-]+)$/.exec(invited.invitationUrl)?.[1] ?? "";
			const signedIn = await acceptInvitation(copy.context, token, "a long enough password");
			expect(signedIn.account.personId).toBe("mart");
			const secret = /\/tasks\/([\w-]+)\.ics$/.exec(calendar)?.[1] ?? "";
			expect((await taskCalendar(copy.context, secret)).account.id).toBe(invited.account.id);

			for (const account of backup.accounts) {
				for (const column of [
					"person_id",
					"invitation_token_hash",
					"invitation_expires_at",
					"calendar_token",
					"calendar_token_hash",
				])
					delete account[column];
			}
			const older = testContext(await target.open());
			try {
				await restoreBackup(older.context, backup, { replace: false });
				const restored = JSON.parse(JSON.stringify(await createBackup(older.context)));
				expect(restored.accounts).toMatchObject([
					{ person_id: null, invitation_expires_at: null, calendar_token: null },
				]);
			} finally {
				await older.store.close();
			}
		},
	);

	it.skipIf(!target.available)(
		"writes restored plans above every version either database gave, so no old ETag matches",
		async () => {
			await seedPlans(source.store, [healthyPlan()]);
			// The database restored over has given versions up to 4.
			for (let write = 0; write < 4; write++) await seedPlans(copy.store, [healthyPlan()]);
			const before = await getResource(copy.store.db, "offerings", "test-vc", "mig-welding");
			expect(before?.version).toBe(4);
			const backup = JSON.parse(JSON.stringify(await createBackup(source.context)));
			expect(backup.highestPlanVersion).toBe(1);
			await restoreBackup(copy.context, backup, { replace: true });
			const restored = await getResource(copy.store.db, "offerings", "test-vc", "mig-welding");
			expect(restored?.version).toBe(5);
			expect((await readPlan(copy.store.db, "test-vc"))?.planVersion).toBe(5);
			// Into an empty database: above what the backed-up database had given.
			const empty = testContext(await target.open());
			try {
				await restoreBackup(
					empty.context,
					{ ...backup, highestPlanVersion: 9 },
					{ replace: false },
				);
				expect((await readPlan(empty.store.db, "test-vc"))?.planVersion).toBe(10);
			} finally {
				await empty.store.close();
			}
		},
	);
});
