import { describe, expect, it } from "vitest";
import { codes, onlyFinding } from "../../../test/fixtures/findings.ts";
import { healthyPlan, planWith, planWithout } from "../../../test/fixtures/plans.ts";

describe("NOT_ALIGNED_WITH_INTAKE", () => {
	it("is an error without an intake", () => {
		const found = onlyFinding(planWithout("intake"), "NOT_ALIGNED_WITH_INTAKE");
		expect(found.severity).toBe("error");
		expect(found.message).toContain("not linked to an intake");
		expect(found.message).toContain("2027-09-20");
	});

	it("is an error when the course starts before admission opens", () => {
		const found = onlyFinding(
			planWith({ start: "2027-03-22", end: "2027-05-28" }),
			"NOT_ALIGNED_WITH_INTAKE",
		);
		expect(found.message).toBe(
			"starts on 2027-03-22, before admission for Sügis 2027 opens on 2027-04-01",
		);
	});

	it("is an error more than 70 days after studies start, and fine at 70", () => {
		const late = onlyFinding(
			planWith({ start: "2027-11-11", end: "2027-12-20" }),
			"NOT_ALIGNED_WITH_INTAKE",
		);
		expect(late.message).toBe(
			"starts on 2027-11-11, 71 days after Sügis 2027 studies start on 2027-09-01 (at most 70)",
		);
		expect(late.suggestion).toContain("start by 2027-11-10");
		expect(codes(planWith({ start: "2027-11-10", end: "2027-12-20" }))).not.toContain(
			"NOT_ALIGNED_WITH_INTAKE",
		);
	});
});

describe("PUBLISHED_AFTER_DECISION_WINDOW", () => {
	it("names the publication and the window's end", () => {
		const found = onlyFinding(
			planWith({ publication: "2027-06-16" }),
			"PUBLISHED_AFTER_DECISION_WINDOW",
		);
		expect(found.severity).toBe("error");
		expect(found.message).toBe(
			"public from 2027-06-16, after the decision window closed on 2027-06-15",
		);
		expect(found.suggestion).toContain("publish by 2027-03-15");
		expect(found.suggestion).toContain("Kevad 2028");
		expect(codes(planWith({ publication: "2027-06-15" }))).not.toContain(
			"PUBLISHED_AFTER_DECISION_WINDOW",
		);
	});

	it("says to publish now, with the days of the window left, once the window has opened", () => {
		const plan = planWith({ publication: "2027-06-16" });
		const on = (today: string) =>
			onlyFinding(plan, "PUBLISHED_AFTER_DECISION_WINDOW", today).suggestion;
		expect(on("2027-03-15")).toBe(
			"publish by 2027-03-15 so it is public for the whole decision window, or move it to the next intake, Kevad 2028",
		);
		expect(on("2027-05-03")).toBe(
			"publish now, so it is public for the 44 days left of the decision window, or move it to the next intake, Kevad 2028",
		);
		expect(on("2027-06-15")).toBe(
			"publish now, so it is public for the 1 day left of the decision window, or move it to the next intake, Kevad 2028",
		);
		expect(on("2027-06-16")).toBe(
			"move it to the next intake, Kevad 2028; this intake's decision window has already closed",
		);
	});

	it("names the blocker when a dependency caused it", () => {
		const found = onlyFinding(
			planWith({ blockedUntil: ["intake.fullTimeGroupsConfirmed"] }),
			"PUBLISHED_AFTER_DECISION_WINDOW",
		);
		expect(found.message).toBe(
			"public from 2027-08-25, after the decision window closed on 2027-06-15: blocked until full-time groups are confirmed on 2027-08-25",
		);
		expect(found.suggestion).toContain('announce it now as "planned"');
	});
});

describe("MARKETING_BLOCKED_BY_DEPENDENCY", () => {
	it("is an error when the blocker costs coverage below the minimum", () => {
		const found = onlyFinding(
			planWith({ blockedUntil: ["intake.fullTimeGroupsConfirmed"] }),
			"MARKETING_BLOCKED_BY_DEPENDENCY",
		);
		expect(found.severity).toBe("error");
		expect(found.message).toContain("2027-08-25");
		expect(found.message).toContain("from 100% to 0%");
		expect(found.suggestion).toContain("apart from the full-time groups");
	});

	it("is a warning when coverage stays above the minimum", () => {
		const found = onlyFinding(
			planWith({ blockedUntil: ["2027-03-22"] }),
			"MARKETING_BLOCKED_BY_DEPENDENCY",
		);
		expect(found.severity).toBe("warning");
		expect(found.message).toContain("public from 2027-03-22, 7 days after the planned 2027-03-15");
		expect(codes(planWith({ blockedUntil: ["2027-03-22"] }))).not.toContain(
			"LOW_DECISION_WINDOW_COVERAGE",
		);
	});
});

describe("LOW_DECISION_WINDOW_COVERAGE", () => {
	it("warns below 80% and suggests the latest date that reaches it", () => {
		const found = onlyFinding(
			planWith({ publication: "2027-05-03" }),
			"LOW_DECISION_WINDOW_COVERAGE",
		);
		expect(found.severity).toBe("warning");
		expect(found.message).toContain("covers 47% of it (minimum 80%)");
		// 80% of 93 days is 75 days: public from 2027-04-02 at the latest.
		expect(found.suggestion).toContain("publish by 2027-04-02");
		expect(codes(planWith({ publication: "2027-04-02" }))).not.toContain(
			"LOW_DECISION_WINDOW_COVERAGE",
		);
		expect(codes(planWith({ publication: "2027-04-05" }))).toContain(
			"LOW_DECISION_WINDOW_COVERAGE",
		);
	});

	it("names no day to publish by that has gone", () => {
		const plan = planWith({ publication: "2027-05-03" });
		const on = (today: string) =>
			onlyFinding(plan, "LOW_DECISION_WINDOW_COVERAGE", today).suggestion;
		expect(on("2027-03-15")).toBe(
			"publish by 2027-04-02, or better on 2027-03-15 when the window opens",
		);
		expect(on("2027-03-16")).toBe("publish by 2027-04-02");
		expect(on("2027-04-10")).toBe(
			"publish now, so it is public for the 67 days left of the decision window",
		);
		expect(on("2027-06-16")).toBe(
			"the decision window has closed: publish the next intake's course before its window opens",
		);
	});

	it("follows the institution's minCoverage", () => {
		const plan = planWith({ publication: "2027-05-03" });
		plan.institution.rules = { minCoverage: 0.4 };
		expect(codes(plan)).not.toContain("LOW_DECISION_WINDOW_COVERAGE");
	});
});

describe("SHORT_LEAD_TIME", () => {
	it("warns under the minimum lead time and names both dates", () => {
		const plan = healthyPlan();
		plan.institution.rules = { minLeadTimeDays: 200 };
		const found = onlyFinding(plan, "SHORT_LEAD_TIME");
		expect(found.message).toBe(
			"public from 2027-03-15, only 189 days before the start on 2027-09-20 (at least 200 wanted)",
		);
		expect(found.suggestion).toContain("publish by 2027-03-04");
	});

	it("says to publish now once the day to publish by has gone", () => {
		const plan = planWith({ publication: "2027-06-29" });
		const on = (today: string) => onlyFinding(plan, "SHORT_LEAD_TIME", today).suggestion;
		expect(on("2027-06-28")).toBe(
			"publish by 2027-06-28, 84 days before the start, or move the start later",
		);
		expect(on("2027-07-01")).toBe("publish now, 81 days before the start, or move the start later");
	});

	it("is quiet with 84 days or more", () => {
		expect(codes(planWith({ publication: "2027-06-29" }))).toContain("SHORT_LEAD_TIME");
		expect(codes(planWith({ publication: "2027-06-28" }))).not.toContain("SHORT_LEAD_TIME");
		expect(
			codes(planWith({ start: "2027-09-08", end: "2027-11-26", publication: "2027-06-16" })),
		).not.toContain("SHORT_LEAD_TIME");
	});
});
