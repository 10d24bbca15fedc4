import type { TFunction } from "i18next";
import { html, join, raw, type SafeHtml } from "../../html/template.ts";
import type { Institution } from "../../model/institution.ts";
import { type LocalizedText, type PickedText, pickText } from "../../model/localized-text.ts";
import { formatLanguage } from "./format.ts";

/** How a page shows one school's texts in the page's language (docs/catalogue.md). */
export interface PageTexts {
	/** The text alone, for `<title>`, attributes and other places that take no markup. */
	plain(text: LocalizedText): string;
	/**
	 * The text; when it is another language's (a missing translation), inside an element with
	 * that `lang`, followed by a short note in the page's language: "(in Estonian)".
	 */
	marked(text: LocalizedText): SafeHtml;
	/** A `<ul>` of texts: fallbacks get their `lang`, and one note after the list names them. */
	list(texts: readonly LocalizedText[]): SafeHtml;
	/**
	 * A message of the page's language with texts in it, each as `marked` shows it:
	 * `message("pathway.title", { qualification: qualification.title })`.
	 */
	message(
		key: string,
		texts: Readonly<Record<string, LocalizedText>>,
		values?: Readonly<Record<string, string | number>>,
	): SafeHtml;
}

/** The texts of `institution` as pages in `language` show them (its languages decide the fallback). */
export function pageTexts(
	institution: Pick<Institution, "name" | "languages">,
	language: string,
	t: TFunction,
): PageTexts {
	const languages = institution.languages ?? [];
	const pick = (text: LocalizedText) => pickText(text, language, languages);
	const isFallback = (picked: PickedText) =>
		picked.language !== undefined && picked.language !== language;
	const note = (languagesShown: readonly string[]) =>
		html`<small class="translation">${t("site.inLanguage", {
			language: languagesShown.map((code) => formatLanguage(code, language)).join(", "),
		})}</small>`;
	const marked = (text: LocalizedText): SafeHtml => {
		const picked = pick(text);
		if (!isFallback(picked)) return html`${picked.text}`;
		return html`<span lang="${picked.language}">${picked.text}</span> ${note([picked.language ?? ""])}`;
	};
	return {
		plain: (text) => pick(text).text,
		marked,
		list(texts) {
			const picked = texts.map(pick);
			const fallbacks = [
				...new Set(picked.filter(isFallback).map((entry) => entry.language ?? "")),
			];
			return html`<ul>${picked.map((entry) =>
				isFallback(entry)
					? html`<li lang="${entry.language}">${entry.text}</li>`
					: html`<li>${entry.text}</li>`,
			)}</ul>${fallbacks.length > 0 ? html`<p>${note(fallbacks)}</p>` : ""}`;
		},
		message(key, texts, values = {}) {
			// Placeholders that no translation contains, replaced by the marked texts once the
			// message itself is escaped.
			const slot = (name: string) => `\u{E000}${name}\u{E000}`;
			const slots = Object.fromEntries(Object.keys(texts).map((name) => [name, slot(name)]));
			const escaped = html`${t(key, { ...values, ...slots })}`.value;
			const parts = escaped.split(/\u{E000}([^\u{E000}]*)\u{E000}/u);
			return join(
				parts.map((part, index) => {
					if (index % 2 === 0) return raw(part);
					const text = texts[part];
					return text === undefined ? "" : marked(text);
				}),
				"",
			);
		},
	};
}
