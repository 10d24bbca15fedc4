import { describe, expect, it } from "vitest";
import { useContext } from "../../../test/fixtures/context.ts";
import { addCountedRegistrations } from "../../../test/fixtures/counted-registrations.ts";
import { pastOffering } from "../../../test/fixtures/history.ts";
import { auditText, learnerPlans, signUpLearner } from "../../../test/fixtures/learners.ts";
import { storeTargets } from "../../../test/fixtures/stores.ts";
import { insertRegistration } from "../../store/registration-repository.ts";
import { minute } from "../clock.ts";
import { learnerData } from "../learner-data.ts";
import { queueMail } from "../mail-queue.ts";
import { jobs } from "./index.ts";
import { retentionJob } from "./retention-job.ts";

const day = 24 * 60 * minute;

/**
 * test-vc keeps the default 24 months, and has a course in its history imported without its last
 * day (`cnc-2026`); other-vc keeps 60.
 */
function plans() {
	const [test, other] = learnerPlans();
	if (!test || !other) throw new Error("the learner plans are two");
	test.history = [pastOffering()];
	other.institution.retention = { registrationsMonths: 60 };
	return [test, other];
}

describe.each(storeTargets)("the retention job on $name", (target) => {
	const tested = useContext(target, plans());

	const left = () =>
		tested.store.db
			.selectFrom("registrations")
			.select(["institution_id", "offering_id", "email"])
			.orderBy("institution_id")
			.orderBy("email")
			.orderBy("offering_id")
			.execute();
	const audited = () =>
		tested.store.db
			.selectFrom("audit_log")
			.select(["institution_id", "actor", "action", "entity_id", "after"])
			.orderBy("id")
			.execute();

	it("is listed among the jobs", () => {
		expect(jobs.map((job) => job.name)).toContain("retention");
		expect(retentionJob.everyMinutes).toBeGreaterThan(0);
	});

	it.skipIf(!target.available)(
		"erases what each institution's retention keeps no longer, with the mails about it, once, and anonymously",
		async () => {
			const { context, clock } = tested;
			// Mari's course ended 2024-11-29: more than 24 months ago at test-vc, not 60 at other-vc.
			await signUpLearner(context, { offeringId: "tig-welding" }, { confirm: true });
			await signUpLearner(
				context,
				{ institutionId: "other-vc", offeringId: "tig-welding", address: "192.0.2.2" },
				{ confirm: true },
			);
			// Jaan keeps the mails of the course he is still registered for.
			for (const offeringId of ["mig-welding", "tig-welding"])
				await signUpLearner(
					context,
					{ offeringId, email: "jaan@example.ee", name: "Jaan Tamm", address: "192.0.2.3" },
					{ confirm: true },
				);
			// Liis never confirms.
			await signUpLearner(context, { email: "liis@example.ee", address: "192.0.2.4" });
			// A registration of a course the plan no longer has, made long ago, with its mail.
			await insertRegistration(context.store.db, {
				id: "gone-1",
				institutionId: "test-vc",
				offeringId: "gone-course",
				name: "Old Learner",
				email: "old@example.ee",
				phone: null,
				language: "et",
				consentText: "…",
				consentVersion: "2024-01",
				source: "direct",
				utmSource: null,
				utmMedium: null,
				utmCampaign: null,
				referrer: null,
				address: "192.0.2.9",
				createdAt: "2024-06-01T08:00:00.000Z",
				confirmTokenHash: "confirm-gone-1",
				unsubscribeTokenHash: "unsubscribe-gone-1",
			});
			await queueMail(
				context.store.db,
				{ to: "old@example.ee", subject: "Old news", text: "…" },
				"2024-06-01T08:00:00.000Z",
				{ institutionId: "test-vc" },
			);

			clock.advance(minute);
			expect(await retentionJob.run(context)).toEqual({ registrations: 3, mails: 2, links: 0 });
			expect(await left()).toEqual([
				{ institution_id: "other-vc", offering_id: "tig-welding", email: "mari@example.ee" },
				{ institution_id: "test-vc", offering_id: "mig-welding", email: "jaan@example.ee" },
				{ institution_id: "test-vc", offering_id: "mig-welding", email: "liis@example.ee" },
			]);
			const jaansMails = await context.store.db
				.selectFrom("mail_queue")
				.select("subject")
				.where("recipient", "=", "jaan@example.ee")
				.execute();
			expect(jaansMails).toHaveLength(2);
			const firstAudit = [
				{
					institution_id: "test-vc",
					actor: "retention",
					action: "registration.erased",
					entity_id: "test-vc",
					after: '{"registrations":3,"mails":2,"by":"retention"}',
				},
			];
			expect(await audited()).toEqual(firstAudit);
			const audit = (await auditText(context)).toLowerCase();
			for (const trace of ["mari", "old@example.ee", "gone-1"]) expect(audit).not.toContain(trace);

			// Again at once: nothing is left to do, and nothing more is recorded.
			expect(await retentionJob.run(context)).toEqual({ registrations: 0, mails: 0, links: 0 });
			expect(await audited()).toEqual(firstAudit);

			// 30 days on, Liis's unconfirmed sign-up goes; a year on, the mails' links expire.
			clock.advance(30 * day);
			expect(await retentionJob.run(context)).toEqual({ registrations: 1, mails: 1, links: 0 });
			clock.advance(365 * day);
			expect(await retentionJob.run(context)).toEqual({ registrations: 0, mails: 0, links: 3 });
			expect(await left()).toEqual([
				{ institution_id: "other-vc", offering_id: "tig-welding", email: "mari@example.ee" },
				{ institution_id: "test-vc", offering_id: "mig-welding", email: "jaan@example.ee" },
			]);
		},
	);

	it.skipIf(!target.available)(
		"keeps a registration of a past course whose history gives no last day until the months after it was made",
		async () => {
			const { context, clock } = tested;
			// Made on 2026-04-01: kept until 2028-04-01, and the learner's page names the course.
			await addCountedRegistrations(tested.store, "cnc-2026", [
				{ state: "enrolled", appliedAt: "2026-04-02T09:00:00Z" },
			]);
			const data = await learnerData(context, "test-vc", "learner1.cnc-2026@example.ee");
			expect(data.registrations).toEqual([
				expect.objectContaining({ offering: { title: "CNC basics" }, keptUntil: "2028-04-01" }),
			]);
			clock.set("2028-04-01T12:00:00.000Z");
			expect(await retentionJob.run(context)).toMatchObject({ registrations: 0 });
			clock.set("2028-04-02T12:00:00.000Z");
			expect(await retentionJob.run(context)).toMatchObject({ registrations: 1 });
			expect(await left()).toEqual([]);
		},
	);
});
