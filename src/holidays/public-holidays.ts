import Holidays from "date-holidays";
import type { PublicHoliday } from "../engine/holidays.ts";

const countries = new Map<string, Holidays>();
const years = new Map<string, readonly PublicHoliday[]>();

/**
 * A country's public holidays in the given years, by date, with their English names: the
 * engine's `holidays` input. Only holidays of type "public" count; observances (such as
 * Mother's Day) are working days. A day has one entry, the first holiday date-holidays names
 * for it. Memoized per country and year.
 */
export function publicHolidays(country: string, yearList: Iterable<number>): PublicHoliday[] {
	const holidays: PublicHoliday[] = [];
	for (const year of yearList) holidays.push(...holidaysOf(country, year));
	return holidays;
}

function holidaysOf(country: string, year: number): readonly PublicHoliday[] {
	const cacheKey = `${country}:${year}`;
	const cached = years.get(cacheKey);
	if (cached) return cached;
	let calendar = countries.get(country);
	if (!calendar) {
		calendar = new Holidays(country, { languages: ["en"] });
		countries.set(country, calendar);
	}
	const byDate = new Map<string, PublicHoliday>();
	const prefix = `${String(year).padStart(4, "0")}-`;
	for (const holiday of calendar.getHolidays(year, "en")) {
		const date = holiday.date.slice(0, 10);
		// A holiday listed under `year` but dated in another year belongs to that year's list.
		if (holiday.type !== "public" || !date.startsWith(prefix) || byDate.has(date)) continue;
		byDate.set(date, Object.freeze({ date, name: holiday.name }));
	}
	const holidays = Object.freeze([...byDate.values()]);
	years.set(cacheKey, holidays);
	return holidays;
}
