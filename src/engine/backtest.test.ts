import { describe, expect, it } from "vitest";
import { pastCourses } from "../../test/fixtures/plans.ts";
import type { PastOffering } from "../model/offering.ts";
import { backtest } from "./backtest.ts";

describe("backtest", () => {
	it("forecasts each past offering from the others and averages the error", () => {
		// Each course is forecast from the other two: too few, so from the default curve. Counts
		// as of 56 days before the start, 44 days into the rise to 5, 4 and 8: 4, 3 and 7; over
		// the default's 0.65: 6, 5 and 11 against finals of 10. As of 28 days: 7, 6 and 8 over
		// 0.8. As of 14 days: 8, 8 and 9 over 0.9: 9, 9 and 10.
		expect(backtest(pastCourses())).toEqual({
			pastOfferings: 3,
			leads: [
				{ weeksBeforeStart: 8, forecasts: 3, meanAbsoluteError: 3.33, withinRange: 0.67 },
				{ weeksBeforeStart: 4, forecasts: 3, meanAbsoluteError: 1, withinRange: 1 },
				{ weeksBeforeStart: 2, forecasts: 3, meanAbsoluteError: 0.67, withinRange: 1 },
			],
		});
	});

	it("skips a past offering not yet public at a lead, and has no figures without forecasts", () => {
		const late: PastOffering = {
			...(pastCourses()[0] as PastOffering),
			id: "late",
			publication: "2026-08-31",
			registrations: [{ date: "2026-09-10", count: 6 }],
		};
		const result = backtest([...pastCourses(), late]);
		expect(result.pastOfferings).toBe(4);
		expect(result.leads.map((lead) => lead.forecasts)).toEqual([3, 3, 4]);
		expect(backtest([]).leads[0]).toEqual({
			weeksBeforeStart: 8,
			forecasts: 0,
			meanAbsoluteError: null,
			withinRange: null,
		});
	});
});
