import { describe, expect, it } from "vitest";
import { useContext } from "../../test/fixtures/context.ts";
import { addCountedRegistrations } from "../../test/fixtures/counted-registrations.ts";
import { healthyOffering, healthyPlan } from "../../test/fixtures/plans.ts";
import { storeTargets } from "../../test/fixtures/stores.ts";
import type { PlanFile } from "../model/plan-file.ts";
import { commandLine } from "./actor.ts";
import { publicCatalogue } from "./catalogue.ts";
import { followThroughDecisions } from "./follow-through.ts";
import { historyJob } from "./jobs/history-job.ts";
import { ownerDigestsJob } from "./jobs/owner-digests-job.ts";
import { registrationNoticesJob } from "./jobs/registration-notices-job.ts";
import { retentionJob } from "./jobs/retention-job.ts";
import { learnerData } from "./learner-data.ts";
import { institutionOfOffering } from "./offerings.ts";
import { changeRegistration, offeringRegistrations, promoteNext } from "./registrations.ts";

/** Welding, decided go and finished by mid-December, beside its spring run. */
function weldingPlan(): PlanFile {
	return {
		...healthyPlan(),
		offerings: [
			healthyOffering({ decision: "go", released: true }),
			healthyOffering({
				id: "mig-welding-spring-2028",
				intake: "spring-2028",
				start: "2028-02-21",
				end: "2028-04-28",
				released: true,
			}),
		],
	};
}

const key = { institutionId: "test-vc", offeringId: "mig-welding" };

describe.each(storeTargets)("an offering moved into the history, on $name", (target) => {
	const tested = useContext(target, [weldingPlan()]);
	const run = it.skipIf(!target.available);

	/** Welding's two registrations, the history job run after its end; their ids. */
	async function moved(): Promise<string[]> {
		const ids = await addCountedRegistrations(tested.store, "mig-welding", [
			{ state: "enrolled", appliedAt: "2027-04-02T09:00:00Z" },
			{ state: "waitlisted", appliedAt: "2027-09-01T09:00:00Z" },
		]);
		tested.clock.set("2027-12-15T08:00:00.000Z");
		expect(await historyJob.run(tested.context)).toEqual({ movedToHistory: 1, keptInPlan: 0 });
		return ids;
	}

	run("keeps its registrations in the staff's view, which no longer change", async () => {
		const { context } = tested;
		const [enrolled] = await moved();
		const listing = await offeringRegistrations(context, key);
		expect(listing.maxParticipants).toBe(14);
		expect(listing.registrations.map((registration) => registration.state)).toEqual([
			"enrolled",
			"waitlisted",
		]);
		expect(listing.counts).toMatchObject({ enrolled: 1, waitlisted: 1 });
		// An administrator finds it by its id alone.
		expect(await institutionOfOffering(context, commandLine, "mig-welding")).toBe("test-vc");
		const refusal = {
			code: "conflict",
			message:
				'offering "mig-welding" has finished and moved into the history: its registrations no longer change',
		};
		await expect(
			changeRegistration(context, key, enrolled ?? "", "withdrawn", 1, commandLine),
		).rejects.toMatchObject(refusal);
		await expect(promoteNext(context, key, commandLine)).rejects.toMatchObject(refusal);
		await expect(
			offeringRegistrations(context, { ...key, offeringId: "no-such-course" }),
		).rejects.toMatchObject({ code: "not_found" });
	});

	run(
		"keeps its registrations until the retention's months after its last day, then erases them",
		async () => {
			const { context, clock } = tested;
			await moved();
			const left = () => context.store.db.selectFrom("registrations").select("state").execute();
			// On the last day kept, 24 months after the course ended: a year and a half after they were made.
			clock.set("2029-11-26T12:00:00.000Z");
			expect(await retentionJob.run(context)).toMatchObject({ registrations: 0 });
			expect(await left()).toHaveLength(2);
			clock.set("2029-11-27T12:00:00.000Z");
			expect(await retentionJob.run(context)).toMatchObject({ registrations: 2 });
			expect(await left()).toEqual([]);
		},
	);

	run("leaves its tasks out of the owners' digests, which list the spring run's", async () => {
		const { context, clock } = tested;
		await moved();
		// Monday: the spring run's tasks are overdue for all but Anu, whose were only the moved course's.
		clock.set("2027-12-20T08:00:00.000Z");
		expect(await ownerDigestsJob.run(context)).toEqual({
			weekly: 3,
			overdue: 0,
			alreadySent: 0,
			optedOut: 0,
		});
		const digests = await context.store.db
			.selectFrom("mail_queue")
			.select(["recipient", "message"])
			.where("dedupe_key", "like", "digest:%")
			.orderBy("recipient")
			.execute();
		expect(digests.map((digest) => digest.recipient)).toEqual([
			"kadri@test.ee",
			"liis@test.ee",
			"mart@test.ee",
		]);
		const linked = digests.flatMap((digest) =>
			[...(digest.message ?? "").matchAll(/\/app\/offerings\/([\w-]+)/g)].map((link) => link[1]),
		);
		expect(new Set(linked)).toEqual(new Set(["mig-welding-spring-2028"]));
	});

	run("leaves a learner's data, the jobs and the catalogue working without it", async () => {
		const { context } = tested;
		await moved();
		// Named by its row in the history, and kept until 24 months after the last day it keeps.
		const data = await learnerData(context, "test-vc", "learner1.mig-welding@example.ee");
		expect(data.registrations).toEqual([
			expect.objectContaining({
				offering: { title: "MIG/MAG welding basics", end: "2027-11-26" },
				keptUntil: "2029-11-26",
			}),
		]);
		expect(await followThroughDecisions(context)).toEqual({ offerings: 0, mails: 0, moved: 0 });
		expect(await registrationNoticesJob.run(context)).toMatchObject({ promoted: 0 });
		const catalogue = await publicCatalogue(context);
		expect(
			catalogue.institutions.flatMap((entry) =>
				entry.offerings.map((listed) => listed.offering.id),
			),
		).toEqual(["mig-welding-spring-2028"]);
	});
});
