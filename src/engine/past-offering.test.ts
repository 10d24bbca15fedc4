import { describe, expect, it } from "vitest";
import { healthyOffering } from "../../test/fixtures/plans.ts";
import { pastOffering } from "../model/offering.ts";
import { communicationCostsAt } from "./budget.ts";
import { pastOfferingOf } from "./past-offering.ts";

const entry = {
	publication: "2027-03-15",
	decisionWindow: { from: "2027-03-15", to: "2027-06-15" },
};
const counts = {
	finalRegistrations: 11,
	channels: { facebook: 4, web: 7 },
	registrations: [
		{ date: "2027-04-01", count: 4 },
		{ date: "2027-06-01", count: 11 },
	],
};

describe("a finished offering's row in the history", () => {
	it("keeps what the plan and the report said of it, with its real counts", () => {
		const offering = healthyOffering({
			title: { et: "MIG/MAG-keevituse alused", en: "MIG/MAG welding basics" },
			decision: "go",
			budget: [
				{ category: "teaching", amount: 2400 },
				{ category: "communication", amount: 300 },
				{ category: "communication", amount: 12.5, per: "participant", label: "ads per place" },
			],
		});
		const past = pastOfferingOf(offering, entry, counts, ["et", "en"]);
		expect(past).toEqual({
			id: "mig-welding",
			title: "MIG/MAG-keevituse alused",
			field: "engineering",
			intake: "autumn-2027",
			decisionWindow: { from: "2027-03-15", to: "2027-06-15" },
			publication: "2027-03-15",
			start: "2027-09-20",
			participants: { min: 8, max: 14 },
			finalRegistrations: 11,
			outcome: "ran",
			communicationSpend: 437.5,
			channels: { facebook: 4, web: 7 },
			registrations: counts.registrations,
		});
		expect(pastOffering.parse(past)).toEqual(past);
	});

	it("is cancelled when the decision was no-go, a postponement or a merger", () => {
		for (const outcome of ["no-go", "postpone", "merge"] as const) {
			const decision = { outcome, ...(outcome !== "no-go" && { into: "other" }) };
			const past = pastOfferingOf(healthyOffering({ decision }), entry, counts, ["et"]);
			expect(past.outcome).toBe("cancelled");
		}
		const undecided = pastOfferingOf(healthyOffering(), entry, { finalRegistrations: 0 }, ["et"]);
		expect(undecided).toMatchObject({ outcome: "ran", finalRegistrations: 0 });
		expect(undecided).not.toHaveProperty("channels");
		expect(undecided).not.toHaveProperty("registrations");
	});

	it("has no communication spend without a communication line, and leaves out what the plan does not say", () => {
		const {
			field: _field,
			intake: _intake,
			...bare
		} = healthyOffering({
			budget: [{ category: "teaching", amount: 2400 }],
		});
		const past = pastOfferingOf(bare, entry, counts, ["et"]);
		expect(past).not.toHaveProperty("communicationSpend");
		expect(past).not.toHaveProperty("field");
		expect(past).not.toHaveProperty("intake");
	});
});

describe("the communication costs at a group size", () => {
	it("add the per-course lines and the per-participant ones times the group, in cents", () => {
		const offering = healthyOffering({
			budget: [
				{ category: "communication", amount: 0.1 },
				{ category: "communication", amount: 0.2, per: "participant" },
				{ category: "teaching", amount: 1000, per: "participant" },
			],
		});
		expect(communicationCostsAt(offering, 3)).toBe(0.7);
		expect(communicationCostsAt(offering, 0)).toBe(0.1);
		expect(communicationCostsAt(healthyOffering({ budget: [] }), 3)).toBeUndefined();
	});
});
