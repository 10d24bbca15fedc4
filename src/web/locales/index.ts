import { accounts as enAccounts } from "./en/accounts.ts";
import { common as enCommon } from "./en/common.ts";
import { offering as enOffering } from "./en/offering.ts";
import { offerings as enOfferings } from "./en/offerings.ts";
import { session as enSession } from "./en/session.ts";
import { timingMap as enTimingMap } from "./en/timingMap.ts";
import { accounts as etAccounts } from "./et/accounts.ts";
import { common as etCommon } from "./et/common.ts";
import { offering as etOffering } from "./et/offering.ts";
import { offerings as etOfferings } from "./et/offerings.ts";
import { session as etSession } from "./et/session.ts";
import { timingMap as etTimingMap } from "./et/timingMap.ts";

/**
 * Every text of the app by language and namespace (one namespace per view). English is the
 * reference; each other language's files are typed against it, so none misses a text.
 */
export const resources = {
	en: {
		accounts: enAccounts,
		common: enCommon,
		offering: enOffering,
		offerings: enOfferings,
		session: enSession,
		timingMap: enTimingMap,
	},
	et: {
		accounts: etAccounts,
		common: etCommon,
		offering: etOffering,
		offerings: etOfferings,
		session: etSession,
		timingMap: etTimingMap,
	},
} as const;

export type AppLanguage = keyof typeof resources;
export const appLanguages = Object.keys(resources) as AppLanguage[];
