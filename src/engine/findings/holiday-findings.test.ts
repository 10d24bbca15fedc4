import { describe, expect, it } from "vitest";
import { codes, offeringFindings, onlyFinding } from "../../../test/fixtures/findings.ts";
import { healthyPlan, planWith } from "../../../test/fixtures/plans.ts";

describe("START_OR_END_ON_HOLIDAY", () => {
	it("is not raised for a course on working days", () => {
		expect(codes(healthyPlan())).not.toContain("START_OR_END_ON_HOLIDAY");
	});

	it("names a start on a public holiday and the next working day", () => {
		const found = onlyFinding(
			planWith({ start: "2027-08-20", end: "2027-10-29" }),
			"START_OR_END_ON_HOLIDAY",
		);
		expect(found.severity).toBe("warning");
		expect(found.message).toMatch(/^starts on 2027-08-20, a public holiday \(.+\)$/);
		expect(found.suggestion).toBe("move the start to 2027-08-23, the next working day");
		expect(found.params).toMatchObject({ case: "start", cause: "holiday", day: "2027-08-20" });
	});

	it("names an end during a closure by its label", () => {
		const input = healthyPlan();
		input.institution.closures = [
			{ from: "2027-11-26", to: "2027-11-26", label: "school anniversary" },
		];
		const found = onlyFinding(input, "START_OR_END_ON_HOLIDAY");
		expect(found.message).toBe(
			"ends on 2027-11-26, when the institution is closed (school anniversary)",
		);
		expect(found.suggestion).toBe("move the end to 2027-11-29, the next working day");
	});

	it("is not raised for a weekend start, and once for a one-day course on a holiday", () => {
		expect(codes(planWith({ start: "2027-09-18" }))).not.toContain("START_OR_END_ON_HOLIDAY");
		const oneDay = planWith({ start: "2027-12-24", end: "2027-12-24" });
		const found = offeringFindings(oneDay).filter(
			(entry) => entry.code === "START_OR_END_ON_HOLIDAY",
		);
		expect(found.map((entry) => entry.params?.case)).toEqual(["start"]);
	});
});
