import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { type AppLanguage, appLanguages, resources } from "../locales/index.ts";
import { addFindingFormats, localeFindingFormats } from "./finding-formats.ts";

declare module "i18next" {
	interface CustomTypeOptions {
		defaultNS: "common";
		resources: (typeof resources)["en"];
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

/** Starts i18next with every language's texts bundled (they are small). */
export async function startI18n(language: AppLanguage = initialLanguage()) {
	const instance = i18next.createInstance();
	await instance.use(initReactI18next).init({
		resources,
		lng: language,
		fallbackLng: "en",
		defaultNS: "common",
		// React escapes what it renders.
		interpolation: { escapeValue: false },
		returnNull: false,
	});
	addFindingFormats(instance, localeFindingFormats);
	return instance;
}
