import { z } from "zod";
import { type TextKind, visibleText } from "./primitives.ts";

/**
 * Text that a learner reads, in the institution's languages: a plain string, which is in the
 * institution's first language, or one text per language, `{et: "Keevitus", en: "Welding"}`.
 */
export type LocalizedText = string | Readonly<Record<string, string>>;

/**
 * The schema of a localized text whose every language is a text of one kind. A map
 * needs at least one language; that its languages are the institution's is checked with the
 * plan's cross-references (`checkReferences`), as the schema cannot see the institution.
 */
export function localizedText(kind: TextKind) {
	return z.union([
		visibleText(kind, "is not a text, or a map of languages to texts such as {et: …, en: …}"),
		z
			.record(z.string(), visibleText(kind))
			.refine((texts) => Object.keys(texts).length > 0, {
				params: { problem: "noLanguage" },
				error: "needs at least one language, such as {et: …}",
			})
			// For editors that check a plan file against the JSON Schema.
			.meta({ propertyNames: { type: "string", pattern: "^[a-z]{2}$" }, minProperties: 1 }),
	]);
}

/** A localized name, title, label or place. */
export const localizedName = localizedText("name");
/** One localized learning outcome. */
export const localizedOutcome = localizedText("outcome");
/** A localized description. */
export const localizedDescription = localizedText("description");

/** A text as it is shown, and the language it is in (unknown for a plain string of an institution that names no languages). */
export interface PickedText {
	text: string;
	language: string | undefined;
}

/**
 * The text to show for `language`, by the fallback chain: that language, else the
 * institution's first language, else the first of its other languages that the text has, else
 * the first language the text has. `languages` are the institution's, the first the default; a
 * plain string is in the first. Pure and total: every localized text has something to show.
 */
export function pickText(
	localized: LocalizedText,
	language: string | undefined,
	languages: readonly string[],
): PickedText {
	if (typeof localized === "string") return { text: localized, language: languages[0] };
	const candidates = [
		...(language === undefined ? [] : [language]),
		...languages,
		...Object.keys(localized),
	];
	for (const candidate of candidates) {
		const text = localized[candidate];
		if (text !== undefined) return { text, language: candidate };
	}
	return { text: "", language: undefined };
}

/** Shows localized texts in one language: `const text = textIn("en", ["et", "en"]); text(title)`. */
export type TextPicker = (localized: LocalizedText) => string;

/**
 * A picker of the texts for `language`, with `pickText`'s fallback. A map is looked up once per
 * picker: a template's labels are the same objects for every offering that uses it.
 */
export function textIn(language: string | undefined, languages: readonly string[]): TextPicker {
	const picked = new WeakMap<object, string>();
	return (localized) => {
		if (typeof localized === "string") return localized;
		let text = picked.get(localized);
		if (text === undefined) {
			text = pickText(localized, language, languages).text;
			picked.set(localized, text);
		}
		return text;
	};
}

/** Every text of a localized text, in all its languages: what a word search looks through. */
export function allTexts(localized: LocalizedText): string[] {
	return typeof localized === "string" ? [localized] : Object.values(localized);
}
