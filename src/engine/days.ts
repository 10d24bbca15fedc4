/**
 * Calendar dates as integers: days since 1970-01-01 in the proleptic Gregorian calendar.
 * Pure arithmetic, so results never depend on the process's time zone.
 */
export type Day = number;

/** `YYYY-MM-DD` → day number. The input must be a valid date (the model guarantees it). */
export function toDay(iso: string): Day {
	const year = Number(iso.slice(0, 4));
	const month = Number(iso.slice(5, 7));
	const day = Number(iso.slice(8, 10));
	return daysFromCivil(year, month, day);
}

/** Day number → `YYYY-MM-DD`. */
export function toIso(day: Day): string {
	const { year, month, dayOfMonth } = civilFromDays(day);
	return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${dayOfMonth < 10 ? "0" : ""}${dayOfMonth}`;
}

// Howard Hinnant's days_from_civil / civil_from_days.
export function daysFromCivil(year: number, month: number, dayOfMonth: number): Day {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + dayOfMonth - 1;
	const dayOfEra =
		yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146097 + dayOfEra - 719468;
}

export function civilFromDays(day: Day): { year: number; month: number; dayOfMonth: number } {
	const z = day + 719468;
	const era = Math.floor(z / 146097);
	const dayOfEra = z - era * 146097;
	const yearOfEra = Math.floor(
		(dayOfEra -
			Math.floor(dayOfEra / 1460) +
			Math.floor(dayOfEra / 36524) -
			Math.floor(dayOfEra / 146096)) /
			365,
	);
	const dayOfYear =
		dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
	const mp = Math.floor((5 * dayOfYear + 2) / 153);
	const dayOfMonth = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfMonth };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday. */
export function weekday(day: Day): number {
	return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function yearOf(day: Day): number {
	return civilFromDays(day).year;
}

/** The ISO 8601 week, e.g. `2027-W09`: weeks start on Monday and week 1 holds the year's first Thursday. */
export function isoWeek(day: Day): string {
	const thursday = day - weekday(day) + 4;
	const year = yearOf(thursday);
	const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
	return `${year}-W${week < 10 ? "0" : ""}${week}`;
}

/** The Monday of the ISO week that holds `day`. */
export function mondayOf(day: Day): Day {
	return day - weekday(day) + 1;
}

const localDateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date `YYYY-MM-DD` of an instant in an IANA time zone: what "today" is for a
 * school in that zone. The instant is a parameter, so the engine reads no clock.
 */
export function localDate(instant: Date, timeZone: string): string {
	let format = localDateFormats.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat("en-CA", {
			timeZone,
			year: "numeric",
			month: "2-digit",
			day: "2-digit",
		});
		localDateFormats.set(timeZone, format);
	}
	const part = (type: string) =>
		format.formatToParts(instant).find((entry) => entry.type === type)?.value ?? "";
	return `${part("year")}-${part("month")}-${part("day")}`;
}

/** A minute, and the widest reach of a time zone's offset from UTC, in milliseconds. */
const minute = 60_000;
const widestOffset = 15 * 60 * minute;

/**
 * The first instant of the calendar date `date` in an IANA time zone: midnight there, or the
 * moment the day begins where a clock change skips midnight. Found to the minute by halving the
 * 30 hours around midnight UTC, within which every zone's day begins.
 */
export function localDayStart(date: string, timeZone: string): Date {
	const midnightUtc = Date.parse(`${date}T00:00:00Z`);
	let before = midnightUtc - widestOffset;
	let from = midnightUtc + widestOffset;
	while (from - before > minute) {
		const middle = before + Math.floor((from - before) / minute / 2) * minute;
		if (localDate(new Date(middle), timeZone) >= date) from = middle;
		else before = middle;
	}
	return new Date(from);
}
