import { describe, expect, it } from "vitest";
import { pastCourses } from "../../test/fixtures/plans.ts";
import type { PastOffering } from "../model/offering.ts";
import { toDay } from "./days.ts";
import {
	countOn,
	defaultShare,
	defaultSpread,
	pastCurves,
	registrationCurve,
	shareAt,
} from "./registration-curve.ts";

const welding: PastOffering = {
	id: "mig-welding-2025",
	title: "MIG/MAG welding basics",
	publication: "2025-03-17",
	start: "2025-09-22",
	participants: { min: 8, max: 12 },
	finalRegistrations: 12,
	registrations: [
		{ date: "2025-06-15", count: 8 },
		{ date: "2025-04-30", count: 4 },
	],
};

describe("pastCurves", () => {
	it("runs from 0 at publication through the counts, in date order, to the final count at start", () => {
		const [curve] = pastCurves([welding]);
		expect(curve?.days).toEqual(
			["2025-03-17", "2025-04-30", "2025-06-15", "2025-09-22"].map(toDay),
		);
		expect(curve?.counts).toEqual([0, 4, 8, 12]);
	});

	it("leaves out past offerings with nothing to learn from, cancelled ones, and counts outside the campaign", () => {
		const curves = pastCurves([
			{ ...welding, id: "no-counts", registrations: undefined },
			{ ...welding, id: "none-came", finalRegistrations: 0 },
			{ ...welding, id: "cancelled", outcome: "cancelled", finalRegistrations: 8 },
			{ ...welding, id: "only-outside", registrations: [{ date: "2025-09-22", count: 11 }] },
			{ ...welding, id: "starts-first", publication: "2025-09-22", start: "2025-09-22" },
			{
				...welding,
				id: "some-outside",
				registrations: [
					{ date: "2025-03-01", count: 1 },
					{ date: "2025-06-15", count: 8 },
					{ date: "2025-10-01", count: 12 },
				],
			},
		]);
		expect(curves.map((curve) => [curve.id, curve.counts])).toEqual([["some-outside", [0, 8, 12]]]);
	});
});

describe("countOn", () => {
	const [curve] = pastCurves([welding]);
	if (!curve) throw new Error("no curve");

	it("is 0 until publication and the final count from the start on", () => {
		expect(countOn(curve, toDay("2025-03-01"))).toBe(0);
		expect(countOn(curve, toDay("2025-03-17"))).toBe(0);
		expect(countOn(curve, toDay("2025-09-22"))).toBe(12);
		expect(countOn(curve, toDay("2025-12-01"))).toBe(12);
	});

	it("is the count on a counted day and linear between", () => {
		expect(countOn(curve, toDay("2025-04-30"))).toBe(4);
		// 22 of the 44 days from publication to the first count: half of 4.
		expect(countOn(curve, toDay("2025-04-08"))).toBe(2);
		// 23 of the 46 days from 4 to 8.
		expect(countOn(curve, toDay("2025-05-23"))).toBe(6);
		// 33 of the 99 days from 8 to 12.
		expect(countOn(curve, toDay("2025-07-18"))).toBeCloseTo(8 + 4 / 3, 10);
	});

	it("gives the share of the final count some days before the start", () => {
		// 2025-06-15 is 99 days before the start on 2025-09-22.
		expect(shareAt(curve, 99)).toBeCloseTo(8 / 12, 10);
		expect(shareAt(curve, 0)).toBe(1);
		expect(shareAt(curve, 400)).toBe(0);
	});
});

describe("the default curve", () => {
	it("has its points and is linear between them", () => {
		expect(defaultShare(0)).toBe(1);
		expect(defaultShare(56)).toBe(0.65);
		expect(defaultShare(364)).toBe(0.05);
		// 7 of the 28 days from 0.5 (84 days) to 0.4 (112 days).
		expect(defaultShare(91)).toBeCloseTo(0.475, 10);
		expect(defaultShare(500)).toBe(0.05);
	});
});

describe("registrationCurve", () => {
	it("learns the geometric mean share and the pooled spread of ln(final ÷ count)", () => {
		const point = registrationCurve(pastCurves(pastCourses())).at(50, 189);
		// Shares 0.5, 0.4 and 0.8: (0.5 × 0.4 × 0.8)^(1/3) = 0.16^(1/3).
		expect(point.share).toBeCloseTo(0.16 ** (1 / 3), 10);
		expect(point.share).toBeCloseTo(0.5429, 4);
		// ln ratios 0.6931, 0.9163, 0.2231 around 0.6109: squares 0.2504; pooled with 2 × 0.4²
		// over 2 + 3 − 1: √(0.5704 / 4) = 0.3776.
		expect(point.spread).toBeCloseTo(0.3776, 4);
		expect(point.pastOfferings).toBe(3);
	});

	it("takes the default curve with fewer than 3 comparable past offerings", () => {
		const two = registrationCurve(pastCurves(pastCourses().slice(0, 2)));
		expect(two.at(91, 189)).toEqual({
			share: defaultShare(91),
			spread: defaultSpread,
			pastOfferings: 0,
		});
	});

	it("compares only past offerings announced half to twice as long before, and public by then", () => {
		// The past courses were published 100 days before their start.
		const curve = registrationCurve(pastCurves(pastCourses()));
		expect(curve.at(30, 50).pastOfferings).toBe(3);
		expect(curve.at(30, 49).pastOfferings).toBe(0);
		expect(curve.at(30, 200).pastOfferings).toBe(3);
		expect(curve.at(30, 201).pastOfferings).toBe(0);
		// Not before their publication, even for an offering announced even earlier.
		expect(curve.at(100, 150).pastOfferings).toBe(0);
		expect(curve.at(99, 150).pastOfferings).toBe(3);
	});

	it("counts a past offering with no registrations yet as 1% of its final count", () => {
		const late = pastCourses().map((past) => ({
			...past,
			registrations: [{ date: "2026-08-02", count: 0 }],
		}));
		const point = registrationCurve(pastCurves(late)).at(50, 100);
		expect(point.share).toBeCloseTo(0.01, 10);
	});
});
