import { common as enCommon } from "./en/common.ts";
import { offering as enOffering } from "./en/offering.ts";
import { session as enSession } from "./en/session.ts";
import { common as etCommon } from "./et/common.ts";
import { offering as etOffering } from "./et/offering.ts";
import { session as etSession } from "./et/session.ts";

/**
 * Every text of the app by language and namespace (one namespace per view). English is the
 * reference; each other language's files are typed against it, so none misses a text.
 */
export const resources = {
	en: { common: enCommon, session: enSession, offering: enOffering },
	et: { common: etCommon, session: etSession, offering: etOffering },
} as const;

export type AppLanguage = keyof typeof resources;
export const appLanguages = Object.keys(resources) as AppLanguage[];
