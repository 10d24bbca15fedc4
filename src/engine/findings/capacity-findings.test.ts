import { describe, expect, it } from "vitest";
import { estonianHolidays } from "../../../test/fixtures/holidays.ts";
import { healthyOffering, healthyPlan } from "../../../test/fixtures/plans.ts";
import { plan } from "../plan.ts";

describe("OVER_CAPACITY", () => {
	it("is an institution finding naming the week, the hours and what fills them", () => {
		const input = healthyPlan();
		input.institution.capacity = { marketing: 10 };
		input.offerings = [healthyOffering(), healthyOffering({ id: "mig-welding-2" })];
		const report = plan(input, { holidays: estonianHolidays });
		const found = report.findings.filter((entry) => entry.code === "OVER_CAPACITY");
		// Two catalogue publications (4 h) and two campaign launches (12 h) spread over the week before 2027-03-15.
		expect(found.length).toBeGreaterThan(0);
		const first = found[0];
		expect(first?.severity).toBe("warning");
		expect(first?.message).toMatch(
			/^marketing has [\d.]+ h planned in week 2027-W\d\d \(from 2027-\d\d-\d\d\), capacity 10 h: /,
		);
		expect(first?.offerings).toEqual(["mig-welding", "mig-welding-2"]);
		expect(
			report.offerings.every((offering) =>
				offering.findings.every((entry) => entry.code !== "OVER_CAPACITY"),
			),
		).toBe(true);
	});

	it("is quiet without a capacity for the role", () => {
		const input = healthyPlan();
		input.institution.capacity = {};
		expect(plan(input, { holidays: estonianHolidays }).findings).toEqual([]);
	});
});
