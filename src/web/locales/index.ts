import { accounts as enAccounts } from "./en/accounts.ts";
import { common as enCommon } from "./en/common.ts";
import { session as enSession } from "./en/session.ts";
import { accounts as etAccounts } from "./et/accounts.ts";
import { common as etCommon } from "./et/common.ts";
import { session as etSession } from "./et/session.ts";

/**
 * Every text of the app by language and namespace (one namespace per view). English is the
 * reference; each other language's files are typed against it, so none misses a text.
 */
export const resources = {
	en: { common: enCommon, accounts: enAccounts, session: enSession },
	et: { common: etCommon, accounts: etAccounts, session: etSession },
} as const;

export type AppLanguage = keyof typeof resources;
export const appLanguages = Object.keys(resources) as AppLanguage[];
