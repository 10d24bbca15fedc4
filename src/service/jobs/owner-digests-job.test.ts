import { afterEach, describe, expect, it } from "vitest";
import { testContext, useContext } from "../../../test/fixtures/context.ts";
import { healthyPlan } from "../../../test/fixtures/plans.ts";
import { parseMail, smtpPeer } from "../../../test/fixtures/smtp-peer.ts";
import { seedPlans, storeTargets } from "../../../test/fixtures/stores.ts";
import type { PlanFile } from "../../model/plan-file.ts";
import { deliverQueuedMail } from "../mail-queue.ts";
import { createMailer } from "../mailer.ts";
import { optOutUrl, setDigestsByLink } from "./digest-opt-outs.ts";
import { sendOwnerDigests } from "./owner-digests-job.ts";

/**
 * The healthy plan, whose tasks fall (2027): Mart's "content approved" on 19 February, Kadri's
 * "budget approved" on Monday 1 March, Liis's "marketing plan ready" and Kadri's "staff briefed"
 * on 8 March, and later ones. Mart reads English.
 */
function digestPlan(): PlanFile {
	const plan = healthyPlan();
	plan.institution.people = (plan.institution.people ?? []).map((person) =>
		person.id === "mart" ? { ...person, language: "en" } : person,
	);
	return plan;
}

/** 08:00 UTC is 10:00 in Tallinn. */
const mondayMorning = "2027-03-01T08:00:00.000Z";
const tuesdayMorning = "2027-03-02T08:00:00.000Z";

describe.each(storeTargets)("the owners' digests on $name", (target) => {
	const fixture = useContext(target, [digestPlan()]);
	const queued = () =>
		fixture.store.db
			.selectFrom("mail_queue")
			.select(["recipient", "subject", "dedupe_key"])
			.orderBy("recipient")
			.execute();

	it.skipIf(!target.available)(
		"on the institution's Monday, mail each person with tasks overdue or due that week, once",
		async () => {
			// Still Sunday in UTC, but half past midnight on Monday in Tallinn.
			fixture.clock.set("2027-02-28T22:30:00.000Z");
			expect(await sendOwnerDigests(fixture.context)).toEqual({
				weekly: 2,
				overdue: 0,
				alreadySent: 0,
				optedOut: 0,
			});
			fixture.clock.set(mondayMorning);
			expect(await sendOwnerDigests(fixture.context)).toMatchObject({ weekly: 0, alreadySent: 2 });
			expect(await queued()).toEqual([
				{
					recipient: "kadri@test.ee",
					subject: "Sinu ülesanded, 9. nädal: 1 sel nädalal",
					dedupe_key: "digest:test-vc:kadri:2027-W09",
				},
				{
					recipient: "mart@test.ee",
					subject: "Your tasks, week 9: 1 overdue",
					dedupe_key: "digest:test-vc:mart:2027-W09",
				},
			]);
		},
	);

	it.skipIf(!target.available)(
		"on another day, mail whoever has a task that fell overdue that day, once",
		async () => {
			fixture.clock.set(tuesdayMorning);
			expect(await sendOwnerDigests(fixture.context)).toMatchObject({ weekly: 0, overdue: 1 });
			expect(await sendOwnerDigests(fixture.context)).toMatchObject({ overdue: 0, alreadySent: 1 });
			fixture.clock.set("2027-03-03T08:00:00.000Z");
			expect(await sendOwnerDigests(fixture.context)).toEqual({
				weekly: 0,
				overdue: 0,
				alreadySent: 0,
				optedOut: 0,
			});
			expect(await queued()).toEqual([
				{
					recipient: "kadri@test.ee",
					subject: "Ülesanne jäi tähtajast maha",
					dedupe_key: "overdue:test-vc:kadri:2027-03-02",
				},
			]);
			await deliverQueuedMail(fixture.context);
			const [mail] = fixture.mails().map(parseMail);
			expect(mail?.text).toContain(
				"Need sinu ülesanded koolis Test Vocational College olid tähtajaga eile ega ole veel tehtud:\n\n" +
					"1. märts 2027 · MIG/MAG welding basics: Eelarve kinnitatud\n" +
					"https://kursused.test.ee/app/offerings/mig-welding\n",
			);
		},
	);

	it.skipIf(!target.available)(
		"catches up on the days it did not run, back to each person's last mail",
		async () => {
			fixture.clock.set(mondayMorning);
			expect(await sendOwnerDigests(fixture.context)).toMatchObject({ weekly: 2 });
			// Not run on Tuesday: on Wednesday, Kadri hears of the task due on Monday, which
			// Monday's digest gave as due that week; Mart, whose overdue task Monday's digest
			// listed, hears nothing more.
			fixture.clock.set("2027-03-03T08:00:00.000Z");
			expect(await sendOwnerDigests(fixture.context)).toMatchObject({ overdue: 1 });
			fixture.clock.set("2027-03-04T08:00:00.000Z");
			expect(await sendOwnerDigests(fixture.context)).toMatchObject({ overdue: 0, alreadySent: 0 });
			const overdue = (await queued()).filter((mail) => mail.dedupe_key?.startsWith("overdue:"));
			expect(overdue).toEqual([
				{
					recipient: "kadri@test.ee",
					subject: "Ülesanne jäi tähtajast maha",
					dedupe_key: "overdue:test-vc:kadri:2027-03-03",
				},
			]);
			await deliverQueuedMail(fixture.context);
			const mail = fixture
				.mails()
				.map(parseMail)
				.find((entry) => entry.headers.get("subject") === "Ülesanne jäi tähtajast maha");
			expect(mail?.text).toContain(
				"Need sinu ülesanded koolis Test Vocational College jäid pärast eelmist kirja tähtajast maha ega ole veel tehtud:\n\n" +
					"1. märts 2027 · MIG/MAG welding basics: Eelarve kinnitatud\n",
			);
		},
	);

	it.skipIf(!target.available)(
		"sends nothing to a person who opted out, until they opt in again",
		async () => {
			const kadri = { institutionId: "test-vc", personId: "kadri" };
			const link = await optOutUrl(fixture.context, "et", kadri);
			const token = link.split("/").at(-1) ?? "";
			expect(await setDigestsByLink(fixture.context, token, true)).toEqual(kadri);
			fixture.clock.set(mondayMorning);
			expect(await sendOwnerDigests(fixture.context)).toMatchObject({ weekly: 1, optedOut: 1 });
			await setDigestsByLink(fixture.context, token, false);
			expect(await sendOwnerDigests(fixture.context)).toMatchObject({
				weekly: 1,
				alreadySent: 1,
				optedOut: 0,
			});
			await expect(setDigestsByLink(fixture.context, `${token}x`, true)).rejects.toMatchObject({
				code: "not_found",
			});
		},
	);

	it.skipIf(!target.available)("leaves out tasks that are done", async () => {
		const plan = digestPlan();
		const [offering] = plan.offerings;
		if (!offering) throw new Error("no offering");
		offering.milestoneStatus = {
			"budget-approved": { status: "done", doneOn: "2027-03-01" },
			"content-approved": "done",
		};
		await seedPlans(fixture.store, [plan]);
		fixture.clock.set(mondayMorning);
		expect(await sendOwnerDigests(fixture.context)).toMatchObject({ weekly: 0 });
		fixture.clock.set(tuesdayMorning);
		expect(await sendOwnerDigests(fixture.context)).toMatchObject({ overdue: 0 });
	});
});

const sqlite = storeTargets.filter((target) => target.name === "sqlite");

describe.each(sqlite)("the owners' digests through SMTP ($name)", (target) => {
	const fixture = useContext(target, [digestPlan()]);
	const closers: (() => Promise<void>)[] = [];
	afterEach(async () => {
		for (const close of closers.splice(0)) await close();
	});

	it("reach the SMTP server in each person's language, with their tasks, links and an opt-out", async () => {
		const peer = await smtpPeer();
		closers.push(peer.close);
		const mailer = createMailer({
			smtpUrl: `smtp://127.0.0.1:${peer.port}`,
			outboxDir: fixture.outbox,
			from: "Kairos <noreply@test.ee>",
		});
		const { context, clock } = testContext(fixture.store, { mailer });
		clock.set(mondayMorning);
		await sendOwnerDigests(context);
		expect(await deliverQueuedMail(context)).toEqual({ sent: 2, failed: 0 });
		const mails = new Map(
			peer.received.map((delivery) => [delivery.to.join(), parseMail(delivery.raw)]),
		);
		const kadri = mails.get("kadri@test.ee");
		const kadriOptOut = await optOutUrl(context, "et", {
			institutionId: "test-vc",
			personId: "kadri",
		});
		expect(kadri?.headers.get("subject")).toBe("Sinu ülesanded, 9. nädal: 1 sel nädalal");
		expect(kadri?.headers.get("list-unsubscribe")).toBe(`<${kadriOptOut}>`);
		expect(kadri?.text).toBe(
			[
				"Tere, Kadri Tamm!",
				"",
				"Sinu ülesanded koolis Test Vocational College sel nädalal (1. märts 2027–7. märts 2027):",
				"",
				"Tähtaeg sel nädalal:",
				"",
				"1. märts 2027 · MIG/MAG welding basics: Eelarve kinnitatud",
				"https://kursused.test.ee/app/offerings/mig-welding",
				"",
				"Kõik sinu ülesanded:",
				"https://kursused.test.ee/app/tasks",
				"",
				"Kui sa neid kokkuvõtteid ei soovi, loobu neist siin:",
				kadriOptOut,
				"",
			].join("\n"),
		);
		expect(kadri?.html).toContain(
			'<a href="https://kursused.test.ee/app/offerings/mig-welding">Ava kursus</a>',
		);
		expect(kadri?.html).toContain(`<a href="${kadriOptOut}">Loobu kokkuvõtetest</a>`);
		const mart = mails.get("mart@test.ee");
		expect(mart?.headers.get("subject")).toBe("Your tasks, week 9: 1 overdue");
		expect(mart?.text).toContain(
			"Overdue:\n\n19 February 2027 · MIG/MAG welding basics: Content approved\n",
		);
		expect(mart?.text).toContain("Nothing is due this week.");
		expect(mart?.text).toContain("https://kursused.test.ee/en/digests/opt-out/");
		expect(mart?.html).toContain('<html lang="en">');
	});
});
