import Holidays from "date-holidays";
import { type Day, toDay } from "./days.ts";

const calendars = new Map<string, Holidays>();
const years = new Map<string, ReadonlyMap<Day, string>>();

/**
 * The public holidays of a country in one year, by day, with their English names.
 * Observances (such as Mother's Day) are working days and are left out. Memoized per country and year.
 */
export function publicHolidays(country: string, year: number): ReadonlyMap<Day, string> {
	const cacheKey = `${country}:${year}`;
	const cached = years.get(cacheKey);
	if (cached) return cached;
	let holidays = calendars.get(country);
	if (!holidays) {
		holidays = new Holidays(country, { languages: ["en"] });
		calendars.set(country, holidays);
	}
	const byDay = new Map<Day, string>();
	for (const holiday of holidays.getHolidays(year, "en")) {
		if (holiday.type !== "public") continue;
		const day = toDay(holiday.date.slice(0, 10));
		if (!byDay.has(day)) byDay.set(day, holiday.name);
	}
	years.set(cacheKey, byDay);
	return byDay;
}
