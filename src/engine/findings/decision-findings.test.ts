import { describe, expect, it } from "vitest";
import { codes, offeringFindings, onlyFinding } from "../../../test/fixtures/findings.ts";
import { healthyPlan, planWith, planWithout } from "../../../test/fixtures/plans.ts";

// The healthy offering starts on 2027-09-20 and ends on 2027-11-26; its go-no-go milestone,
// 8 working days before the start, is due on 2027-09-08.
const counted = planWith({ registrations: [{ date: "2027-09-01", count: 6 }] });

describe("GO_NO_GO_OVERDUE", () => {
	it("needs a today, and waits for the go-no-go day", () => {
		expect(codes(healthyPlan())).not.toContain("GO_NO_GO_OVERDUE");
		expect(codes(healthyPlan(), "2027-09-07")).not.toContain("GO_NO_GO_OVERDUE");
	});

	it("names the day, the registrations and the group on the day the decision is due", () => {
		const found = onlyFinding(counted, "GO_NO_GO_OVERDUE", "2027-09-08");
		expect(found).toMatchObject({
			severity: "warning",
			milestone: "go-no-go",
			message:
				"the go/no-go decision, due on 2027-09-08, is not recorded: 6 registrations for a group of 8–14, and the course starts on 2027-09-20",
			suggestion:
				"ask Kadri Tamm to record the decision: go, no-go, postpone to the next intake or merge into another course, so that every registrant is told",
			params: {
				case: "owner",
				counts: "known",
				due: "2027-09-08",
				start: "2027-09-20",
				registered: 6,
				min: 8,
				max: 14,
				owner: "Kadri Tamm",
			},
		});
	});

	it("gives the latest count by date, whatever the order of the plan's counts", () => {
		const unordered = planWith({
			registrations: [
				{ date: "2027-09-06", count: 9 },
				{ date: "2027-08-20", count: 3 },
			],
		});
		const found = onlyFinding(unordered, "GO_NO_GO_OVERDUE", "2027-09-08");
		expect(found.params).toMatchObject({ registered: 9 });
	});

	it("counts the registrations up to today, not ones the plan dates later", () => {
		const ahead = planWith({
			registrations: [
				{ date: "2027-09-01", count: 6 },
				{ date: "2027-09-15", count: 11 },
			],
		});
		expect(onlyFinding(ahead, "GO_NO_GO_OVERDUE", "2027-09-08").params).toMatchObject({
			registered: 6,
		});
	});

	it("says less when the plan counts no registrations and nobody owns the decision", () => {
		const found = onlyFinding(planWithout("owners"), "GO_NO_GO_OVERDUE", "2027-09-10");
		expect(found.message).toBe(
			"the go/no-go decision, due on 2027-09-08, is not recorded, and the course starts on 2027-09-20",
		);
		expect(found.suggestion).toBe(
			"record the decision: go, no-go, postpone to the next intake or merge into another course, so that every registrant is told",
		);
		expect(found.params).toMatchObject({ case: "nobody", counts: "unknown" });
	});

	it("is quiet once any decision is in the plan, and after the course has ended", () => {
		for (const decision of ["go", "no-go", { outcome: "go" as const }] as const)
			expect(codes(planWith({ decision }), "2027-09-10")).not.toContain("GO_NO_GO_OVERDUE");
		expect(codes(counted, "2027-11-26")).toContain("GO_NO_GO_OVERDUE");
		expect(codes(counted, "2027-11-27")).not.toContain("GO_NO_GO_OVERDUE");
	});

	it("takes the place of MILESTONE_IN_PAST for the go-no-go milestone, which says the same", () => {
		const overdue = offeringFindings(counted, "2027-09-10").filter(
			(entry) => entry.code === "MILESTONE_IN_PAST",
		);
		expect(overdue.map((entry) => entry.milestone)).not.toContain("go-no-go");
	});

	it("counts the go-no-go milestone done once the plan holds a decision, so it is not overdue", () => {
		for (const decision of ["go", "no-go", { outcome: "go" as const }] as const) {
			const late = offeringFindings(planWith({ decision }), "2027-09-10").filter(
				(entry) => entry.code === "MILESTONE_IN_PAST",
			);
			expect(late.map((entry) => entry.milestone)).not.toContain("go-no-go");
		}
	});
});
