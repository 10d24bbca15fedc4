import { estonianStem } from "./estonian-stem.ts";

/** A text to look through, and the language it is in (undefined when none is stated). */
export interface SearchableText {
	text: string;
	language: string | undefined;
}

/** The words of a text or a query: lower-cased runs of letters and digits (`MIG/MAG-keevitus` → mig, mag, keevitus). */
export function wordsOf(text: string): string[] {
	return text
		.toLocaleLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}

/**
 * What a query word is looked for as in a text of `language`: an Estonian text by the word's
 * stem (`estonianStem`), so that its endings do not matter; any other as typed, lower-cased.
 */
export function searchPrefix(word: string, language: string | undefined): string {
	return language === "et" ? estonianStem(word) : word.toLocaleLowerCase();
}

/**
 * Whether every word of the query begins a word of one of the texts, each query word taken as
 * `searchPrefix` gives it for that text's language. An empty query matches everything.
 */
export function matchesQuery(query: string, texts: readonly SearchableText[]): boolean {
	const words = wordsOf(query);
	if (words.length === 0) return true;
	const searched = texts.map(({ text, language }) => ({ language, words: wordsOf(text) }));
	return words.every((word) =>
		searched.some(({ language, words: textWords }) => {
			const prefix = searchPrefix(word, language);
			return textWords.some((textWord) => textWord.startsWith(prefix));
		}),
	);
}
