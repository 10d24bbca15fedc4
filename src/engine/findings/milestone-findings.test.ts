import { describe, expect, it } from "vitest";
import { codes, offeringFindings } from "../../../test/fixtures/findings.ts";
import { healthyPlan, planWith } from "../../../test/fixtures/plans.ts";

describe("MILESTONE_IN_PAST", () => {
	it("needs a today", () => {
		expect(codes(healthyPlan())).not.toContain("MILESTONE_IN_PAST");
	});

	it("flags each unfinished task due before today", () => {
		const found = offeringFindings(healthyPlan(), "2027-03-10").filter(
			(entry) => entry.code === "MILESTONE_IN_PAST",
		);
		expect(found.map((entry) => entry.milestone)).toEqual([
			"content-approved",
			"budget-approved",
			"marketing-plan-ready",
			"staff-briefed",
		]);
		expect(found[0]?.message).toBe(
			"Sisu kinnitatud was due on 2027-02-19, 19 days ago, and is not started",
		);
		expect(found[0]?.suggestion).toBe("ask Mart Kask to finish it now, or mark it done if it is");
	});

	it("is quiet for done tasks and says when one is in progress", () => {
		const plan = planWith({
			milestoneStatus: { "content-approved": "done", "budget-approved": "doing" },
		});
		const found = offeringFindings(plan, "2027-03-02").filter(
			(entry) => entry.code === "MILESTONE_IN_PAST",
		);
		expect(found.map((entry) => entry.milestone)).toEqual(["budget-approved"]);
		expect(found[0]?.message).toContain("still in progress");
	});
});
