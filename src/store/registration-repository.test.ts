import { describe, expect, it } from "vitest";
import { healthyPlan } from "../../test/fixtures/plans.ts";
import { fixtureTime, storeTargets, useStore } from "../../test/fixtures/stores.ts";
import { writePlan } from "./plan-repository.ts";
import {
	confirmRegistration,
	countConfirmedInterest,
	findLiveRegistration,
	findRegistrationByConfirmHash,
	findRegistrationByUnsubscribeHash,
	insertRegistration,
	renewConfirmation,
	unsubscribeRegistration,
} from "./registration-repository.ts";
import type { NewRegistration } from "./registration-rows.ts";

const created = "2027-05-03T08:00:00.000Z";

/** A sign-up for the healthy plan's one offering, named after `id`. */
function registration(id: string, overrides: Partial<NewRegistration> = {}): NewRegistration {
	return {
		id,
		institutionId: "test-vc",
		offeringId: "mig-welding",
		name: `Learner ${id}`,
		email: `${id}@example.ee`,
		phone: null,
		language: "et",
		consentText: "Kasutame andmeid kursusest teatamiseks ja hoiame neid 12 kuud.",
		consentVersion: "2027-01",
		source: "direct",
		utmSource: null,
		utmMedium: null,
		utmCampaign: null,
		referrer: null,
		address: "192.0.2.1",
		createdAt: created,
		confirmTokenHash: `confirm-${id}`,
		unsubscribeTokenHash: `unsubscribe-${id}`,
		...overrides,
	};
}

describe.each(storeTargets)("registration repository on $name", (target) => {
	const fixture = useStore(target);

	it.skipIf(!target.available)(
		"stores one live registration per offering and e-mail, and a new one after unsubscribing",
		async () => {
			const first = registration("first", { email: "Mari.Maasikas@Example.ee" });
			expect(await insertRegistration(fixture.store.db, first)).toBe(true);
			const found = await findLiveRegistration(
				fixture.store.db,
				"test-vc",
				"mig-welding",
				"mari.maasikas@example.ee",
			);
			expect(found).toMatchObject({
				id: "first",
				state: "interest",
				email: "mari.maasikas@example.ee",
				confirmSentAt: created,
				confirmedAt: null,
				unsubscribedAt: null,
			});
			expect(found).not.toHaveProperty("confirmTokenHash");

			const again = registration("again", { email: "mari.maasikas@example.ee" });
			expect(await insertRegistration(fixture.store.db, again)).toBe(false);
			expect(
				await findRegistrationByConfirmHash(fixture.store.db, "confirm-again"),
			).toBeUndefined();

			await unsubscribeRegistration(fixture.store.db, "first", "2027-05-04T08:00:00.000Z");
			expect(
				await findLiveRegistration(
					fixture.store.db,
					"test-vc",
					"mig-welding",
					"mari.maasikas@example.ee",
				),
			).toBeUndefined();
			expect(await insertRegistration(fixture.store.db, again)).toBe(true);
			expect(
				(
					await findLiveRegistration(
						fixture.store.db,
						"test-vc",
						"mig-welding",
						"mari.maasikas@example.ee",
					)
				)?.id,
			).toBe("again");
		},
	);

	it.skipIf(!target.available)(
		"finds by either token hash; confirms and unsubscribes once",
		async () => {
			await insertRegistration(fixture.store.db, registration("tokens"));
			expect((await findRegistrationByConfirmHash(fixture.store.db, "confirm-tokens"))?.id).toBe(
				"tokens",
			);
			expect(
				(await findRegistrationByUnsubscribeHash(fixture.store.db, "unsubscribe-tokens"))?.id,
			).toBe("tokens");
			expect(
				await findRegistrationByConfirmHash(fixture.store.db, "unsubscribe-tokens"),
			).toBeUndefined();

			await confirmRegistration(fixture.store.db, "tokens", "2027-05-03T09:00:00.000Z");
			await confirmRegistration(fixture.store.db, "tokens", "2027-05-03T10:00:00.000Z");
			await unsubscribeRegistration(fixture.store.db, "tokens", "2027-05-04T09:00:00.000Z");
			await unsubscribeRegistration(fixture.store.db, "tokens", "2027-05-04T10:00:00.000Z");
			expect(await findRegistrationByConfirmHash(fixture.store.db, "confirm-tokens")).toMatchObject(
				{
					confirmedAt: "2027-05-03T09:00:00.000Z",
					unsubscribedAt: "2027-05-04T09:00:00.000Z",
				},
			);

			await insertRegistration(fixture.store.db, registration("gone-first"));
			await unsubscribeRegistration(fixture.store.db, "gone-first", "2027-05-03T09:00:00.000Z");
			await confirmRegistration(fixture.store.db, "gone-first", "2027-05-03T10:00:00.000Z");
			expect(
				(await findRegistrationByConfirmHash(fixture.store.db, "confirm-gone-first"))?.confirmedAt,
			).toBeNull();
		},
	);

	it.skipIf(!target.available)(
		"renews the tokens only of an unconfirmed registration whose last mail is old enough",
		async () => {
			await insertRegistration(fixture.store.db, registration("renewed"));
			const renewal = (suffix: string, sentAtIso: string) => ({
				confirmTokenHash: `confirm-renewed-${suffix}`,
				unsubscribeTokenHash: `unsubscribe-renewed-${suffix}`,
				sentAtIso,
			});
			expect(
				await renewConfirmation(
					fixture.store.db,
					"renewed",
					renewal("early", "2027-05-03T08:05:00.000Z"),
					"2027-05-03T07:55:00.000Z",
				),
			).toBe(false);
			expect(
				await renewConfirmation(
					fixture.store.db,
					"renewed",
					renewal("2", "2027-05-03T08:10:00.000Z"),
					"2027-05-03T08:00:00.000Z",
				),
			).toBe(true);
			expect(
				await findRegistrationByConfirmHash(fixture.store.db, "confirm-renewed"),
			).toBeUndefined();
			expect(
				await findRegistrationByUnsubscribeHash(fixture.store.db, "unsubscribe-renewed"),
			).toBeUndefined();
			expect(
				await findRegistrationByConfirmHash(fixture.store.db, "confirm-renewed-2"),
			).toMatchObject({
				id: "renewed",
				confirmSentAt: "2027-05-03T08:10:00.000Z",
			});
			expect(
				(await findRegistrationByUnsubscribeHash(fixture.store.db, "unsubscribe-renewed-2"))?.id,
			).toBe("renewed");

			await confirmRegistration(fixture.store.db, "renewed", "2027-05-03T09:00:00.000Z");
			expect(
				await renewConfirmation(
					fixture.store.db,
					"renewed",
					renewal("3", "2027-05-03T10:00:00.000Z"),
					"2027-05-03T09:50:00.000Z",
				),
			).toBe(false);
		},
	);

	it.skipIf(!target.available)(
		"counts an offering's confirmed interest, leaving out the unsubscribed",
		async () => {
			for (const id of ["recent-a", "recent-b", "recent-c"])
				await insertRegistration(fixture.store.db, registration(id));

			const before = await countConfirmedInterest(fixture.store.db, "test-vc", "mig-welding");
			await confirmRegistration(fixture.store.db, "recent-a", "2027-06-01T09:00:00.000Z");
			await confirmRegistration(fixture.store.db, "recent-b", "2027-06-01T09:00:00.000Z");
			await unsubscribeRegistration(fixture.store.db, "recent-b", "2027-06-02T09:00:00.000Z");
			expect(await countConfirmedInterest(fixture.store.db, "test-vc", "mig-welding")).toBe(
				before + 1,
			);
			expect(await countConfirmedInterest(fixture.store.db, "test-vc", "no-such-offering")).toBe(0);
		},
	);

	it.skipIf(!target.available)(
		"keeps registrations when the plan is replaced, and deletes them with the institution",
		async () => {
			await insertRegistration(fixture.store.db, registration("survivor"));
			// Replacing a plan deletes and re-inserts every offering row.
			await fixture.store.db
				.transaction()
				.execute((trx) => writePlan(trx, healthyPlan(), fixtureTime));
			expect((await findRegistrationByConfirmHash(fixture.store.db, "confirm-survivor"))?.id).toBe(
				"survivor",
			);

			await fixture.store.db.deleteFrom("institutions").where("id", "=", "test-vc").execute();
			const left = await fixture.store.db.selectFrom("registrations").select("id").execute();
			expect(left).toEqual([]);
		},
	);
});
