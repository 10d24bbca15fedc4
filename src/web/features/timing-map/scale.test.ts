import { describe, expect, it } from "vitest";
import { toDay } from "../../../engine/days.ts";
import { monthsOf, onScale, spanOf, timeScale } from "./scale.ts";

const days = (...isos: string[]) => isos.map(toDay);

describe("timeScale", () => {
	it("covers whole months from the earliest day's month to the latest day's", () => {
		const scale = timeScale(days("2027-05-20", "2027-03-15", "2027-06-02"));
		expect(scale?.first).toBe(toDay("2027-03-01"));
		expect(scale?.end).toBe(toDay("2027-07-01"));
		expect(scale?.at(toDay("2027-03-01"))).toBe(0);
		expect(scale?.at(toDay("2027-07-01"))).toBe(1);
	});

	it("places a day in proportion to the days before it", () => {
		const scale = timeScale(days("2027-01-10", "2027-12-10"));
		// 2027 has 365 days; 2 July is its 182nd.
		expect(scale?.at(toDay("2027-07-02"))).toBeCloseTo(182 / 365, 10);
	});

	it("crosses a year", () => {
		const scale = timeScale(days("2027-12-24", "2028-01-02"));
		expect(scale?.first).toBe(toDay("2027-12-01"));
		expect(scale?.end).toBe(toDay("2028-02-01"));
	});

	it("has nothing to scale without days", () => {
		expect(timeScale([])).toBeUndefined();
	});
});

describe("spanOf", () => {
	const scale = timeScale(days("2027-04-01", "2027-04-30"));
	if (!scale) throw new Error("no scale");

	it("includes the last day", () => {
		const span = spanOf(scale, toDay("2027-04-01"), toDay("2027-04-15"));
		expect(span.left).toBe(0);
		expect(span.width).toBeCloseTo(15 / 30, 10);
	});

	it("clips what lies outside the scale", () => {
		const span = spanOf(scale, toDay("2027-03-20"), toDay("2027-05-10"));
		expect(span).toEqual({ left: 0, width: 1 });
		expect(spanOf(scale, toDay("2027-06-01"), toDay("2027-06-05")).width).toBe(0);
	});

	it("knows which days are on it", () => {
		expect(onScale(scale, toDay("2027-04-30"))).toBe(true);
		expect(onScale(scale, toDay("2027-05-01"))).toBe(false);
		expect(onScale(scale, toDay("2027-03-31"))).toBe(false);
	});
});

describe("monthsOf", () => {
	it("lists each month with its span, and marks where a year starts", () => {
		const scale = timeScale(days("2027-11-05", "2028-02-10"));
		if (!scale) throw new Error("no scale");
		const months = monthsOf(scale, 1000);
		expect(months.map((month) => month.first)).toEqual([
			"2027-11-01",
			"2027-12-01",
			"2028-01-01",
			"2028-02-01",
		]);
		expect(months.map((month) => month.startsYear)).toEqual([true, false, true, false]);
		expect(months.every((month) => month.named)).toBe(true);
		const widths = months.reduce((sum, month) => sum + month.span.width, 0);
		expect(widths).toBeCloseTo(1, 10);
	});

	it("names every other month when a month is narrower than a label", () => {
		const scale = timeScale(days("2027-01-01", "2028-12-31"));
		if (!scale) throw new Error("no scale");
		// 24 months on 600 px: 25 px each, so every 2nd month is named.
		const named = monthsOf(scale, 600).filter((month) => month.named);
		const odd = ["01", "03", "05", "07", "09", "11"];
		expect(named.map((month) => month.first.slice(5, 7))).toEqual([...odd, ...odd]);
	});
});
