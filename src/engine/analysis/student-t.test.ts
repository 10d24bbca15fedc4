import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { studentTCdf, studentTQuantile } from "./student-t.ts";

describe("Student's t", () => {
	it.each([
		// The two-sided 95% critical values of the printed tables.
		[1, 12.706],
		[2, 4.303],
		[3, 3.182],
		[5, 2.571],
		[10, 2.228],
		[30, 2.042],
		[120, 1.98],
		[1e9, 1.96],
	])("t(0.975, %d) is %d", (df, expected) => {
		expect(studentTQuantile(0.975, df)).toBeCloseTo(expected, 3);
	});

	it("takes degrees of freedom that are not whole, as Welch's are (scipy: t.ppf(0.975, 3.2347) = 3.05572)", () => {
		expect(studentTQuantile(0.975, 3.2347)).toBeCloseTo(3.05572, 5);
	});

	it("has the closed forms of one and two degrees of freedom", () => {
		// df 1 is Cauchy: P(T ≤ t) = 1/2 + atan(t)/π; df 2: P(T ≤ t) = 1/2 + t / (2√(2 + t²)).
		for (const t of [-3, -0.5, 0, 0.7, 4]) {
			expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 12);
			expect(studentTCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), 12);
		}
	});

	it("is symmetric, and the quantile inverts the distribution function", () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.001, max: 0.999, noNaN: true }),
				fc.double({ min: 0.5, max: 500, noNaN: true }),
				(p, df) => {
					const t = studentTQuantile(p, df);
					expect(studentTCdf(t, df)).toBeCloseTo(p, 9);
					expect(studentTQuantile(1 - p, df)).toBeCloseTo(-t, 6);
				},
			),
		);
	});

	it("refuses a probability outside (0, 1) or degrees of freedom that are not positive", () => {
		expect(() => studentTQuantile(1, 3)).toThrow(/0 < p < 1 and df > 0/);
		expect(() => studentTQuantile(0.975, 0)).toThrow(/df 0/);
	});
});
