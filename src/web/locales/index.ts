import { about as enAbout } from "./en/about.ts";
import { common as enCommon } from "./en/common.ts";
import { importExport as enImportExport } from "./en/importExport.ts";
import { session as enSession } from "./en/session.ts";
import { about as etAbout } from "./et/about.ts";
import { common as etCommon } from "./et/common.ts";
import { importExport as etImportExport } from "./et/importExport.ts";
import { session as etSession } from "./et/session.ts";

/**
 * Every text of the app by language and namespace (one namespace per view). English is the
 * reference; each other language's files are typed against it, so none misses a text.
 */
export const resources = {
	en: { common: enCommon, session: enSession, about: enAbout, importExport: enImportExport },
	et: { common: etCommon, session: etSession, about: etAbout, importExport: etImportExport },
} as const;

export type AppLanguage = keyof typeof resources;
export const appLanguages = Object.keys(resources) as AppLanguage[];
