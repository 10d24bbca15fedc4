import i18next, { type TFunction } from "i18next";
import { en, type Messages } from "./messages/en.ts";
import { et } from "./messages/et.ts";

/**
 * The catalogue's languages, the default first. Adding one (Russian, French) is one messages
 * file of type `Messages` and one entry here.
 */
export const catalogueMessages: Readonly<Record<string, Messages>> = { et, en };
export const catalogueLanguages = Object.keys(catalogueMessages);
export type CatalogueLanguage = string;

/** Names of the languages in themselves, for the language switch. */
export const languageNames: Readonly<Record<string, string>> = {
	et: "Eesti",
	en: "English",
	ru: "Русский",
	fr: "Français",
};

const i18n = i18next.createInstance();
await i18n.init({
	resources: Object.fromEntries(
		Object.entries(catalogueMessages).map(([language, messages]) => [
			language,
			{ translation: messages },
		]),
	),
	lng: catalogueLanguages[0] ?? "en",
	fallbackLng: "en",
	// Pages escape every value themselves.
	interpolation: { escapeValue: false },
	initAsync: false,
});

/** The translate function of one language. */
export function translator(language: string): TFunction {
	return i18n.getFixedT(isCatalogueLanguage(language) ? language : (catalogueLanguages[0] ?? "en"));
}

export function isCatalogueLanguage(language: string): boolean {
	return Object.hasOwn(catalogueMessages, language);
}

/** The best catalogue language for an Accept-Language header (q-values honoured). */
export function negotiateLanguage(header: string | undefined): string {
	const ranked = (header ?? "")
		.split(",")
		.map((part) => {
			const [tag = "", ...params] = part.trim().split(";");
			const q = Number(
				params
					.find((param) => param.trim().startsWith("q="))
					?.trim()
					.slice(2) ?? 1,
			);
			return { language: tag.toLowerCase().split("-")[0] ?? "", q: Number.isFinite(q) ? q : 0 };
		})
		.filter((entry) => entry.q > 0)
		.sort((a, b) => b.q - a.q);
	return (
		ranked.find((entry) => isCatalogueLanguage(entry.language))?.language ??
		catalogueLanguages[0] ??
		"en"
	);
}
