/** How the catalogue's languages write dates and numbers: for its pages, feeds, e-mails and reports alike. */

// Making an Intl formatter costs far more than using one, and a report formats thousands of
// dates and numbers: each formatter is made once per language and options, and kept. Their
// number is bounded by the languages and the few options Kairos writes with.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** The date formatter of `language` with these options, made once and kept. */
export function dateFormat(
	language: string,
	options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
	const key = `${language}\u0000${JSON.stringify(options)}`;
	let format = dateFormats.get(key);
	if (format === undefined) {
		format = new Intl.DateTimeFormat(locale(language), options);
		dateFormats.set(key, format);
	}
	return format;
}

/** The number formatter of `language` with these options, made once and kept. */
export function numberFormat(
	language: string,
	options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
	const key = `${language}\u0000${JSON.stringify(options)}`;
	let format = numberFormats.get(key);
	if (format === undefined) {
		format = new Intl.NumberFormat(locale(language), options);
		numberFormats.set(key, format);
	}
	return format;
}

const longDate: Intl.DateTimeFormatOptions = {
	day: "numeric",
	month: "long",
	year: "numeric",
	timeZone: "UTC",
};

/**
 * `2027-09-20` as `language` writes a date ("20 September 2027", "20. september 2027"), the
 * same in every time zone.
 */
export function formatDate(iso: string, language: string): string {
	return dateFormat(language, longDate).format(new Date(`${iso}T00:00:00Z`));
}

/** The Intl locale of a catalogue language: British English, Estonian as written in Estonia. */
export function locale(language: string): string {
	return language === "et" ? "et-EE" : language === "en" ? "en-GB" : language;
}
