import { describe, expect, it } from "vitest";
import { useContext } from "../../test/fixtures/context.ts";
import { planWith } from "../../test/fixtures/plans.ts";
import {
	deliveredMails,
	storedRegistration,
	subjectOf,
} from "../../test/fixtures/registrations.ts";
import { storeTargets } from "../../test/fixtures/stores.ts";
import type { Actor } from "./actor.ts";
import { KairosError } from "./errors.ts";
import {
	changeRegistration,
	offeringRegistrations,
	promoteNext,
	registrationCounts,
} from "./registrations.ts";
import { addRegistration } from "./staff-registrations.ts";

const key = { institutionId: "test-vc", offeringId: "mig-welding" };
const support: Actor = {
	label: "account:support",
	role: "support",
	accountId: "support",
	institutionId: "test-vc",
};
const groupOfTwo = planWith({ participants: { min: 1, max: 2 } });

/** The error a promise was refused with. */
const refusal = (promise: Promise<unknown>) =>
	promise.then(
		() => undefined,
		(error: unknown) => (error instanceof KairosError ? error : undefined),
	);

describe.each(storeTargets)("staff and registrations on $name", (target) => {
	const test = useContext(target, [groupOfTwo]);
	const run = it.skipIf(!target.available);

	/** Ann and Ben in the group, Cid and Dan waiting in that order. */
	async function fullGroup() {
		const at = (minute: number) => `2027-05-03T08:0${minute}:00.000Z`;
		return {
			ann: await storedRegistration(test.store, "Ann", "applied", at(1)),
			ben: await storedRegistration(test.store, "Ben", "enrolled", at(2)),
			cid: await storedRegistration(test.store, "Cid", "waitlisted", at(3), { waitlistOrder: 1 }),
			dan: await storedRegistration(test.store, "Dan", "waitlisted", at(4), { waitlistOrder: 2 }),
		};
	}
	const states = async () =>
		Object.fromEntries(
			(await offeringRegistrations(test.context, key)).registrations.map((entry) => [
				entry.name,
				[entry.state, entry.waitlistPosition],
			]),
		);

	run("lists the registrations with the waitlist in line, and counts them per state", async () => {
		await fullGroup();
		const listing = await offeringRegistrations(test.context, key);
		expect(await states()).toEqual({
			Ann: ["applied", undefined],
			Ben: ["enrolled", undefined],
			Cid: ["waitlisted", 1],
			Dan: ["waitlisted", 2],
		});
		expect(listing.counts).toEqual({
			interest: 0,
			applied: 1,
			waitlisted: 2,
			enrolled: 1,
			withdrawn: 0,
		});
		expect(listing.maxParticipants).toBe(2);
		const waiting = await offeringRegistrations(test.context, key, "waitlisted");
		expect(waiting.registrations.map((entry) => entry.name)).toEqual(["Cid", "Dan"]);
		expect(await registrationCounts(test.context, "test-vc")).toEqual([
			{
				offeringId: "mig-welding",
				counts: listing.counts,
				// Ann and Ben hold the places; they applied on the same day in Tallinn.
				fill: [{ date: "2027-05-03", count: 2 }],
			},
		]);
	});

	run("refuses a change the lifecycle does not allow, naming both states", async () => {
		const { ann } = await fullGroup();
		await changeRegistration(test.context, key, ann, "withdrawn", 1, support);
		const refused = await refusal(
			changeRegistration(test.context, key, ann, "enrolled", 2, support),
		);
		expect(refused?.code).toBe("conflict");
		expect(refused?.message).toBe("cannot go from withdrawn to enrolled");
		const stale = await refusal(changeRegistration(test.context, key, ann, "enrolled", 1, support));
		expect(stale?.code).toBe("precondition_failed");
	});

	run("gives a withdrawn place to the first on the waitlist, and mails them once", async () => {
		const { ben, cid } = await fullGroup();
		const change = await changeRegistration(test.context, key, ben, "withdrawn", 1, support);
		expect(change.registration).toMatchObject({ state: "withdrawn", version: 2 });
		expect(change.promoted.map((entry) => [entry.id, entry.state])).toEqual([[cid, "applied"]]);
		expect(await states()).toMatchObject({ Cid: ["applied", undefined], Dan: ["waitlisted", 1] });
		const mails = await deliveredMails(test.context, test.mails);
		expect(mails).toHaveLength(1);
		expect(mails[0]).toMatch(/^To: cid@example\.ee/m);
		expect(subjectOf(mails[0])).toBe("A place is yours: MIG/MAG welding basics");
		expect(mails[0]).toMatch(/https:\/\/kursused\.test\.ee\/en\/unsubscribe\/[\w-]{43}/);
		const audit = await test.store.db
			.selectFrom("audit_log")
			.select(["actor", "after"])
			.orderBy("id")
			.execute();
		expect(audit.map((entry) => [entry.actor, JSON.parse(entry.after ?? "{}")])).toEqual([
			["account:support", { offering: "mig-welding", state: "withdrawn" }],
			["account:support", { offering: "mig-welding", state: "applied" }],
		]);
	});

	run(
		"promotes one from the waitlist by hand even when the group is full, and mails them",
		async () => {
			const { cid, dan } = await fullGroup();
			expect((await promoteNext(test.context, key, support)).id).toBe(cid);
			expect((await promoteNext(test.context, key, support)).id).toBe(dan);
			const empty = await refusal(promoteNext(test.context, key, support));
			expect(empty?.code).toBe("conflict");
			expect(empty?.message).toBe('nobody is on the waitlist of "mig-welding"');
			const mails = await deliveredMails(test.context, test.mails);
			expect(mails.map((mail) => /^To: (.*)$/m.exec(mail)?.[1]).sort()).toEqual([
				"cid@example.ee",
				"dan@example.ee",
			]);
		},
	);

	run("promotes two different people when two staff promote at once", async () => {
		await fullGroup();
		for (let more = 0; more < 4; more++)
			await storedRegistration(
				test.store,
				`Eve ${more}`,
				"waitlisted",
				"2027-05-03T09:00:00.000Z",
				{
					waitlistOrder: 3 + more,
				},
			);
		const promoted = await Promise.all(
			Array.from({ length: 6 }, () => promoteNext(test.context, key, support)),
		);
		expect(promoted.map((entry) => entry.name).sort()).toEqual([
			"Cid",
			"Dan",
			"Eve 0",
			"Eve 1",
			"Eve 2",
			"Eve 3",
		]);
		expect((await offeringRegistrations(test.context, key)).counts.waitlisted).toBe(0);
		const mails = await deliveredMails(test.context, test.mails);
		expect(mails).toHaveLength(6);
	});

	run("adds a registration by hand, onto the waitlist once the group is full", async () => {
		await fullGroup();
		const added = await addRegistration(
			test.context,
			key,
			{ name: "Mari Maasikas", email: "Mari@Example.ee", appliedOn: "2027-05-01" },
			support,
		);
		expect(added).toMatchObject({
			state: "waitlisted",
			waitlistPosition: 3,
			email: "mari@example.ee",
			source: "staff",
			language: "et",
			// The start of 1 May in Tallinn, three hours ahead of UTC in summer.
			appliedAt: "2027-04-30T21:00:00.000Z",
		});
		expect(added.confirmedAt).not.toBeNull();
		const again = await refusal(
			addRegistration(test.context, key, { name: "Mari", email: "mari@example.ee" }, support),
		);
		expect(again?.code).toBe("conflict");
		const bad = await refusal(
			addRegistration(test.context, key, { name: " ", email: "nope", state: "applied" }, support),
		);
		expect(bad?.problems.map((problem) => problem.path)).toEqual(["name", "email"]);
		expect(await deliveredMails(test.context, test.mails)).toEqual([]);
	});
});
