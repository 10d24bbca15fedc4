import { describe, expect, it } from "vitest";
import { useContext } from "../../test/fixtures/context.ts";
import { planWith } from "../../test/fixtures/plans.ts";
import {
	deliveredMails,
	learnerForm,
	linkToken,
	subjectOf,
} from "../../test/fixtures/registrations.ts";
import { storeTargets } from "../../test/fixtures/stores.ts";
import { applyForOffering } from "./apply.ts";
import { confirmInterest, registerInterest, unsubscribe } from "./sign-up.ts";

const groupOfTwo = planWith({ participants: { min: 1, max: 2 } });

describe.each(storeTargets)("applying from the catalogue on $name", (target) => {
	const test = useContext(target, [groupOfTwo]);
	const run = it.skipIf(!target.available);
	const rows = () =>
		test.store.db
			.selectFrom("registrations")
			.select(["email", "state", "applied_at", "waitlisted_at", "waitlist_order", "version"])
			.orderBy("email")
			.execute();
	const mails = () => deliveredMails(test.context, test.mails);

	run("takes a place while places are free, then waitlists in order, saying where", async () => {
		const answers = [];
		for (const name of ["ann", "ben", "cid", "dan"]) {
			answers.push(
				await applyForOffering(test.context, learnerForm({ email: `${name}@example.ee` })),
			);
			test.clock.advance(1000);
		}
		expect(answers).toEqual([
			{ state: "applied" },
			{ state: "applied" },
			{ state: "waitlisted", position: 1 },
			{ state: "waitlisted", position: 2 },
		]);
		expect((await rows()).map((row) => [row.email, row.state, row.waitlist_order])).toEqual([
			["ann@example.ee", "applied", null],
			["ben@example.ee", "applied", null],
			["cid@example.ee", "waitlisted", 1],
			["dan@example.ee", "waitlisted", 2],
		]);
		const sent = await mails();
		expect(sent.map(subjectOf)).toEqual(
			Array(4).fill("Confirm your application: MIG/MAG welding basics"),
		);
		expect(sent[0]).toContain("Your place in the group is kept");
		expect(sent[3]).toMatch(/^To: dan@example\.ee/m);
		expect(sent[3]).toContain("The group is full, so you are number 2 on the waitlist.");
	});

	run("moves an interest on to its application, confirmed or not, and mails it once", async () => {
		const confirmed = learnerForm({ email: "kai@example.ee" });
		await registerInterest(test.context, confirmed);
		await test.store.db
			.updateTable("registrations")
			.set({ confirmed_at: "2027-03-01T08:00:00.000Z" })
			.execute();
		const unconfirmed = learnerForm({ email: "liis@example.ee", language: "et" });
		await registerInterest(test.context, unconfirmed);
		await mails();
		const before = test.mails().length;

		expect(await applyForOffering(test.context, { ...confirmed, address: "192.0.2.50" })).toEqual({
			state: "applied",
		});
		expect(await applyForOffering(test.context, { ...unconfirmed, address: "192.0.2.51" })).toEqual(
			{ state: "applied" },
		);
		expect((await rows()).map((row) => [row.email, row.state, row.version])).toEqual([
			["kai@example.ee", "applied", 2],
			["liis@example.ee", "applied", 2],
		]);
		const sent = (await mails()).slice(before);
		const to = (name: string) => sent.find((mail) => mail.includes(`To: ${name}@`));
		expect(subjectOf(to("kai"))).toBe("Application received: MIG/MAG welding basics");
		expect(to("kai")).toContain("https://kursused.test.ee/en/courses/test-vc/mig-welding");
		expect(to("kai")).not.toContain("/confirm/");
		expect(to("kai")).toMatch(/\/en\/my-data\/[\w-]{43}/);
		expect(to("liis")).toMatch(/\/et\/my-data\/[\w-]{43}/);
		expect(subjectOf(to("liis"))).toBe("Kinnita oma avaldus: MIG/MAG welding basics");
		expect(linkToken(to("liis"), "confirm")).toMatch(/^[\w-]{43}$/);

		// Applying again changes nothing, and a confirmed address hears nothing more.
		await applyForOffering(test.context, { ...confirmed, address: "192.0.2.52" });
		expect((await rows())[0]?.version).toBe(2);
		expect((await mails()).length).toBe(before + 2);
	});

	run("answers a known address as it would a newcomer, revealing nobody", async () => {
		const first = learnerForm({ email: "eve@example.ee" });
		await applyForOffering(test.context, first);
		await applyForOffering(test.context, learnerForm());
		expect(await applyForOffering(test.context, { ...first, address: "192.0.2.60" })).toEqual({
			state: "waitlisted",
			position: 1,
		});
		expect((await rows()).filter((row) => row.state === "waitlisted")).toEqual([]);
	});

	run("frees the place of someone who unsubscribes, for the next on the waitlist", async () => {
		for (const name of ["ann", "ben", "cid", "dan"]) {
			await applyForOffering(test.context, learnerForm({ email: `${name}@example.ee` }));
			test.clock.advance(1000);
		}
		const sent = await mails();
		// Only a confirmed address is moved up the waitlist: Cid confirms, Dan does not.
		const cid = sent.find((mail) => /^To: cid@/m.test(mail));
		await confirmInterest(test.context, linkToken(cid, "confirm"));
		const ann = sent.find((mail) => /^To: ann@/m.test(mail));
		await unsubscribe(test.context, linkToken(ann, "unsubscribe"));
		const states = await rows();
		const forgotten = (email: string) => email.replace(/^unsubscribed:.*/, "(forgotten)");
		expect(states.map((row) => [forgotten(row.email), row.state])).toEqual([
			["ben@example.ee", "applied"],
			["cid@example.ee", "applied"],
			["dan@example.ee", "waitlisted"],
			["(forgotten)", "withdrawn"],
		]);
		const promoted = (await mails()).at(-1);
		expect(promoted).toMatch(/^To: cid@example\.ee/m);
		expect(subjectOf(promoted)).toBe("A place is yours: MIG/MAG welding basics");
		const audit = await test.store.db
			.selectFrom("audit_log")
			.select(["actor", "entity", "after"])
			.orderBy("id")
			.execute();
		expect(
			audit.map((entry) => [entry.actor, entry.entity, JSON.parse(entry.after ?? "{}").state]),
		).toEqual([
			["learner", "registration", "withdrawn"],
			["learner", "registration", "applied"],
		]);
	});

	run("gives each of many applications at once its own place or waitlist number", async () => {
		const answers = await Promise.all(
			Array.from({ length: 8 }, (_, index) =>
				applyForOffering(test.context, learnerForm({ email: `parallel-${index}@example.ee` })),
			),
		);
		expect(answers.filter((answer) => answer.state === "applied")).toHaveLength(2);
		const positions = answers.flatMap((answer) =>
			answer.state === "waitlisted" ? [answer.position] : [],
		);
		expect(positions.sort()).toEqual([1, 2, 3, 4, 5, 6]);
		const waitlist = (await rows()).filter((row) => row.state === "waitlisted");
		expect(waitlist.map((row) => row.waitlist_order).sort()).toEqual([1, 2, 3, 4, 5, 6]);
	});
});
