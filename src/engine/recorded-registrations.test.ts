import { describe, expect, it } from "vitest";
import { healthyOffering, healthyPlan } from "../../test/fixtures/plans.ts";
import {
	cumulativeCounts,
	joinCounts,
	withRecordedRegistrations,
} from "./recorded-registrations.ts";

describe("registrations recorded in Kairos beside the plan's", () => {
	it("count each day's applications into a running total", () => {
		expect(cumulativeCounts(["2027-03-02", "2027-03-01", "2027-03-02", "2027-04-10"])).toEqual([
			{ date: "2027-03-01", count: 1 },
			{ date: "2027-03-02", count: 3 },
			{ date: "2027-04-10", count: 4 },
		]);
		expect(cumulativeCounts([])).toEqual([]);
	});

	it("join two cumulative counts by the larger on every date either gives", () => {
		const plan = [
			{ date: "2027-03-01", count: 2 },
			{ date: "2027-04-01", count: 5 },
		];
		const recorded = [
			{ date: "2027-03-15", count: 3 },
			{ date: "2027-04-20", count: 4 },
		];
		expect(joinCounts(plan, recorded)).toEqual([
			{ date: "2027-03-01", count: 2 },
			{ date: "2027-03-15", count: 3 },
			{ date: "2027-04-01", count: 5 },
			{ date: "2027-04-20", count: 5 },
		]);
	});

	it("do not count twice what a plan file already took from them", () => {
		const recorded = [{ date: "2027-03-15", count: 3 }];
		expect(joinCounts(joinCounts([], recorded), recorded)).toEqual(recorded);
	});

	it("replace nothing but the counts of the offerings that have recorded ones", () => {
		const first = healthyOffering({
			id: "first",
			registrations: [{ date: "2027-08-01", count: 4 }],
		});
		const second = healthyOffering({ id: "second" });
		const plan = { ...healthyPlan(), offerings: [first, second] };
		const joined = withRecordedRegistrations(
			plan,
			new Map([[first.id, [{ date: "2099-01-01", count: 99 }]]]),
		);
		expect(joined.offerings[0]?.registrations).toEqual([
			{ date: "2027-08-01", count: 4 },
			{ date: "2099-01-01", count: 99 },
		]);
		expect(joined.offerings[1]).toBe(second);
		expect(withRecordedRegistrations(plan, new Map())).toBe(plan);
	});
});
