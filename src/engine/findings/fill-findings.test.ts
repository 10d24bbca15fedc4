import { describe, expect, it } from "vitest";
import { codes, onlyFinding } from "../../../test/fixtures/findings.ts";
import { healthyPlan, planWith, planWithRegistrations } from "../../../test/fixtures/plans.ts";
import { planWithHolidays } from "../../holidays/plan-with-holidays.ts";

describe("FILL_AT_RISK", () => {
	it("names the count, the curve and the forecast behind a chance below one half", () => {
		const found = onlyFinding(planWithRegistrations(4), "FILL_AT_RISK", "2027-08-01");
		expect(found.severity).toBe("warning");
		expect(found.message).toBe(
			"4 of a minimum 8, 50 days before the start on 2027-09-20; 3 past offerings had 54% of their final count by then; expected 7 (5–12), a 41% chance of reaching 8",
		);
		expect(found.suggestion).toBe(
			"find 4 more participants: run a campaign to the people who showed interest, ask a partner employer to send staff, or move the course to the next intake, Kevad 2028",
		);
		expect(found.params).toEqual({
			case: "history",
			current: 4,
			min: 8,
			daysBeforeStart: 50,
			start: "2027-09-20",
			pastOfferings: 3,
			share: 0.54,
			expected: 7,
			low: 5,
			high: 12,
			probability: 0.41,
			needed: 4,
			next: "named",
			nextIntake: "Kevad 2028",
		});
	});

	it("puts the forecast in the report, with or without the finding", () => {
		const report = planWithHolidays(planWithRegistrations(5), { today: "2027-08-01" });
		const [offering] = report.offerings;
		// 5 / 0.5429 = 9.2; Φ((0.6109 − ln(8 / 5)) / 0.3776) = Φ(0.3731) = 0.65.
		expect(offering?.forecast).toEqual({
			current: 5,
			expectedFinal: 9,
			low: 6,
			high: 14,
			probabilityMinReached: 0.65,
		});
		expect(offering?.findings.map((entry) => entry.code)).not.toContain("FILL_AT_RISK");
	});

	it("takes its threshold from institution.rules.minFillProbability", () => {
		const input = planWithRegistrations(5);
		input.institution.rules = { minFillProbability: 0.7 };
		expect(codes(input, "2027-08-01")).toContain("FILL_AT_RISK");
		input.institution.rules = { minFillProbability: 0.4 };
		expect(codes(planWithRegistrations(4), "2027-08-01")).toContain("FILL_AT_RISK");
		expect(codes(input, "2027-08-01")).not.toContain("FILL_AT_RISK");
	});

	it("says when the default curve made the forecast, and that no next intake is known", () => {
		const input = {
			...planWith({ registrations: [{ date: "2027-06-21", count: 2 }] }),
			intakes: healthyPlan().intakes.slice(0, 1),
		};
		const found = onlyFinding(input, "FILL_AT_RISK");
		// 91 days before the start the default curve is at 0.475: 2 / 0.475 = 4.2, from
		// 2 × e^(0.7444 − 1.2816 × 0.4) = 2.5 to 2 × e^(0.7444 + 0.5126) = 7.0.
		expect(found.message).toBe(
			"2 of a minimum 8, 91 days before the start on 2027-09-20; by the default curve (too little history), courses have 48% of their final count by then; expected 4 (3–7), a 5% chance of reaching 8",
		);
		expect(found.suggestion).toBe(
			"find 6 more participants: run a campaign to the people who showed interest, ask a partner employer to send staff, or move the course to the next intake",
		);
		expect(found.params).toMatchObject({ case: "default", pastOfferings: 0, next: "unknown" });
	});

	it("is not raised for an offering that has started or was cancelled", () => {
		expect(codes(planWithRegistrations(1), "2027-09-20")).not.toContain("FILL_AT_RISK");
		const cancelled = planWithRegistrations(1, { decision: "no-go" });
		expect(codes(cancelled, "2027-08-01")).not.toContain("FILL_AT_RISK");
		const report = planWithHolidays(cancelled, { today: "2027-08-01" });
		expect(report.offerings[0]?.forecast).toBeUndefined();
	});
});
