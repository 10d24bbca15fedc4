import { describe, expect, it } from "vitest";
import { timelineOf } from "./timeline.ts";

describe("timelineOf", () => {
	it("spans the dates with a week either side and places them by day", () => {
		const axis = timelineOf(["2027-03-15", "2027-01-10", "2027-09-27"]);
		expect(axis.from).toBe("2027-01-03");
		expect(axis.to).toBe("2027-10-04");
		expect(axis.position("2027-01-03")).toBe(0);
		expect(axis.position("2027-10-05")).toBeCloseTo(100, 10);
		expect(axis.position("2027-03-15")).toBeGreaterThan(axis.position("2027-01-10"));
		expect(axis.dayWidth * 275).toBeCloseTo(100, 10);
	});

	it("ticks on the first of each month inside the span", () => {
		const axis = timelineOf(["2027-01-10", "2027-04-20"]);
		expect(axis.ticks.map((tick) => tick.date)).toEqual(["2027-02-01", "2027-03-01", "2027-04-01"]);
	});

	it("thins the ticks on a long span, across the turn of the year", () => {
		const axis = timelineOf(["2026-08-20", "2028-02-10"]);
		expect(axis.ticks.map((tick) => tick.date)).toEqual([
			"2026-09-01",
			"2026-11-01",
			"2027-01-01",
			"2027-03-01",
			"2027-05-01",
			"2027-07-01",
			"2027-09-01",
			"2027-11-01",
			"2028-01-01",
		]);
		expect(axis.ticks.filter((tick) => tick.withYear).map((tick) => tick.date)).toEqual([
			"2026-09-01",
			"2027-01-01",
			"2028-01-01",
		]);
	});
});
