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

	it("names the holidays in the language asked for, on the same dates as in English", () => {
		const english = publicHolidays("EE", [2027]);
		const estonian = publicHolidays("EE", [2027], "et");
		// date-holidays writes Estonian holiday names in lower case, as Estonian does.
		expect(estonian).toContainEqual({ date: "2027-02-24", name: "iseseisvuspäev" });
		expect(estonian).toContainEqual({ date: "2027-12-24", name: "jõululaupäev" });
		expect(estonian.map((holiday) => holiday.date)).toEqual(english.map((holiday) => holiday.date));
		expect(publicHolidays("EE", [2027], "en")).toEqual(english);
	});

	it("falls back to English for each holiday date-holidays has no name of in the language", () => {
		// Asked for after Estonian, Russian falls back to English, not to Estonian.
		expect(publicHolidays("EE", [2031], "et")[0]?.name).toBe("uusaasta");
		const russian = publicHolidays("EE", [2031], "ru");
		expect(russian).toContainEqual({ date: "2031-01-01", name: "Новый год" });
		expect(russian).toContainEqual({ date: "2031-02-24", name: "Independence Day" });
		expect(publicHolidays("EE", [2031], "xx")).toEqual(publicHolidays("EE", [2031]));
	});

	it("falls back to the country's own language where English has no name", () => {
		// Spain's Constitution Day has only its Spanish name.
		expect(publicHolidays("ES", [2027], "et")).toContainEqual({
			date: "2027-12-06",
			name: "Día de la Constitución Española",
		});
	});

	it("computes a country's year once per language", () => {
		const [estonian] = publicHolidays("EE", [2029], "et");
		expect(publicHolidays("EE", [2029], "et")[0]).toBe(estonian);
		const [first] = publicHolidays("EE", [2029]);
		const [again] = publicHolidays("EE", [2029]);
		expect(again).toBe(first);
	});
});
