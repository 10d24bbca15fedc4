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

	it("names offerings that share a title by title and id, others by title alone", () => {
		const input = healthyPlan();
		input.institution.capacity = { marketing: 10 };
		input.offerings = [
			healthyOffering(),
			healthyOffering({ id: "mig-welding-2" }),
			healthyOffering({ id: "tig-welding", title: "TIG welding" }),
		];
		const [first] = plan(input, { holidays: estonianHolidays }).findings;
		expect(first?.message).toContain("MIG/MAG welding basics (mig-welding): ");
		expect(first?.message).toContain("MIG/MAG welding basics (mig-welding-2): ");
		expect(first?.message).toContain("TIG welding: ");
		expect(first?.suggestion).toMatch(
			/ of MIG\/MAG welding basics \(mig-welding(-2)?\) a week earlier/,
		);
	});

	it("never suggests moving a task of an offering that a blocker holds back", () => {
		const input = healthyPlan();
		input.institution.capacity = { marketing: 5 };
		input.offerings = [
			// Held back one day, to Tuesday 2027-03-16: its campaign launch fills week 11 most.
			healthyOffering({ id: "blocked", title: "Blocked course", blockedUntil: ["2027-03-16"] }),
			healthyOffering({ id: "free", title: "Free course" }),
		];
		const week11 = plan(input, { holidays: estonianHolidays }).findings.find((entry) =>
			entry.message.includes("week 2027-W11"),
		);
		expect(week11?.message).toContain(": Blocked course: Kampaania käivitatud (4.8 h), ");
		expect(week11?.message).toMatch(/ and 1 more task$/);
		expect(week11?.suggestion).toBe(
			"spread these tasks over the weeks around it (for example, do “Kampaania käivitatud” of Free course a week earlier), " +
				"or add 4.6 h of marketing capacity for week 2027-W11",
		);
	});

	it("suggests only more capacity when every task is of a blocked offering", () => {
		const input = healthyPlan();
		input.institution.capacity = { marketing: 1 };
		input.offerings = [healthyOffering({ blockedUntil: ["2027-03-16"] })];
		const findings = plan(input, { holidays: estonianHolidays }).findings;
		expect(findings.length).toBeGreaterThan(0);
		for (const entry of findings)
			expect(entry.suggestion).toMatch(/^add [\d.]+ h of marketing capacity/);
	});

	it("is quiet without a capacity for the role", () => {
		const input = healthyPlan();
		input.institution.capacity = {};
		expect(plan(input, { holidays: estonianHolidays }).findings).toEqual([]);
	});
});
