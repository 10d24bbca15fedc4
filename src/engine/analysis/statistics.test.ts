import { describe, expect, it } from "vitest";
import { excludesZero, meanEstimateOf, median, welchDifference } from "./statistics.ts";

describe("meanEstimateOf", () => {
	it("gives the mean with its 95% Student-t interval", () => {
		// 0.4, 0.5, 0.6: mean 0.5, s = 0.1, s/√3 = 0.057735, t(0.975, 2) = 4.302653,
		// half width 0.248414: [0.251586, 0.748414] (scipy's t.interval agrees).
		const estimate = meanEstimateOf([0.4, 0.5, 0.6]);
		expect(estimate.n).toBe(3);
		expect(estimate.mean).toBeCloseTo(0.5, 12);
		expect(estimate.low).toBeCloseTo(0.251586, 6);
		expect(estimate.high).toBeCloseTo(0.748414, 6);
	});

	it("cuts the interval to [0, 1], where shares lie", () => {
		// 0.5, 0.7, 0.9: mean 0.7, s = 0.2, half width 4.302653 × 0.115470 = 0.496828:
		// [0.203172, 1.196828], cut at 1.
		const estimate = meanEstimateOf([0.5, 0.7, 0.9]);
		expect(estimate.low).toBeCloseTo(0.203172, 6);
		expect(estimate.high).toBe(1);
		expect(meanEstimateOf([0, 0.1, 0.5]).low).toBe(0);
	});

	it("has no interval from one value and no mean from none", () => {
		expect(meanEstimateOf([0.4])).toEqual({ n: 1, mean: 0.4, low: null, high: null });
		expect(meanEstimateOf([])).toEqual({ n: 0, mean: null, low: null, high: null });
	});

	it("has an interval of no width when the values do not vary", () => {
		expect(meanEstimateOf([0.5, 0.5, 0.5])).toEqual({ n: 3, mean: 0.5, low: 0.5, high: 0.5 });
	});
});

describe("welchDifference", () => {
	it("gives the difference of the means with Welch's interval", () => {
		// a = 1, 2, 3, 4: mean 2.5, variance 5/3; b = 2, 4, 6: mean 4, variance 4.
		// va/na = 0.416667, vb/nb = 1.333333, se = √1.75 = 1.322876;
		// df = 1.75² / (0.416667²/3 + 1.333333²/2) = 3.234719, t = 3.055732:
		// −1.5 ± 4.042328 = [−5.542328, 2.542328] (scipy's ttest_ind, equal_var=False, agrees).
		const difference = welchDifference([1, 2, 3, 4], [2, 4, 6]);
		expect(difference?.estimate).toBeCloseTo(-1.5, 12);
		expect(difference?.low).toBeCloseTo(-5.542328, 5);
		expect(difference?.high).toBeCloseTo(2.542328, 5);
	});

	it("is null when a group has fewer than two values", () => {
		expect(welchDifference([1], [2, 3])).toBeNull();
		expect(welchDifference([1, 2], [])).toBeNull();
	});

	it("is the estimate itself when neither group varies", () => {
		expect(welchDifference([0.8, 0.8], [0.3, 0.3, 0.3])).toEqual({
			estimate: 0.5,
			low: 0.5,
			high: 0.5,
		});
	});
});

describe("median and excludesZero", () => {
	it("takes the middle value, or the mean of the two middle ones", () => {
		expect(median([40, 10, 30])).toBe(30);
		expect(median([40, 10, 30, 20])).toBe(25);
	});

	it("says whether an interval lies wholly on one side of 0", () => {
		expect(excludesZero({ low: 0.01, high: 0.3 })).toBe(true);
		expect(excludesZero({ low: -0.3, high: -0.01 })).toBe(true);
		expect(excludesZero({ low: -0.01, high: 0.3 })).toBe(false);
		expect(excludesZero({ low: 0, high: 0.3 })).toBe(false);
	});
});
