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

// Making an Intl formatter costs far more than using one, and a view formats thousands of
// dates (the timing map: several per offering), so each is made once per language and kind.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(language: string, kind: string, options: Intl.DateTimeFormatOptions) {
	const key = `date:${kind}:${language}`;
	let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
	if (!format) {
		format = new Intl.DateTimeFormat(locale(language), { ...options, timeZone: "UTC" });
		formatters.set(key, format);
	}
	return format;
}

function numberFormat(language: string, kind: string, options: Intl.NumberFormatOptions) {
	const key = `number:${kind}:${language}`;
	let format = formatters.get(key) as Intl.NumberFormat | undefined;
	if (!format) {
		format = new Intl.NumberFormat(locale(language), options);
		formatters.set(key, format);
	}
	return format;
}

// A plan has a few hundred distinct days, each formatted again on every render of a long view:
// the texts are kept, up to a bound, so a view formats each day once per language and kind.
const formattedDays = new Map<string, string>();
const keptDays = 20_000;

function formatDay(
	day: string,
	language: string,
	kind: string,
	options: Intl.DateTimeFormatOptions,
): string {
	const key = `${kind}:${language}:${day}`;
	let text = formattedDays.get(key);
	if (text === undefined) {
		text = dateFormat(language, kind, options).format(atNoon(day));
		if (formattedDays.size >= keptDays) formattedDays.clear();
		formattedDays.set(key, text);
	}
	return text;
}

/** "3 May 2027" / "3. mai 2027". */
export function formatDate(day: string, language: string): string {
	return formatDay(day, language, "medium", { dateStyle: "medium" });
}

/**
 * "3 May 2027, 10:05" / "3. mai 2027, 10:05": a moment (an ISO 8601 timestamp) in the reader's
 * own time zone, as a server's log of runs shows it.
 */
export function formatDateTime(instant: string, language: string): string {
	const key = `date:date-time:${language}`;
	let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
	if (!format) {
		format = new Intl.DateTimeFormat(locale(language), { dateStyle: "medium", timeStyle: "short" });
		formatters.set(key, format);
	}
	return format.format(new Date(instant));
}

/** "3 May" / "3. mai": for labels on a chart, where the year is on the axis. */
export function formatDayMonth(day: string, language: string): string {
	return formatDay(day, language, "day-month", { day: "numeric", month: "short" });
}

/** "Saturday" / "laupäev": the day of the week of a date. */
export function formatWeekday(day: string, language: string): string {
	return formatDay(day, language, "weekday", { weekday: "long" });
}

/** "May 2027": a month heading. */
export function formatMonth(day: string, language: string): string {
	return formatDay(day, language, "month-year", { month: "short", year: "numeric" });
}

/** "May" / "mai": a month's short name, for an axis. */
export function formatMonthName(day: string, language: string): string {
	return formatDay(day, language, "month", { month: "short" });
}

export function formatNumber(value: number, language: string, digits = 0): string {
	return numberFormat(language, `digits-${digits}`, { maximumFractionDigits: digits }).format(
		value,
	);
}

const languageNames = new Map<string, Intl.DisplayNames>();

/** "Estonian" / "eesti": a language's name in the reader's language; the code when unknown. */
export function formatLanguage(code: string, language: string): string {
	let names = languageNames.get(language);
	if (!names) {
		names = new Intl.DisplayNames([locale(language)], { type: "language" });
		languageNames.set(language, names);
	}
	try {
		return names.of(code) ?? code;
	} catch {
		// Not a well-formed language code (the schema checks only some fields' codes).
		return code;
	}
}

const listFormats = new Map<string, Intl.ListFormat>();

/** "a, b and c" / "a, b ja c". */
export function formatList(items: readonly string[], language: string): string {
	let format = listFormats.get(language);
	if (!format) {
		format = new Intl.ListFormat(locale(language), { type: "conjunction" });
		listFormats.set(language, format);
	}
	return format.format(items);
}

/** A group size: "8–12", or "8" for a group of one size. */
export function formatGroup(min: number, max: number, language: string): string {
	return min === max
		? formatNumber(min, language)
		: `${formatNumber(min, language)}–${formatNumber(max, language)}`;
}

/** A share in [0, 1] as a percentage: "85%" / "85%". */
export function formatPercent(share: number, language: string): string {
	return numberFormat(language, "percent", {
		style: "percent",
		maximumFractionDigits: 0,
	}).format(share);
}

export function formatMoney(amount: number, currency: string, language: string): string {
	return numberFormat(language, `money-${currency}`, {
		style: "currency",
		currency,
		maximumFractionDigits: 0,
	}).format(amount);
}
