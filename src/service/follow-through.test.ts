import { describe, expect, it } from "vitest";
import { unfolded, useContext } from "../../test/fixtures/context.ts";
import { healthyOffering, healthyPlan } from "../../test/fixtures/plans.ts";
import { addRegistrants, type RegistrantFixture } from "../../test/fixtures/registrants.ts";
import { storeTargets } from "../../test/fixtures/stores.ts";
import type { Offering, RecordedDecision } from "../model/offering.ts";
import type { PlanFile } from "../model/plan-file.ts";
import { listChanges } from "../store/audit-repository.ts";
import { followThroughsOf } from "../store/follow-through-repository.ts";
import { digest } from "./digest.ts";
import { alternativesTo } from "./follow-through.ts";
import { followThroughJob } from "./jobs/follow-through-job.ts";
import { deliverQueuedMail } from "./mail-queue.ts";
import type { MailMessage } from "./mailer.ts";

const later = {
	id: "mig-welding-spring-2028",
	intake: "spring-2028",
	start: "2028-02-21",
	end: "2028-04-28",
	released: true,
} as const;

/** The welding course decided so, beside its spring run and a released CNC course of its field. */
function planDeciding(
	decision: RecordedDecision | undefined,
	changes: Partial<Offering> = {},
): PlanFile {
	return {
		...healthyPlan(),
		offerings: [
			healthyOffering({ ...(decision && { decision }), released: true, ...changes }),
			healthyOffering({ ...later }),
			healthyOffering({
				id: "cnc-basics",
				title: { et: "CNC alused", en: "CNC basics" },
				start: "2027-10-04",
				end: "2027-12-10",
				released: true,
			}),
			healthyOffering({
				id: "cooking",
				title: "Cooking",
				field: "catering",
				start: "2027-10-04",
				end: "2027-12-10",
				released: true,
			}),
		],
	};
}

const mari: RegistrantFixture = {
	name: "Mari Maasikas",
	email: "mari@example.ee",
	language: "et",
	state: "applied",
};
const john: RegistrantFixture = {
	name: "John Smith",
	email: "john@example.com",
	language: "en",
	state: "interest",
};
const silent: RegistrantFixture[] = [
	{
		name: "Never Confirmed",
		email: "unconfirmed@example.ee",
		language: "et",
		state: "interest",
		confirmed: false,
	},
	{ name: "Gone Away", email: "withdrawn@example.ee", language: "et", state: "withdrawn" },
	{
		name: "No More",
		email: "unsubscribed@example.ee",
		language: "et",
		state: "applied",
		unsubscribed: true,
	},
];

interface QueuedRow {
	recipient: string;
	subject: string;
	dedupe_key: string | null;
	message: string | null;
}

describe.each(storeTargets)("the follow-through of a decision on $name", (target) => {
	const run = it.skipIf(!target.available);

	describe("a go", () => {
		const test = useContext(target, [planDeciding({ outcome: "go", decidedBy: "kadri" })]);

		const queued = () =>
			test.store.db
				.selectFrom("mail_queue")
				.select(["recipient", "subject", "dedupe_key", "message"])
				.orderBy("recipient")
				.execute() as Promise<QueuedRow[]>;

		run(
			"mails every live registrant once, in their language, and records that it did",
			async () => {
				const ids = await addRegistrants(test.store, "test-vc", "mig-welding", [
					mari,
					john,
					...silent,
				]);
				expect(await followThroughJob.run(test.context)).toEqual({
					offerings: 1,
					mails: 2,
					moved: 0,
				});
				const rows = await queued();
				expect(rows.map((row) => [row.recipient, row.subject, row.dedupe_key])).toEqual([
					[
						"john@example.com",
						"Confirmed: MIG/MAG welding basics",
						`follow-through:test-vc:mig-welding:${ids[1]}:go`,
					],
					[
						"mari@example.ee",
						"Toimub: MIG/MAG welding basics",
						`follow-through:test-vc:mig-welding:${ids[0]}:go`,
					],
				]);
				const english = JSON.parse(rows[0]?.message ?? "{}") as MailMessage;
				const token = english.text.match(/\/en\/unsubscribe\/([\w-]+)/)?.[1] ?? "";
				expect(english.text).toMatch(
					new RegExp(
						`^${[
							"Hello John Smith,",
							"Good news: the group of MIG/MAG welding basics will run. It starts on 20 September 2027.",
							"The course's page:\nhttps://kursused.test.ee/en/courses/test-vc/mig-welding",
							"We write because you registered for this course.\nQuestions\\? Anu Kask, anu@test.ee",
							"Test Vocational College",
							`To stop these e-mails:\nhttps://kursused.test.ee/en/unsubscribe/${token}`,
							"See, download or erase the data we keep about you:\nhttps://kursused.test.ee/en/my-data/[\\w-]+",
						].join("\n\n")}\n$`,
					),
				);
				expect(english.replyTo).toBe("anu@test.ee");
				expect(english.unsubscribeUrl).toBe(`https://kursused.test.ee/en/unsubscribe/${token}`);
				// The link in the mail is the registration's: only its hash is kept.
				const johns = await test.store.db
					.selectFrom("registrations")
					.select("unsubscribe_token_hash")
					.where("id", "=", ids[1] ?? "")
					.executeTakeFirstOrThrow();
				expect(johns.unsubscribe_token_hash).toBe(digest(token));
				expect(await followThroughJob.run(test.context)).toEqual({
					offerings: 0,
					mails: 0,
					moved: 0,
				});
				expect(await queued()).toHaveLength(2);
				const [done] = await followThroughsOf(test.store.db, "test-vc");
				expect(done).toMatchObject({
					offeringId: "mig-welding",
					outcome: "go",
					mails: 2,
					moved: 0,
				});
				const [entry] = await listChanges(test.store.db, "test-vc", { limit: 1 });
				expect(entry).toMatchObject({
					actor: "job:follow-through",
					action: "follow-through",
					entityId: "mig-welding",
					after: { outcome: "go", registrants: 2, mails: 2, moved: 0, movedRegistrations: [] },
				});
				await deliverQueuedMail(test.context);
				const estonian = test
					.mails()
					.map(unfolded)
					.find((mail) => mail.includes("To: mari@example.ee"));
				expect(estonian).toContain("Tere, Mari Maasikas!");
				const estonianHtml = (JSON.parse(rows[1]?.message ?? "{}") as MailMessage).html;
				expect(estonianHtml).toContain('<html lang="et">');
			},
		);
	});

	describe("a no-go", () => {
		const test = useContext(target, [planDeciding({ outcome: "no-go", reason: "three of eight" })]);

		run(
			"tells the registrants, with the courses of the same field that may suit instead",
			async () => {
				await addRegistrants(test.store, "test-vc", "mig-welding", [mari, john]);
				await followThroughJob.run(test.context);
				const [message] = (
					await test.store.db
						.selectFrom("mail_queue")
						.select("message")
						.where("recipient", "=", "john@example.com")
						.execute()
				).map((row) => JSON.parse(row.message ?? "{}") as MailMessage);
				expect(message?.subject).toBe("Cancelled: MIG/MAG welding basics");
				expect(message?.text).toContain(
					"We are sorry: the course MIG/MAG welding basics, planned to start on 20 September 2027, will not run.",
				);
				expect(message?.text).toContain(
					[
						"These courses may suit you instead:",
						"CNC basics, starting 4 October 2027",
						"https://kursused.test.ee/en/courses/test-vc/cnc-basics",
						"MIG/MAG welding basics, starting 21 February 2028",
						"https://kursused.test.ee/en/courses/test-vc/mig-welding-spring-2028",
					].join("\n"),
				);
				expect(message?.text).not.toContain("three of eight");
				expect(message?.text).not.toContain("Cooking");
			},
		);
	});

	describe("a postponement", () => {
		const test = useContext(target, [
			planDeciding({ outcome: "postpone", into: later.id, decidedBy: "kadri" }),
		]);

		run(
			"moves the registrants to the next intake's course and tells them so; enrolments stay",
			async () => {
				const waiting: RegistrantFixture = {
					name: "Ülle Ootaja",
					email: "ylle@example.ee",
					language: "et",
					state: "waitlisted",
				};
				const enrolled: RegistrantFixture = {
					name: "Eve Enrolled",
					email: "eve@example.com",
					language: "en",
					state: "enrolled",
				};
				const twice: RegistrantFixture = {
					name: "Tiit Topelt",
					email: "tiit@example.ee",
					language: "et",
					state: "interest",
				};
				const ids = await addRegistrants(test.store, "test-vc", "mig-welding", [
					mari,
					john,
					waiting,
					enrolled,
					twice,
				]);
				await addRegistrants(test.store, "test-vc", later.id, [twice]);
				// The spring course has a waitlist of its own already: the moved one joins its end.
				const [ahead] = await addRegistrants(test.store, "test-vc", later.id, [
					{ name: "Ees Ootaja", email: "ees@example.ee", language: "et", state: "waitlisted" },
				]);
				await test.store.db
					.updateTable("registrations")
					.set({ waitlist_order: 5 })
					.where("id", "=", ahead ?? "")
					.execute();
				expect(await followThroughJob.run(test.context)).toEqual({
					offerings: 1,
					mails: 5,
					moved: 3,
				});
				const places = await test.store.db
					.selectFrom("registrations")
					.select(["id", "offering_id"])
					.where("id", "in", ids)
					.execute();
				const where = new Map(places.map((row) => [row.id, row.offering_id]));
				expect(ids.map((id) => where.get(id))).toEqual([
					later.id,
					later.id,
					later.id,
					"mig-welding",
					"mig-welding",
				]);
				const inLine = await test.store.db
					.selectFrom("registrations")
					.select(["state", "waitlist_order"])
					.where("id", "=", ids[2] ?? "")
					.executeTakeFirstOrThrow();
				expect(inLine).toEqual({ state: "waitlisted", waitlist_order: 6 });
				const texts = new Map(
					(
						await test.store.db.selectFrom("mail_queue").select(["recipient", "message"]).execute()
					).map((row) => [row.recipient, (JSON.parse(row.message ?? "{}") as MailMessage).text]),
				);
				expect(texts.get("john@example.com")).toContain(
					"The course MIG/MAG welding basics will not start on 20 September 2027: it moved to the next intake, and the new group, MIG/MAG welding basics, starts on 21 February 2028. Your registration moved with it: you need not register again.",
				);
				expect(texts.get("eve@example.com")).toContain(
					"Your place does not move by itself: please tell us whether you want to join the new group.",
				);
				expect(texts.get("tiit@example.ee")).toContain("Sa oled sinna juba registreerunud.");
				expect(texts.get("mari@example.ee")).toContain(
					"https://kursused.test.ee/et/courses/test-vc/mig-welding-spring-2028",
				);
				const [entry] = await listChanges(test.store.db, "test-vc", { limit: 1 });
				expect(entry?.after).toMatchObject({
					outcome: "postpone",
					into: later.id,
					moved: 3,
					movedRegistrations: ids.slice(0, 3),
				});
			},
		);
	});

	describe("a postponement into a course with one place left", () => {
		const plan = planDeciding({ outcome: "postpone", into: later.id });
		plan.offerings = plan.offerings.map((offering) =>
			offering.id === later.id ? { ...offering, participants: { min: 1, max: 2 } } : offering,
		);
		const test = useContext(target, [plan]);

		run(
			"gives the place to the first applicant and puts the next on its waitlist, telling each",
			async () => {
				await addRegistrants(test.store, "test-vc", later.id, [
					{ name: "Juba Sees", email: "sees@example.ee", language: "et", state: "enrolled" },
				]);
				const ids = await addRegistrants(test.store, "test-vc", "mig-welding", [
					{ ...mari, language: "en" },
					{
						name: "Second Applicant",
						email: "second@example.com",
						language: "en",
						state: "applied",
					},
				]);
				expect(await followThroughJob.run(test.context)).toMatchObject({ moved: 2 });
				const moved = await test.store.db
					.selectFrom("registrations")
					.select(["id", "offering_id", "state", "waitlist_order"])
					.where("id", "in", ids)
					.orderBy("created_at")
					.execute();
				expect(moved.map(({ id: _, ...rest }) => rest)).toEqual([
					{ offering_id: later.id, state: "applied", waitlist_order: null },
					{ offering_id: later.id, state: "waitlisted", waitlist_order: 1 },
				]);
				const texts = new Map(
					(
						await test.store.db.selectFrom("mail_queue").select(["recipient", "message"]).execute()
					).map((row) => [row.recipient, (JSON.parse(row.message ?? "{}") as MailMessage).text]),
				);
				expect(texts.get("mari@example.ee")).toContain(
					"Your registration moved with it: you need not register again.",
				);
				expect(texts.get("second@example.com")).toContain(
					"The new group is full: your registration moved to its waitlist, and we will write when a place is free.",
				);
				const [entry] = await listChanges(test.store.db, "test-vc", { limit: 1 });
				expect(entry?.after).toMatchObject({ moved: 2, waitlistedRegistrations: [ids[1]] });
			},
		);
	});

	describe("a changed decision", () => {
		const test = useContext(target, [planDeciding({ outcome: "go" })]);

		run("is followed through again, and the same outcome is never mailed twice", async () => {
			await addRegistrants(test.store, "test-vc", "mig-welding", [mari]);
			await followThroughJob.run(test.context);
			const offering = await test.store.db
				.selectFrom("offerings")
				.select("body")
				.where("id", "=", "mig-welding")
				.executeTakeFirstOrThrow();
			const changed = { ...JSON.parse(offering.body), decision: "no-go" };
			await test.store.db
				.updateTable("offerings")
				.set({ body: JSON.stringify(changed) })
				.where("id", "=", "mig-welding")
				.execute();
			await test.store.db
				.updateTable("institutions")
				.set((eb) => ({ plan_version: eb("plan_version", "+", 1) }))
				.execute();
			expect(await followThroughJob.run(test.context)).toMatchObject({ offerings: 1, mails: 1 });
			const subjects = await test.store.db
				.selectFrom("mail_queue")
				.select("subject")
				.orderBy("created_at")
				.execute();
			expect(subjects.map((row) => row.subject)).toEqual([
				"Toimub: MIG/MAG welding basics",
				"Ära jäetud: MIG/MAG welding basics",
			]);
		});
	});

	describe("a course that has ended", () => {
		const test = useContext(target, [planDeciding({ outcome: "go" })], { today: "2027-12-01" });

		run("is recorded as followed through without mailing anyone", async () => {
			await addRegistrants(test.store, "test-vc", "mig-welding", [mari]);
			expect(await followThroughJob.run(test.context)).toEqual({
				offerings: 1,
				mails: 0,
				moved: 0,
			});
			expect(await test.store.db.selectFrom("mail_queue").selectAll().execute()).toEqual([]);
		});
	});
});

describe("alternativesTo", () => {
	it("prefers the field's courses in the catalogue, else the next intake's, and leaves out those decided against", () => {
		const input = planDeciding({ outcome: "no-go" });
		const [cancelled] = input.offerings;
		if (!cancelled) throw new Error("no offering");
		expect(alternativesTo(input, cancelled, "2027-09-08").map((offering) => offering.id)).toEqual([
			"cnc-basics",
			"mig-welding-spring-2028",
		]);
		const elsewhere = { ...cancelled, field: "forestry" };
		expect(alternativesTo(input, elsewhere, "2027-09-08").map((offering) => offering.id)).toEqual([
			"mig-welding-spring-2028",
		]);
		const decided = {
			...input,
			offerings: input.offerings.map((offering) =>
				offering.id === "cnc-basics" ? { ...offering, decision: "no-go" as const } : offering,
			),
		};
		expect(alternativesTo(decided, cancelled, "2027-09-08").map((offering) => offering.id)).toEqual(
			["mig-welding-spring-2028"],
		);
	});
});
