import i18next, { type BackendModule, type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import {
	type AppLanguage,
	appLanguages,
	isAppLanguage,
	loadTexts,
	namespaces,
	type ReferenceTexts,
} from "../locales/index.ts";
import { addFindingFormats, localeFindingFormats } from "./finding-formats.ts";

declare module "i18next" {
	interface CustomTypeOptions {
		defaultNS: "common";
		resources: ReferenceTexts;
	}
}

const storageKey = "kairos.language";

/** The language to start in: the one chosen before, else the browser's, else English. */
export function initialLanguage(): AppLanguage {
	const stored = globalThis.localStorage?.getItem(storageKey);
	const wanted = [stored, ...(globalThis.navigator?.languages ?? [])];
	for (const tag of wanted) {
		const language = tag?.slice(0, 2).toLowerCase();
		if (appLanguages.includes(language as AppLanguage)) return language as AppLanguage;
	}
	return "en";
}

/** Switches the app's language and remembers the choice on this device. */
export async function chooseLanguage(instance: i18n, language: AppLanguage): Promise<void> {
	globalThis.localStorage?.setItem(storageKey, language);
	document.documentElement.lang = language;
	await instance.changeLanguage(language);
}

/**
 * Loads a language's texts when i18next first needs them (`loadTexts`, one chunk a language),
 * so that a page carries only the language it shows; switching loads the other before it shows.
 */
const textsBackend: BackendModule = {
	type: "backend",
	init() {},
	read(language, namespace, done) {
		if (!isAppLanguage(language)) return done(null, {});
		loadTexts(language).then(
			(texts) => done(null, texts[namespace as keyof typeof texts] ?? {}),
			(error: unknown) => done(error instanceof Error ? error : new Error(String(error)), null),
		);
	},
};

/** Starts i18next in `language`, its texts loaded before it resolves. */
export async function startI18n(language: AppLanguage = initialLanguage()) {
	const instance = i18next.createInstance();
	await instance
		.use(textsBackend)
		.use(initReactI18next)
		.init({
			lng: language,
			// Every language has every text (`Messages`): there is nothing to fall back for.
			fallbackLng: false,
			ns: namespaces,
			defaultNS: "common",
			// React escapes what it renders.
			interpolation: { escapeValue: false },
			returnNull: false,
		});
	addFindingFormats(instance, localeFindingFormats);
	return instance;
}
