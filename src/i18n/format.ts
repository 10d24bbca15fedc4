/** How the catalogue's languages write dates: for its pages, feeds and e-mails alike. */

/**
 * `2027-09-20` as `language` writes a date ("20 September 2027", "20. september 2027"), the
 * same in every time zone.
 */
export function formatDate(iso: string, language: string): string {
	return new Intl.DateTimeFormat(locale(language), {
		day: "numeric",
		month: "long",
		year: "numeric",
		timeZone: "UTC",
	}).format(new Date(`${iso}T00:00:00Z`));
}

/** The Intl locale of a catalogue language: British English, Estonian as written in Estonia. */
export function locale(language: string): string {
	return language === "et" ? "et-EE" : language === "en" ? "en-GB" : language;
}
