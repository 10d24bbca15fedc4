import { describe, expect, it } from "vitest";
import { useContext } from "../../test/fixtures/context.ts";
import { auditText, learnerPlans, linkToken, signUpLearner } from "../../test/fixtures/learners.ts";
import { storeTargets } from "../../test/fixtures/stores.ts";
import { recordChange } from "../store/audit-repository.ts";
import type { Actor } from "./actor.ts";
import type { KairosError } from "./errors.ts";
import { learnerDataByLink } from "./learner-data.ts";
import { eraseLearnerData, eraseLearnerDataByLink } from "./learner-erasure.ts";
import { unsubscribe } from "./sign-up.ts";

const support: Actor = {
	label: "account:support-1",
	role: "support",
	accountId: "support-1",
	institutionId: "test-vc",
};

const refusal = (code: string) => expect.objectContaining({ code }) as unknown as KairosError;

describe.each(storeTargets)("erasing a learner's data on $name", (target) => {
	const tested = useContext(target, learnerPlans());

	/** Mari in both of test-vc's offerings and in other-vc's, and Jaan in test-vc's. */
	async function signUps() {
		const { context } = tested;
		const mari = await signUpLearner(context, {}, { confirm: true });
		await signUpLearner(context, {
			offeringId: "tig-welding",
			email: "MARI@example.ee",
			address: "192.0.2.2",
		});
		const elsewhere = await signUpLearner(context, {
			institutionId: "other-vc",
			address: "192.0.2.3",
		});
		const jaan = await signUpLearner(context, {
			name: "Jaan Tamm",
			email: "jaan@example.ee",
			address: "192.0.2.4",
		});
		const ids = await context.store.db
			.selectFrom("registrations")
			.select("id")
			.where("institution_id", "=", "test-vc")
			.where("email", "=", "mari@example.ee")
			.execute();
		// Earlier entries that name her: by e-mail (in any case) and by a registration's id.
		await context.store.db.transaction().execute(async (trx) => {
			const entry = (entityId: string, before: unknown) =>
				recordChange(
					trx,
					"account:manager-1",
					{
						institutionId: "test-vc",
						action: "update",
						entity: "registration",
						entityId,
						before,
						after: { state: "applied" },
					},
					"2027-03-01T09:00:00.000Z",
				);
			await entry("note", { note: "called Mari@Example.ee about the course" });
			await entry(ids[0]?.id ?? "", { state: "interest", name: "Mari Maasikas" });
			await entry("jaan", { email: "jaan@example.ee" });
		});
		return { mari, elsewhere, jaan, ids: ids.map((row) => row.id) };
	}

	const registrations = () =>
		tested.store.db
			.selectFrom("registrations")
			.select(["institution_id", "email"])
			.orderBy("institution_id")
			.orderBy("email")
			.execute();
	const mailsTo = (institutionId: string, email: string) =>
		tested.store.db
			.selectFrom("mail_queue")
			.select("subject")
			.where("institution_id", "=", institutionId)
			.where("recipient", "=", email)
			.execute();

	it.skipIf(!target.available)(
		"erases on the staff's word everything of the address at the institution, and nothing of anybody else's",
		async () => {
			const { context } = tested;
			const { mari, elsewhere, jaan, ids } = await signUps();
			const erased = await eraseLearnerData(context, "test-vc", " Mari@Example.ee", support);
			expect(erased).toEqual({ registrations: 2, mails: 2 });

			expect(await registrations()).toEqual([
				{ institution_id: "other-vc", email: "mari@example.ee" },
				{ institution_id: "test-vc", email: "jaan@example.ee" },
			]);
			expect(await mailsTo("test-vc", "mari@example.ee")).toEqual([]);
			expect(await mailsTo("other-vc", "mari@example.ee")).toHaveLength(1);
			await expect(learnerDataByLink(context, mari)).rejects.toEqual(refusal("not_found"));
			await expect(learnerDataByLink(context, elsewhere)).resolves.toBeDefined();
			await expect(learnerDataByLink(context, jaan)).resolves.toBeDefined();

			const audit = await auditText(context);
			for (const trace of ["mari@example.ee", "Mari Maasikas", ...ids])
				expect(audit.toLowerCase(), trace).not.toContain(trace.toLowerCase());
			expect(audit).toContain("jaan@example.ee");
			const entries = await context.store.db
				.selectFrom("audit_log")
				.select(["actor", "action", "entity", "entity_id", "before", "after"])
				.orderBy("id")
				.execute();
			expect(entries).toEqual([
				{
					actor: "account:manager-1",
					action: "update",
					entity: "registration",
					entity_id: "note",
					before: '"erased"',
					after: '"erased"',
				},
				{
					actor: "account:manager-1",
					action: "update",
					entity: "registration",
					entity_id: "erased",
					before: '"erased"',
					after: '"erased"',
				},
				{
					actor: "account:manager-1",
					action: "update",
					entity: "registration",
					entity_id: "jaan",
					before: '{"email":"jaan@example.ee"}',
					after: '{"state":"applied"}',
				},
				{
					actor: "account:support-1",
					action: "registration.erased",
					entity: "learner-data",
					entity_id: "test-vc",
					before: null,
					after: '{"registrations":2,"mails":2,"by":"staff"}',
				},
			]);
		},
	);

	it.skipIf(!target.available)(
		"lets the learner erase their own data with their link once, and records that they did",
		async () => {
			const { context } = tested;
			const { mari } = await signUps();
			await expect(eraseLearnerDataByLink(context, mari)).resolves.toEqual({
				registrations: 2,
				mails: 2,
			});
			await expect(eraseLearnerDataByLink(context, mari)).rejects.toEqual(refusal("not_found"));
			const last = await context.store.db
				.selectFrom("audit_log")
				.select(["actor", "after"])
				.orderBy("id", "desc")
				.executeTakeFirstOrThrow();
			expect(last).toEqual({
				actor: "learner",
				after: '{"registrations":2,"mails":2,"by":"learner"}',
			});
			expect((await auditText(context)).toLowerCase()).not.toContain("mari@example.ee");
		},
	);

	it.skipIf(!target.available)(
		"erases the mails and links of an address whose registrations were all unsubscribed",
		async () => {
			const { context } = tested;
			const token = await signUpLearner(context);
			const mail = await context.store.db
				.selectFrom("mail_queue")
				.select("message")
				.executeTakeFirstOrThrow();
			await unsubscribe(context, linkToken(mail.message, "unsubscribe"));
			expect((await learnerDataByLink(context, token)).registrations).toEqual([]);
			await expect(eraseLearnerDataByLink(context, token)).resolves.toEqual({
				registrations: 0,
				mails: 1,
			});
			expect(await mailsTo("test-vc", "mari@example.ee")).toEqual([]);
			await expect(learnerDataByLink(context, token)).rejects.toEqual(refusal("not_found"));
		},
	);

	it.skipIf(!target.available)(
		"records an erasure of an address nothing is kept about, and refuses a malformed one",
		async () => {
			const { context } = tested;
			await expect(
				eraseLearnerData(context, "test-vc", "nobody@example.ee", support),
			).resolves.toEqual({ registrations: 0, mails: 0 });
			expect(await auditText(context)).toContain(
				'{\\"registrations\\":0,\\"mails\\":0,\\"by\\":\\"staff\\"}',
			);
			await expect(eraseLearnerData(context, "test-vc", "nobody", support)).rejects.toEqual(
				refusal("validation_failed"),
			);
			await expect(
				eraseLearnerData(context, "no-such-vc", "nobody@example.ee", support),
			).rejects.toEqual(refusal("not_found"));
		},
	);
});
