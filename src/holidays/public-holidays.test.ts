import { describe, expect, it } from "vitest";
import { publicHolidays } from "./public-holidays.ts";

describe("publicHolidays", () => {
	it("gives the twelve Estonian public holidays of a year by date, in English", () => {
		const holidays = publicHolidays("EE", [2027]);
		expect(holidays).toHaveLength(12);
		expect(holidays).toContainEqual({ date: "2027-02-24", name: "Independence Day" });
		expect(holidays).toContainEqual({ date: "2027-03-26", name: "Good Friday" });
		expect(holidays).toContainEqual({ date: "2027-06-23", name: "Victory Day" });
		// The anniversary of the Tartu Peace Treaty (2 February) is an observance, a working day.
		expect(holidays.map((holiday) => holiday.date)).not.toContain("2027-02-02");
	});

	it("covers each year asked for, and only dates of that year", () => {
		const holidays = publicHolidays("EE", [2026, 2027]);
		expect(holidays).toHaveLength(24);
		expect(holidays.every((holiday) => /^202[67]-/.test(holiday.date))).toBe(true);
		expect(publicHolidays("EE", [])).toEqual([]);
	});

	it("uses each country's own holidays and is a plain value that survives JSON", () => {
		const us = publicHolidays("US", [2027]);
		expect(us.find((holiday) => holiday.date === "2027-07-05")?.name).toMatch(/Independence Day/);
		expect(JSON.parse(JSON.stringify(us))).toEqual(us);
	});

	it("computes a country's year once", () => {
		const [first] = publicHolidays("EE", [2029]);
		const [again] = publicHolidays("EE", [2029]);
		expect(again).toBe(first);
	});
});
