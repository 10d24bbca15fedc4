import { describe, expect, it } from "vitest";
import { useContext } from "../../test/fixtures/context.ts";
import { learnerPlans, signUpLearner } from "../../test/fixtures/learners.ts";
import { storeTargets } from "../../test/fixtures/stores.ts";
import type { KairosError } from "./errors.ts";
import { learnerData, learnerDataByLink } from "./learner-data.ts";
import { learnerDataLinkLifetime } from "./learner-data-links.ts";

const refusal = (code: string) => expect.objectContaining({ code }) as unknown as KairosError;

describe.each(storeTargets)("a learner's data on $name", (target) => {
	const tested = useContext(target, learnerPlans());

	it.skipIf(!target.available)(
		"shows every registration of the address at the institution, with its consent, how long it is kept and the mails",
		async () => {
			const { context, clock } = tested;
			const token = await signUpLearner(context, { phone: "+372 5555 1234" }, { confirm: true });
			clock.advance(60_000);
			await signUpLearner(context, {
				offeringId: "tig-welding",
				email: "Mari@Example.EE",
				address: "192.0.2.2",
			});
			// The same address at another institution is that institution's, not this one's.
			await signUpLearner(context, { institutionId: "other-vc", address: "192.0.2.3" });

			const data = await learnerDataByLink(context, token);
			expect(data.institution).toEqual({
				id: "test-vc",
				name: "Test Vocational Centre",
				languages: ["et", "en"],
				timezone: "Europe/Tallinn",
			});
			expect(data.email).toBe("mari@example.ee");
			expect(data.retention).toEqual({ registrationsMonths: 24, unconfirmedDays: 30 });
			expect(
				data.registrations.map(({ registration, offering, keptUntil }) => ({
					offeringId: registration.offeringId,
					state: registration.state,
					phone: registration.phone,
					consent: [registration.consentText, registration.consentVersion, registration.createdAt],
					confirmed: registration.confirmedAt !== null,
					offering,
					keptUntil,
				})),
			).toEqual([
				{
					offeringId: "mig-welding",
					state: "interest",
					phone: "+372 5555 1234",
					consent: [
						"I agree that Test Vocational Centre uses my name and contact details.",
						"2027-03",
						"2027-03-01T08:00:00.000Z",
					],
					confirmed: true,
					offering: { title: "MIG/MAG welding basics", end: "2027-11-26" },
					keptUntil: "2029-11-26",
				},
				{
					offeringId: "tig-welding",
					state: "interest",
					phone: null,
					consent: [
						"I agree that Test Vocational Centre uses my name and contact details.",
						"2027-03",
						"2027-03-01T08:01:00.000Z",
					],
					confirmed: false,
					offering: { title: { et: "TIG-keevitus", en: "TIG welding" }, end: "2024-11-29" },
					// 24 months after its course ended: sooner than 30 days after it was made unconfirmed.
					keptUntil: "2026-11-29",
				},
			]);
			const columns = Object.keys(data.registrations[0]?.registration.columns ?? {});
			expect(columns).toEqual(
				expect.arrayContaining(["address", "source", "confirmSentAt", "consentText"]),
			);
			expect(columns.filter((name) => /token|hash/i.test(name))).toEqual([]);
			expect(data.mails.map((mail) => [mail.subject, mail.queuedAt, mail.sentAt])).toEqual([
				["Confirm your interest: MIG/MAG welding basics", "2027-03-01T08:00:00.000Z", null],
				["Confirm your interest: MIG/MAG welding basics", "2027-03-01T08:01:00.000Z", null],
			]);
		},
	);

	it.skipIf(!target.available)(
		"lets the staff look an address up in any case, and refuses a malformed one or an unknown institution",
		async () => {
			const { context } = tested;
			await signUpLearner(context);
			const data = await learnerData(context, "test-vc", "  MARI@example.ee ");
			expect(data.registrations).toHaveLength(1);
			expect((await learnerData(context, "test-vc", "jaan@example.ee")).registrations).toEqual([]);
			await expect(learnerData(context, "test-vc", "not an address")).rejects.toEqual(
				refusal("validation_failed"),
			);
			await expect(learnerData(context, "no-such-vc", "mari@example.ee")).rejects.toEqual(
				refusal("not_found"),
			);
		},
	);

	it.skipIf(!target.available)("refuses a forged, malformed or expired link alike", async () => {
		const { context, clock } = tested;
		const token = await signUpLearner(context);
		for (const forged of ["A".repeat(43), "short", `${token}x`, "../../etc/passwd"])
			await expect(learnerDataByLink(context, forged), forged).rejects.toEqual(
				refusal("not_found"),
			);
		clock.advance(learnerDataLinkLifetime - 1);
		await expect(learnerDataByLink(context, token)).resolves.toBeDefined();
		clock.advance(1);
		await expect(learnerDataByLink(context, token)).rejects.toEqual(refusal("not_found"));
	});
});
