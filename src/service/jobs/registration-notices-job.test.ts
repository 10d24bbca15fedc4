import { describe, expect, it } from "vitest";
import { useContext } from "../../../test/fixtures/context.ts";
import { planWith } from "../../../test/fixtures/plans.ts";
import {
	deliveredMails,
	storedRegistration,
	subjectOf,
} from "../../../test/fixtures/registrations.ts";
import { storeTargets } from "../../../test/fixtures/stores.ts";
import { jobs } from "./index.ts";
import { registrationNoticesJob } from "./registration-notices-job.ts";

const at = "2027-03-20T08:00:00.000Z";
/** Released, for the autumn intake, whose admission (and so registration) opens on 2027-04-01. */
const released = planWith({ released: true, participants: { min: 1, max: 2 } });

describe.each(storeTargets)("the registration-notices job on $name", (target) => {
	describe("once registration is open", () => {
		const test = useContext(target, [released], { today: "2027-05-03" });
		const run = it.skipIf(!target.available);

		run("invites every confirmed, subscribed interest once, in their language", async () => {
			await storedRegistration(test.store, "Mari", "interest", at, { language: "et" });
			await storedRegistration(test.store, "John", "interest", at, { language: "en" });
			await storedRegistration(test.store, "Unsure", "interest", at);
			await test.store.db
				.updateTable("registrations")
				.set({ confirmed_at: null })
				.where("name", "=", "Unsure")
				.execute();
			await storedRegistration(test.store, "Gone", "interest", at);
			await test.store.db
				.updateTable("registrations")
				.set({ unsubscribed_at: at })
				.where("name", "=", "Gone")
				.execute();
			await storedRegistration(test.store, "Applied", "applied", at);

			expect(await registrationNoticesJob.run(test.context)).toEqual({
				released: 0,
				promoted: 0,
				invited: 2,
			});
			expect(await registrationNoticesJob.run(test.context)).toEqual({
				released: 0,
				promoted: 0,
				invited: 0,
			});
			const mails = await deliveredMails(test.context, test.mails);
			const to = (name: string) => mails.find((mail) => mail.includes(`To: ${name}@`));
			expect(mails).toHaveLength(2);
			expect(subjectOf(to("mari"))).toBe("Registreerimine on avatud: MIG/MAG welding basics");
			expect(to("mari")).toContain("https://kursused.test.ee/et/courses/test-vc/mig-welding");
			// Like every learner's mail, it links to the page of the learner's own data.
			expect(to("mari")).toMatch(/https:\/\/kursused\.test\.ee\/et\/my-data\/[\w-]{43}/);
			expect(subjectOf(to("john"))).toBe("Registration is open: MIG/MAG welding basics");
			expect(to("john")).toMatch(/https:\/\/kursused\.test\.ee\/en\/unsubscribe\/[\w-]{43}/);

			// The mail queue forgets sent mail after 30 days; invited_at does not.
			await test.store.db.deleteFrom("mail_queue").execute();
			expect(await registrationNoticesJob.run(test.context)).toEqual({
				released: 0,
				promoted: 0,
				invited: 0,
			});
		});

		run("gives the places a raised maximum frees to the waitlist, oldest first", async () => {
			await storedRegistration(test.store, "Ann", "applied", at);
			await storedRegistration(test.store, "Ben", "applied", at);
			await storedRegistration(test.store, "Cid", "waitlisted", at, { waitlistOrder: 1 });
			await storedRegistration(test.store, "Dan", "waitlisted", at, { waitlistOrder: 2 });
			expect(await registrationNoticesJob.run(test.context)).toEqual({
				released: 0,
				promoted: 0,
				invited: 0,
			});
			await test.store.db
				.updateTable("offerings")
				.set((eb) => ({
					body: eb.fn("replace", [
						"body",
						eb.val('"participants":{"min":1,"max":2}'),
						eb.val('"participants":{"min":1,"max":3}'),
					]),
				}))
				.execute();
			expect(await registrationNoticesJob.run(test.context)).toEqual({
				released: 0,
				promoted: 1,
				invited: 0,
			});
			expect(await registrationNoticesJob.run(test.context)).toEqual({
				released: 0,
				promoted: 0,
				invited: 0,
			});
			const states = await test.store.db
				.selectFrom("registrations")
				.select(["name", "state"])
				.orderBy("name")
				.execute();
			expect(states.map((row) => `${row.name}:${row.state}`)).toEqual([
				"Ann:applied",
				"Ben:applied",
				"Cid:applied",
				"Dan:waitlisted",
			]);
			const mails = await deliveredMails(test.context, test.mails);
			expect(mails.map(subjectOf)).toEqual(["A place is yours: MIG/MAG welding basics"]);
		});
	});

	describe("with applications never confirmed", () => {
		const test = useContext(target, [released], { today: "2027-05-03" });
		const run = it.skipIf(!target.available);

		run(
			"withdraws them after 48 hours and gives their places to the confirmed who wait",
			async () => {
				test.clock.set("2027-05-03T08:00:00.000Z");
				const unconfirmed = async (name: string) =>
					test.store.db
						.updateTable("registrations")
						.set({ confirmed_at: null })
						.where("name", "=", name)
						.execute();
				// Two fake addresses took the group's places three days ago; one more waits first in line.
				await storedRegistration(test.store, "Fake", "applied", "2027-04-30T08:00:00.000Z");
				await storedRegistration(test.store, "Faker", "applied", "2027-04-30T08:01:00.000Z");
				await storedRegistration(test.store, "Fakest", "waitlisted", "2027-04-30T08:02:00.000Z", {
					waitlistOrder: 1,
				});
				await storedRegistration(test.store, "Real", "waitlisted", "2027-05-01T08:00:00.000Z", {
					waitlistOrder: 2,
				});
				// Applied an hour ago: still within the time to confirm.
				await storedRegistration(test.store, "Recent", "waitlisted", "2027-05-03T07:00:00.000Z", {
					waitlistOrder: 3,
				});
				for (const name of ["Fake", "Faker", "Fakest", "Recent"]) await unconfirmed(name);

				expect(await registrationNoticesJob.run(test.context)).toEqual({
					released: 3,
					promoted: 1,
					invited: 0,
				});
				expect(await registrationNoticesJob.run(test.context)).toEqual({
					released: 0,
					promoted: 0,
					invited: 0,
				});
				const states = await test.store.db
					.selectFrom("registrations")
					.select(["name", "state"])
					.orderBy("name")
					.execute();
				expect(states.map((row) => `${row.name}:${row.state}`)).toEqual([
					"Fake:withdrawn",
					"Faker:withdrawn",
					"Fakest:withdrawn",
					"Real:applied",
					"Recent:waitlisted",
				]);
				const mails = await deliveredMails(test.context, test.mails);
				expect(mails.map((mail) => /^To: (\S+)/m.exec(mail)?.[1])).toEqual(["real@example.ee"]);
			},
		);
	});

	describe("before registration opens", () => {
		const test = useContext(target, [released], { today: "2027-03-20" });
		it.skipIf(!target.available)("invites nobody yet", async () => {
			await storedRegistration(test.store, "Early", "interest", at);
			expect(await registrationNoticesJob.run(test.context)).toEqual({
				released: 0,
				promoted: 0,
				invited: 0,
			});
		});
	});

	it("is listed among the jobs", () => {
		expect(jobs.map((job) => job.name)).toContain("registration-notices");
	});
});
