/**
 * Editing a localized text (docs/plan-file.md): a plain string is in the institution's first
 * language, a map holds one text per language. The editor shows one input per language.
 */

function isMap(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The languages to show inputs for: the institution's, then any other the text already has (so
 * a stray one can be seen and emptied). Without institution languages, one plain input (`[]`).
 */
export function languagesOf(value: unknown, languages: readonly string[]): string[] {
	if (languages.length === 0) return isMap(value) ? Object.keys(value) : [];
	const extra = isMap(value) ? Object.keys(value).filter((key) => !languages.includes(key)) : [];
	return [...languages, ...extra];
}

/** The text of one language: a plain string counts as the first language's. */
export function textOf(value: unknown, language: string, languages: readonly string[]): string {
	if (typeof value === "string") return language === languages[0] ? value : "";
	if (isMap(value)) {
		const text = value[language];
		return typeof text === "string" ? text : "";
	}
	return "";
}

/**
 * The localized text with `language` set to `text`. A plain string stays plain while only the
 * first language is written; writing another language turns it into a map.
 */
export function withText(
	value: unknown,
	language: string,
	text: string,
	languages: readonly string[],
): unknown {
	const first = languages[0];
	if ((value === undefined || typeof value === "string") && language === first) return text;
	const map: Record<string, unknown> = isMap(value)
		? { ...value }
		: typeof value === "string" && first !== undefined
			? { [first]: value }
			: {};
	map[language] = text;
	return map;
}
