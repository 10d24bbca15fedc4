import { describe, expect, it } from "vitest";
import { useHarness } from "../../../../test/fixtures/api.ts";
import { auditText, signUpLearner } from "../../../../test/fixtures/learners.ts";
import { storeTargets } from "../../../../test/fixtures/stores.ts";
import type { AccountRole } from "../../../model/api/roles.ts";

const exportUrl = "/api/v1/institutions/test-vc/learner-data/export";
const eraseUrl = "/api/v1/institutions/test-vc/learner-data/erase";

describe.each(storeTargets)("learner data on a person's request ($name)", (target) => {
	const harness = useHarness(target);

	/** Mari in test-vc's offering and in other-vc's. */
	const signUps = async () => {
		await signUpLearner(harness.context);
		await signUpLearner(harness.context, { institutionId: "other-vc", address: "192.0.2.2" });
	};

	it.skipIf(!target.available)(
		"exports everything kept about an address, with its consent, to the staff who handle requests",
		async () => {
			await signUps();
			for (const role of ["admin", "manager", "support"] as const satisfies AccountRole[]) {
				const client = await harness.as(role);
				const response = await client.request("POST", exportUrl, {
					body: { email: " Mari@Example.ee " },
				});
				expect(response.statusCode, role).toBe(200);
				expect(response.headers["cache-control"]).toBe("no-store");
				expect(response.headers["content-disposition"]).toBe(
					'attachment; filename="test-vc-learner-data.json"',
				);
				const data = response.json();
				expect(data).toMatchObject({
					institution: { id: "test-vc", name: "Test Vocational College" },
					email: "mari@example.ee",
					retention: { registrationsMonths: 24, unconfirmedDays: 30 },
					mails: [{ subject: "Confirm your interest: MIG/MAG welding basics", sentAt: null }],
				});
				expect(data.registrations).toHaveLength(1);
				expect(data.registrations[0]).toMatchObject({
					offeringId: "mig-welding",
					name: "Mari Maasikas",
					consent: {
						text: "I agree that Test Vocational Centre uses my name and contact details.",
						version: "2027-03",
						givenAt: "2027-03-01T08:00:00.000Z",
					},
				});
			}
		},
	);

	it.skipIf(!target.available)(
		"refuses the other roles, another institution's staff and a malformed address",
		async () => {
			await signUps();
			for (const role of ["pedagogy", "marketing", "viewer"] as const satisfies AccountRole[]) {
				const client = await harness.as(role);
				for (const url of [exportUrl, eraseUrl])
					expect(
						(await client.request("POST", url, { body: { email: "mari@example.ee" } })).statusCode,
						`${role} ${url}`,
					).toBe(403);
			}
			const manager = await harness.as("manager");
			const elsewhere = await manager.request(
				"POST",
				"/api/v1/institutions/other-vc/learner-data/erase",
				{ body: { email: "mari@example.ee" } },
			);
			expect(elsewhere.statusCode).toBe(404);
			const malformed = await manager.request("POST", eraseUrl, { body: { email: "mari" } });
			expect(malformed.statusCode).toBe(400);
			expect(malformed.json().errors).toEqual([
				{ path: "email", message: expect.stringContaining("is not an e-mail address") },
			]);
			expect(
				await harness.store.db.selectFrom("registrations").select("id").execute(),
			).toHaveLength(2);
		},
	);

	it.skipIf(!target.available)(
		"erases an address on the staff's word, recording who erased but not whose data it was",
		async () => {
			await signUps();
			const support = await harness.as("support");
			const erased = await support.request("POST", eraseUrl, {
				body: { email: "mari@example.ee" },
			});
			expect(erased.statusCode).toBe(200);
			expect(erased.json()).toEqual({ registrations: 1, mails: 1 });
			const exported = await support.request("POST", exportUrl, {
				body: { email: "mari@example.ee" },
			});
			expect(exported.json()).toMatchObject({ registrations: [], mails: [] });

			const manager = await harness.as("manager");
			const audit = await manager.request("GET", "/api/v1/institutions/test-vc/audit");
			const [entry] = audit.json().items;
			expect(entry).toMatchObject({
				actor: expect.stringMatching(/^account:/),
				action: "registration.erased",
				entity: "learner-data",
				entityId: "test-vc",
				before: null,
				after: { registrations: 1, mails: 1, by: "staff" },
			});
			expect((await auditText(harness.context)).toLowerCase()).not.toContain("mari");
			// Her registration at the other institution is that institution's to erase.
			const left = await harness.store.db
				.selectFrom("registrations")
				.select(["institution_id", "email"])
				.execute();
			expect(left).toEqual([{ institution_id: "other-vc", email: "mari@example.ee" }]);
		},
	);
});
