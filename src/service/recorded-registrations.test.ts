import { describe, expect, it } from "vitest";
import { useContext } from "../../test/fixtures/context.ts";
import { planWith } from "../../test/fixtures/plans.ts";
import { storedRegistration } from "../../test/fixtures/registrations.ts";
import { storeTargets } from "../../test/fixtures/stores.ts";
import { plannedInstitution } from "./plans.ts";
import { recordedRegistrationCounts } from "./recorded-registrations.ts";

const plan = planWith({
	participants: { min: 2, max: 10 },
	registrations: [{ date: "2027-05-01", count: 1 }],
});

describe.each(storeTargets)("registrations recorded in Kairos on $name", (target) => {
	const test = useContext(target, [plan]);
	const run = it.skipIf(!target.available);

	run("count the place-holders by the day they applied in the school's time zone", async () => {
		// 22:30 UTC on 4 May is 01:30 on 5 May in Tallinn.
		await storedRegistration(test.store, "Ann", "applied", "2027-05-04T22:30:00.000Z");
		await storedRegistration(test.store, "Ben", "enrolled", "2027-05-04T08:00:00.000Z");
		await storedRegistration(test.store, "Cid", "waitlisted", "2027-05-04T09:00:00.000Z");
		await storedRegistration(test.store, "Dan", "interest", "2027-05-04T09:00:00.000Z");
		expect(await recordedRegistrationCounts(test.context, "test-vc", "Europe/Tallinn")).toEqual(
			new Map([
				[
					"mig-welding",
					[
						{ date: "2027-05-04", count: 1 },
						{ date: "2027-05-05", count: 2 },
					],
				],
			]),
		);
	});

	run(
		"join the plan's counts in the report, and a new registration changes it at once",
		async () => {
			const before = await plannedInstitution(test.context, "test-vc", { today: "2027-05-10" });
			expect(before.plan.offerings[0]?.registrations).toEqual([{ date: "2027-05-01", count: 1 }]);
			await storedRegistration(test.store, "Ann", "applied", "2027-05-04T08:00:00.000Z");
			await storedRegistration(test.store, "Ben", "applied", "2027-05-06T08:00:00.000Z");
			const after = await plannedInstitution(test.context, "test-vc", { today: "2027-05-10" });
			expect(after.plan.offerings[0]?.registrations).toEqual([
				{ date: "2027-05-01", count: 1 },
				{ date: "2027-05-04", count: 1 },
				{ date: "2027-05-06", count: 2 },
			]);
			expect(after.planVersion).toBe(before.planVersion);
		},
	);
});
