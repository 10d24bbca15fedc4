/**
 * Dates, numbers and money in the reader's locale. Dates stay the plan's `YYYY-MM-DD` days:
 * they are formatted at noon UTC in UTC, so no time zone moves one to the day before.
 */
const localeOf: Record<string, string> = { en: "en-GB", et: "et-EE" };

export function locale(language: string): string {
	return localeOf[language] ?? language;
}

function atNoon(day: string): Date {
	return new Date(`${day}T12:00:00Z`);
}

/** "3 May 2027" / "3. mai 2027". */
export function formatDate(day: string, language: string): string {
	return new Intl.DateTimeFormat(locale(language), { dateStyle: "medium", timeZone: "UTC" }).format(
		atNoon(day),
	);
}

/** "3 May" / "3. mai": for labels on a chart, where the year is on the axis. */
export function formatDayMonth(day: string, language: string): string {
	return new Intl.DateTimeFormat(locale(language), {
		day: "numeric",
		month: "short",
		timeZone: "UTC",
	}).format(atNoon(day));
}

/** "Saturday" / "laupäev": the day of the week of a date. */
export function formatWeekday(day: string, language: string): string {
	return new Intl.DateTimeFormat(locale(language), { weekday: "long", timeZone: "UTC" }).format(
		atNoon(day),
	);
}

/** "May" / "mai": a month on a date axis whose year is shown elsewhere. */
export function formatMonthName(day: string, language: string): string {
	return new Intl.DateTimeFormat(locale(language), { month: "short", timeZone: "UTC" }).format(
		atNoon(day),
	);
}

/** "May 2027": a month heading. */
export function formatMonth(day: string, language: string): string {
	return new Intl.DateTimeFormat(locale(language), {
		month: "short",
		year: "numeric",
		timeZone: "UTC",
	}).format(atNoon(day));
}

export function formatNumber(value: number, language: string, digits = 0): string {
	return new Intl.NumberFormat(locale(language), { maximumFractionDigits: digits }).format(value);
}

/** A share in [0, 1] as a percentage: "85%" / "85%". */
export function formatPercent(share: number, language: string): string {
	return new Intl.NumberFormat(locale(language), {
		style: "percent",
		maximumFractionDigits: 0,
	}).format(share);
}

export function formatMoney(amount: number, currency: string, language: string): string {
	return new Intl.NumberFormat(locale(language), {
		style: "currency",
		currency,
		maximumFractionDigits: 0,
	}).format(amount);
}
