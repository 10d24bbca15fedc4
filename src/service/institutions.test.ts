import { describe, expect, it } from "vitest";
import { useContext } from "../../test/fixtures/context.ts";
import { healthyPlan } from "../../test/fixtures/plans.ts";
import { storeTargets } from "../../test/fixtures/stores.ts";
import { commandLine } from "./actor.ts";
import { visibleInstitutions } from "./institutions.ts";

/** A school on the other side of the date line from Tallinn, naming no languages. */
function aucklandPlan() {
	const plan = healthyPlan();
	const { languages: _, ...institution } = plan.institution;
	plan.institution = {
		...institution,
		id: "auckland-vc",
		name: "Auckland College",
		timezone: "Pacific/Auckland",
	};
	return plan;
}

describe.each(storeTargets)("the institution list on $name", (target) => {
	const fixture = useContext(target, [healthyPlan(), aucklandPlan()]);

	it.skipIf(!target.available)(
		"gives each institution the date it is there, its time zone and its languages",
		async () => {
			// 22:30 UTC on 1 March: already 2 March in Tallinn (UTC+2) and in Auckland (UTC+13).
			fixture.clock.set("2027-03-01T22:30:00.000Z");
			expect(await visibleInstitutions(fixture.context, commandLine)).toEqual([
				{
					id: "auckland-vc",
					name: "Auckland College",
					planVersion: expect.any(Number),
					offerings: 1,
					timezone: "Pacific/Auckland",
					languages: [],
					today: "2027-03-02",
				},
				{
					id: "test-vc",
					name: "Test Vocational College",
					planVersion: expect.any(Number),
					offerings: 1,
					timezone: "Europe/Tallinn",
					languages: ["et", "en"],
					today: "2027-03-02",
				},
			]);
			// 12:30 UTC: still 1 March in Tallinn, already 2 March in Auckland.
			fixture.clock.set("2027-03-01T12:30:00.000Z");
			const days = (await visibleInstitutions(fixture.context, commandLine)).map(
				(institution) => institution.today,
			);
			expect(days).toEqual(["2027-03-02", "2027-03-01"]);
		},
	);
});
