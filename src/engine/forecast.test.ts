import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { healthyOffering, pastCourses } from "../../test/fixtures/plans.ts";
import type { Offering } from "../model/offering.ts";
import { toDay } from "./days.ts";
import { forecastFill, normalCdf, offeringForecast } from "./forecast.ts";
import { type CurvePoint, pastCurves, registrationCurve } from "./registration-curve.ts";

const learned = registrationCurve(pastCurves(pastCourses()));
const group = { min: 8, max: 14 };

describe("forecastFill", () => {
	it("divides the count by the share, with the 10th and 90th percentiles of a log-normal", () => {
		// share 0.5429, spread 0.3776 (registration-curve.test.ts)
		const point = learned.at(50, 189);
		expect(forecastFill(4, group, point)).toEqual({
			current: 4,
			// 4 / 0.5429 = 7.37
			expectedFinal: 7,
			// 4 × e^(0.6109 − 1.2816 × 0.3776) = 4 × e^0.1269 = 4.54
			low: 5,
			// 4 × e^(0.6109 + 0.4839) = 11.95
			high: 12,
			// Φ((0.6109 − ln(8 / 4)) / 0.3776) = Φ(−0.2179)
			probabilityMinReached: 0.41,
		});
	});

	it("never forecasts fewer than have registered nor more than the maximum group", () => {
		const point: CurvePoint = { share: 0.25, spread: 0.4, pastOfferings: 3 };
		expect(forecastFill(6, group, point)).toEqual({
			current: 6,
			expectedFinal: 14,
			low: 14,
			high: 14,
			probabilityMinReached: 0.99,
		});
		const settled: CurvePoint = { share: 1, spread: 0.4, pastOfferings: 3 };
		expect(forecastFill(3, group, settled)).toMatchObject({ expectedFinal: 3, low: 3 });
		expect(forecastFill(16, group, point)).toMatchObject({ expectedFinal: 16, high: 16 });
	});

	it("is certain only once the minimum has registered, and hopeless only with nobody", () => {
		const point: CurvePoint = { share: 0.9, spread: 0.4, pastOfferings: 3 };
		expect(forecastFill(8, group, point).probabilityMinReached).toBe(1);
		expect(forecastFill(7, group, { ...point, share: 0.2 }).probabilityMinReached).toBe(0.99);
		expect(forecastFill(1, group, point).probabilityMinReached).toBe(0.01);
		expect(forecastFill(0, group, { ...point, share: 0.2 })).toEqual({
			current: 0,
			expectedFinal: 0,
			low: 0,
			high: 0,
			probabilityMinReached: 0,
		});
	});

	const points = fc.record({
		share: fc.double({ min: 0.1, max: 1, noNaN: true }),
		spread: fc.double({ min: 0.05, max: 3, noNaN: true }),
		pastOfferings: fc.constant(3),
	});
	const groups = fc
		.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 40 }))
		.map(([min, extra]) => ({ min, max: min + extra }));

	it("keeps the probability in [0, 1] and low ≤ expected ≤ high", () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 60 }), groups, points, (current, size, point) => {
				const forecast = forecastFill(current, size, point);
				expect(forecast.probabilityMinReached).toBeGreaterThanOrEqual(0);
				expect(forecast.probabilityMinReached).toBeLessThanOrEqual(1);
				expect(forecast.low).toBeLessThanOrEqual(forecast.expectedFinal);
				expect(forecast.expectedFinal).toBeLessThanOrEqual(forecast.high);
				expect(forecast.low).toBeGreaterThanOrEqual(current);
			}),
		);
	});

	it("is monotone in the count: more registrations never forecast less", () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 60 }), groups, points, (current, size, point) => {
				const fewer = forecastFill(current, size, point);
				const more = forecastFill(current + 1, size, point);
				expect(more.expectedFinal).toBeGreaterThanOrEqual(fewer.expectedFinal);
				expect(more.low).toBeGreaterThanOrEqual(fewer.low);
				expect(more.high).toBeGreaterThanOrEqual(fewer.high);
				expect(more.probabilityMinReached).toBeGreaterThanOrEqual(fewer.probabilityMinReached);
			}),
		);
	});
});

describe("normalCdf", () => {
	it("matches the standard normal's table", () => {
		expect(normalCdf(0)).toBeCloseTo(0.5, 7);
		expect(normalCdf(1.2815515655446004)).toBeCloseTo(0.9, 6);
		expect(normalCdf(-1.96)).toBeCloseTo(0.025, 5);
		expect(normalCdf(-0.2179)).toBeCloseTo(0.4138, 4);
	});
});

describe("offeringForecast", () => {
	const forecastOf = (overrides: Partial<Offering>, today: string | undefined) =>
		offeringForecast(
			healthyOffering(overrides),
			toDay("2027-03-15"),
			today === undefined ? undefined : toDay(today),
			learned,
		);
	const counts = [
		{ date: "2027-07-01", count: 2 },
		{ date: "2027-08-01", count: 4 },
		{ date: "2027-08-20", count: 6 },
	];

	it("forecasts from the latest count on or before today, that many days before the start", () => {
		const forecast = forecastOf({ registrations: counts }, "2027-08-01");
		expect(forecast?.daysBeforeStart).toBe(50);
		expect(forecast?.curve.pastOfferings).toBe(3);
		expect(forecast?.figures).toMatchObject({ current: 4, expectedFinal: 7 });
		expect(forecastOf({ registrations: counts }, "2027-08-10")?.figures.current).toBe(4);
	});

	it("without a today, forecasts as of the latest count", () => {
		const forecast = forecastOf({ registrations: counts }, undefined);
		expect(forecast?.daysBeforeStart).toBe(31);
		expect(forecast?.figures.current).toBe(6);
	});

	it("gives none without counts by today, once started, when cancelled or too early", () => {
		expect(forecastOf({}, "2027-08-01")).toBeUndefined();
		expect(forecastOf({ registrations: counts }, "2027-06-30")).toBeUndefined();
		expect(forecastOf({ registrations: counts }, "2027-09-20")).toBeUndefined();
		expect(forecastOf({ registrations: counts, decision: "no-go" }, "2027-08-01")).toBeUndefined();
		for (const outcome of ["no-go", "postpone", "merge"] as const)
			expect(
				forecastOf({ registrations: counts, decision: { outcome } }, "2027-08-01"),
			).toBeUndefined();
		// A group decided to run still has a forecast: how many will come.
		expect(
			forecastOf({ registrations: counts, decision: { outcome: "go" } }, "2027-08-01"),
		).toBeDefined();
		// A year before the start the default curve has 5% of the final count: too early.
		const early = [{ date: "2026-09-01", count: 1 }];
		expect(forecastOf({ registrations: early }, undefined)).toBeUndefined();
	});
});
