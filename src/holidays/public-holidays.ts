import Holidays from "date-holidays";
import type { PublicHoliday } from "../engine/holidays.ts";

const calendars = new Map<string, Holidays>();
const years = new Map<string, readonly PublicHoliday[]>();

/**
 * A country's public holidays in the given years, by date: the engine's `holidays` input. Only
 * holidays of type "public" count; observances (such as Mother's Day) are working days. A day
 * has one entry, the first holiday date-holidays names for it. The names are in `language`
 * (ISO 639-1, default English) where date-holidays has them, else in English, else in the
 * country's own language; the dates are the English list's whatever the language. Memoized per
 * country, year and language.
 */
export function publicHolidays(
	country: string,
	yearList: Iterable<number>,
	language = "en",
): PublicHoliday[] {
	const holidays: PublicHoliday[] = [];
	for (const year of yearList) holidays.push(...holidaysOf(country, year, language));
	return holidays;
}

function holidaysOf(country: string, year: number, language: string): readonly PublicHoliday[] {
	const cacheKey = `${country}:${year}:${language}`;
	const cached = years.get(cacheKey);
	if (cached) return cached;
	const names = namesByDate(country, year, language);
	const holidays = Object.freeze(
		language === "en"
			? [...names].map(([date, name]) => Object.freeze({ date, name }))
			: holidaysOf(country, year, "en").map(({ date, name }) =>
					Object.freeze({ date, name: names.get(date) ?? name }),
				),
	);
	years.set(cacheKey, holidays);
	return holidays;
}

/** The name of each public holiday of a year, by date, in a language with its fallbacks. */
function namesByDate(country: string, year: number, language: string): Map<string, string> {
	const byDate = new Map<string, string>();
	const prefix = `${String(year).padStart(4, "0")}-`;
	for (const holiday of calendarOf(country, language).getHolidays(year)) {
		const date = holiday.date.slice(0, 10);
		// A holiday listed under `year` but dated in another year belongs to that year's list.
		if (holiday.type !== "public" || !date.startsWith(prefix) || byDate.has(date)) continue;
		byDate.set(date, holiday.name);
	}
	return byDate;
}

/**
 * date-holidays names a holiday in the first of its languages it has a name in: here the one
 * asked for, then English, then the country's own. `getHolidays` is called without a language,
 * since one given there is added to the calendar's list for good.
 */
function calendarOf(country: string, language: string): Holidays {
	const key = `${country}:${language}`;
	let calendar = calendars.get(key);
	if (!calendar) {
		calendar = new Holidays(country, { languages: [language, "en"] });
		calendars.set(key, calendar);
	}
	return calendar;
}
