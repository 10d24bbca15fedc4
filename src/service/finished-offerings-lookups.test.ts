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

	run("leaves a learner's data, the jobs and the catalogue working without it", async () => {
		const { context } = tested;
		await moved();
		// Kept by the rule for a course the plan no longer has: 24 months after it was made.
		const data = await learnerData(context, "test-vc", "learner1.mig-welding@example.ee");
		expect(data.registrations).toEqual([
			expect.objectContaining({ offering: null, keptUntil: "2029-04-01" }),
		]);
		expect(await followThroughDecisions(context)).toEqual({ offerings: 0, mails: 0, moved: 0 });
		await expect(ownerDigestsJob.run(context)).resolves.toBeDefined();
		expect(await registrationNoticesJob.run(context)).toMatchObject({ promoted: 0 });
		const catalogue = await publicCatalogue(context);
		expect(
			catalogue.institutions.flatMap((entry) =>
				entry.offerings.map((listed) => listed.offering.id),
			),
		).toEqual(["mig-welding-spring-2028"]);
	});
});
