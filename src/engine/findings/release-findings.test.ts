import { describe, expect, it } from "vitest";
import { codes, offeringFindings, onlyFinding } from "../../../test/fixtures/findings.ts";
import { healthyPlan, planWith } from "../../../test/fixtures/plans.ts";
import type { PlanFile } from "../../model/plan-file.ts";

// The healthy offering is due in the catalogue on 2027-03-15, the day its decision window opens.
describe("NOT_RELEASED", () => {
	it("needs a today, and waits for the publication date", () => {
		expect(codes(healthyPlan())).not.toContain("NOT_RELEASED");
		expect(codes(healthyPlan(), "2027-03-12")).not.toContain("NOT_RELEASED");
	});

	it("is an error from the publication date while the decision window is open, naming the date and the owner", () => {
		const found = onlyFinding(healthyPlan(), "NOT_RELEASED", "2027-03-15");
		expect(found).toEqual({
			code: "NOT_RELEASED",
			severity: "error",
			message:
				"due in the catalogue since 2027-03-15, but not released: learners cannot see it while they decide until 2027-06-15; “Kataloogis avaldatud” is not started",
			suggestion: "ask Liis Saar to publish it now and mark “Kataloogis avaldatud” done",
			milestone: "catalogue-published",
			params: {
				publication: "2027-03-15",
				deciding: "during",
				windowFrom: "2027-03-15",
				windowTo: "2027-06-15",
				case: "owner",
				hold: "milestone",
				label: "Kataloogis avaldatud",
				status: "todo",
				role: "marketing",
				owner: "Liis Saar",
			},
		});
		expect(
			onlyFinding(
				planWith({ milestoneStatus: { "catalogue-published": "doing" } }),
				"NOT_RELEASED",
				"2027-07-01",
			).message,
		).toBe(
			"due in the catalogue since 2027-03-15, but not released: learners cannot see it; “Kataloogis avaldatud” is in progress",
		);
	});

	it("is a warning while publication is only ahead of the decision window", () => {
		const found = onlyFinding(
			planWith({ publication: "2027-03-01" }),
			"NOT_RELEASED",
			"2027-03-08",
		);
		expect(found.severity).toBe("warning");
		expect(found.message).toBe(
			"due in the catalogue since 2027-03-01, but not released: learners cannot see it, and the decision window opens on 2027-03-15; “Kataloogis avaldatud” is not started",
		);
	});

	it("is quiet once released: the milestone done, or released: true", () => {
		const milestoneDone = planWith({ milestoneStatus: { "catalogue-published": "done" } });
		expect(codes(milestoneDone, "2027-04-01")).not.toContain("NOT_RELEASED");
		expect(codes(planWith({ released: true }), "2027-04-01")).not.toContain("NOT_RELEASED");
	});

	it("takes released: false over a done milestone, and says it is held back", () => {
		const heldBack = planWith({
			released: false,
			milestoneStatus: { "catalogue-published": "done" },
		});
		const found = onlyFinding(heldBack, "NOT_RELEASED", "2027-04-01");
		expect(found.message).toBe(
			"due in the catalogue since 2027-03-15, but not released: learners cannot see it while they decide until 2027-06-15; it is held back (released: false)",
		);
		expect(found.suggestion).toBe(
			'release it now (released: true); if something is still open, announce it as "planned" with dates, fee and a contact',
		);
		expect(found.milestone).toBeUndefined();
	});

	it("is quiet once the course has started", () => {
		expect(codes(healthyPlan(), "2027-09-20")).not.toContain("NOT_RELEASED");
	});

	it("asks for released: true when the template has no catalogue-published milestone", () => {
		const plan: PlanFile = {
			...planWith({ template: "bare" }),
			templates: [
				{
					id: "bare",
					milestones: [
						{
							key: "course-start",
							role: "pedagogy",
							anchor: "start",
							offset: "+0d",
							kind: "event",
						},
					],
				},
			],
		};
		const found = onlyFinding(plan, "NOT_RELEASED", "2027-04-01");
		expect(found.message).toContain(
			"; its template has no catalogue-published milestone to mark done",
		);
		expect(found.suggestion).toBe("publish it now and set released: true");
		expect(found.milestone).toBeUndefined();
	});
});

describe("NOT_RELEASED and MILESTONE_IN_PAST", () => {
	const pastMilestones = (plan: PlanFile, today: string) =>
		offeringFindings(plan, today)
			.filter((entry) => entry.code === "MILESTONE_IN_PAST")
			.map((entry) => entry.milestone);

	it("do not both report the catalogue-published milestone", () => {
		const today = "2027-04-01";
		expect(codes(healthyPlan(), today)).toContain("NOT_RELEASED");
		expect(pastMilestones(healthyPlan(), today)).not.toContain("catalogue-published");
		expect(pastMilestones(healthyPlan(), today)).toContain("staff-briefed");
	});

	it("leave the milestone alone when released: true says it is published", () => {
		expect(pastMilestones(planWith({ released: true }), "2027-04-01")).not.toContain(
			"catalogue-published",
		);
	});
});
