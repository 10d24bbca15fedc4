import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoWeek, localDate, localDayStart, mondayOf, toDay, toIso, weekday } from "./days.ts";

describe("day numbers", () => {
	it("counts days from 1970-01-01", () => {
		expect(toDay("1970-01-01")).toBe(0);
		expect(toDay("2027-09-01")).toBe(21062);
		expect(toIso(21062)).toBe("2027-09-01");
		expect(toDay("2028-03-01") - toDay("2028-02-28")).toBe(2);
		expect(toDay("2100-03-01") - toDay("2100-02-28")).toBe(1);
	});

	it("round-trips every date and agrees with Date.UTC", () => {
		fc.assert(
			fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => {
				const iso = toIso(day);
				expect(toDay(iso)).toBe(day);
				expect(
					Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) /
						86_400_000,
				).toBe(day);
			}),
		);
	});

	it("knows ISO weekdays and weeks", () => {
		expect(weekday(toDay("2027-09-01"))).toBe(3);
		expect(weekday(toDay("2027-09-05"))).toBe(7);
		expect(isoWeek(toDay("2027-01-01"))).toBe("2026-W53");
		expect(isoWeek(toDay("2027-01-04"))).toBe("2027-W01");
		expect(isoWeek(toDay("2026-12-31"))).toBe("2026-W53");
		expect(isoWeek(toDay("2029-12-31"))).toBe("2030-W01");
		expect(toIso(mondayOf(toDay("2027-09-05")))).toBe("2027-08-30");
	});
});

describe("localDate", () => {
	it("gives the date in the school's time zone, not the server's", () => {
		// 22:30 UTC on 31 December is already 1 January in Tallinn (UTC+2 in winter).
		const instant = new Date("2026-12-31T22:30:00Z");
		expect(localDate(instant, "Europe/Tallinn")).toBe("2027-01-01");
		expect(localDate(instant, "UTC")).toBe("2026-12-31");
		expect(localDate(instant, "America/New_York")).toBe("2026-12-31");
		// Summer time: UTC+3 from the last Sunday of March.
		expect(localDate(new Date("2027-06-30T21:15:00Z"), "Europe/Tallinn")).toBe("2027-07-01");
		expect(localDate(new Date("2027-06-30T20:45:00Z"), "Europe/Tallinn")).toBe("2027-06-30");
	});
});

describe("localDayStart", () => {
	it("gives the instant a date begins in the school's time zone", () => {
		expect(localDayStart("2027-01-01", "Europe/Tallinn").toISOString()).toBe(
			"2026-12-31T22:00:00.000Z",
		);
		expect(localDayStart("2027-07-01", "Europe/Tallinn").toISOString()).toBe(
			"2027-06-30T21:00:00.000Z",
		);
		expect(localDayStart("2027-03-15", "America/New_York").toISOString()).toBe(
			"2027-03-15T04:00:00.000Z",
		);
		expect(localDayStart("2027-03-15", "UTC").toISOString()).toBe("2027-03-15T00:00:00.000Z");
		// Chile's clocks go from 00:00 to 01:00 on 5 September 2027: that day begins at 01:00.
		expect(localDayStart("2027-09-05", "America/Santiago").toISOString()).toBe(
			"2027-09-05T04:00:00.000Z",
		);
	});

	it("is on its date, and the minute before it is not, in any zone", () => {
		const zones = ["Europe/Tallinn", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Kolkata"];
		fc.assert(
			fc.property(
				fc.integer({ min: toDay("2000-01-01"), max: toDay("2040-12-31") }),
				fc.constantFrom(...zones),
				(day, zone) => {
					const start = localDayStart(toIso(day), zone);
					expect(localDate(start, zone)).toBe(toIso(day));
					expect(localDate(new Date(start.getTime() - 60_000), zone)).toBe(toIso(day - 1));
				},
			),
		);
	});
});
