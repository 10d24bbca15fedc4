import { describe, expect, it } from "vitest";
import { fitLine, lineAt, predictionAt } from "./least-squares.ts";

// x = 1…5, y = 2.1, 3.9, 6.2, 7.8, 10.1: x̄ = 3, ȳ = 6.02, Sxx = 10, Sxy = 19.9, so
// slope = 1.99, intercept = 6.02 − 1.99·3 = 0.05; residuals 0.06, −0.13, 0.18, −0.21, 0.10,
// Σ² = 0.107, s = √(0.107/3) = 0.188856; t(0.975, 3) = 3.182446; the slope's half width
// t·s/√10 = 0.190061. scipy's linregress gives the same line and standard error.
const points = [2.1, 3.9, 6.2, 7.8, 10.1].map((y, index) => ({ x: index + 1, y }));

describe("fitLine", () => {
	it("fits the least-squares line with its slope's 95% interval", () => {
		const line = fitLine(points);
		expect(line?.n).toBe(5);
		expect(line?.slope).toBeCloseTo(1.99, 12);
		expect(line?.intercept).toBeCloseTo(0.05, 12);
		expect(line?.slopeLow).toBeCloseTo(1.799939, 6);
		expect(line?.slopeHigh).toBeCloseTo(2.180061, 6);
		expect(line?.residualSd).toBeCloseTo(0.188856, 6);
		expect([line?.xMin, line?.xMax, line?.xMean, line?.sxx]).toEqual([1, 5, 3, 10]);
	});

	it("gives the line's confidence band, narrowest at the mean of x", () => {
		// At x = 2.5: 5.025 ± t·s·√(1/5 + 0.25/10) = 5.025 ± 0.285091; at x = 5: 10 ± 0.465552.
		const line = fitLine(points);
		if (!line) throw new Error("no line");
		const middle = lineAt(line, 2.5);
		expect(middle.estimate).toBeCloseTo(5.025, 12);
		expect(middle.low).toBeCloseTo(4.739909, 6);
		expect(middle.high).toBeCloseTo(5.310091, 6);
		const end = lineAt(line, 5);
		expect(end.low).toBeCloseTo(9.534448, 6);
		expect(end.high).toBeCloseTo(10.465552, 6);
		expect(lineAt(line, 3).high - lineAt(line, 3).low).toBeLessThan(middle.high - middle.low);
	});

	it("gives a prediction interval for one new point, wider than the band by the scatter itself", () => {
		// At x = 2.5: 5.025 ± t·s·√(1 + 1/5 + 0.25/10) = 5.025 ± 3.182446·0.188856·√1.225
		// = 5.025 ± 0.665212; at x = 5: 10 ± t·s·√(1 + 1/5 + 4/10) = 10 ± 0.760243.
		const line = fitLine(points);
		if (!line) throw new Error("no line");
		const middle = predictionAt(line, 2.5);
		expect(middle.estimate).toBeCloseTo(5.025, 12);
		expect(middle.low).toBeCloseTo(4.359788, 6);
		expect(middle.high).toBeCloseTo(5.690212, 6);
		const end = predictionAt(line, 5);
		expect(end.low).toBeCloseTo(9.239757, 6);
		expect(end.high).toBeCloseTo(10.760243, 6);
	});

	it("fits no line to fewer than three points or to points without spread in x", () => {
		expect(fitLine(points.slice(0, 2))).toBeNull();
		expect(fitLine([0.1, 0.1, 0.1].map((x, index) => ({ x, y: index })))).toBeNull();
	});

	it("has a band of no width through points on a line", () => {
		const line = fitLine([0, 1, 2, 3].map((x) => ({ x, y: 0.2 + 0.1 * x })));
		if (!line) throw new Error("no line");
		const at = lineAt(line, 1.5);
		expect(at.estimate).toBeCloseTo(0.35, 12);
		expect(at.high - at.low).toBeCloseTo(0, 12);
	});
});
