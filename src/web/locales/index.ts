import { budget as enBudget } from "./en/budget.ts";
import { common as enCommon } from "./en/common.ts";
import { session as enSession } from "./en/session.ts";
import { tasks as enTasks } from "./en/tasks.ts";
import { workload as enWorkload } from "./en/workload.ts";
import { budget as etBudget } from "./et/budget.ts";
import { common as etCommon } from "./et/common.ts";
import { session as etSession } from "./et/session.ts";
import { tasks as etTasks } from "./et/tasks.ts";
import { workload as etWorkload } from "./et/workload.ts";

/**
 * Every text of the app by language and namespace (one namespace per view). English is the
 * reference; each other language's files are typed against it, so none misses a text.
 */
export const resources = {
	en: {
		common: enCommon,
		session: enSession,
		tasks: enTasks,
		workload: enWorkload,
		budget: enBudget,
	},
	et: {
		common: etCommon,
		session: etSession,
		tasks: etTasks,
		workload: etWorkload,
		budget: etBudget,
	},
} as const;

export type AppLanguage = keyof typeof resources;
export const appLanguages = Object.keys(resources) as AppLanguage[];
