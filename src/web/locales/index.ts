import { about as enAbout } from "./en/about.ts";
import { accounts as enAccounts } from "./en/accounts.ts";
import { analysis as enAnalysis } from "./en/analysis.ts";
import { budget as enBudget } from "./en/budget.ts";
import { common as enCommon } from "./en/common.ts";
import { decision as enDecision } from "./en/decision.ts";
import { findings as enFindings } from "./en/findings.ts";
import { importExport as enImportExport } from "./en/importExport.ts";
import { jobs as enJobs } from "./en/jobs.ts";
import { learnerData as enLearnerData } from "./en/learnerData.ts";
import { offering as enOffering } from "./en/offering.ts";
import { offerings as enOfferings } from "./en/offerings.ts";
import { registrations as enRegistrations } from "./en/registrations.ts";
import { session as enSession } from "./en/session.ts";
import { tasks as enTasks } from "./en/tasks.ts";
import { timingMap as enTimingMap } from "./en/timingMap.ts";
import { validation as enValidation } from "./en/validation.ts";
import { workload as enWorkload } from "./en/workload.ts";
import { about as etAbout } from "./et/about.ts";
import { accounts as etAccounts } from "./et/accounts.ts";
import { analysis as etAnalysis } from "./et/analysis.ts";
import { budget as etBudget } from "./et/budget.ts";
import { common as etCommon } from "./et/common.ts";
import { decision as etDecision } from "./et/decision.ts";
import { findings as etFindings } from "./et/findings.ts";
import { importExport as etImportExport } from "./et/importExport.ts";
import { jobs as etJobs } from "./et/jobs.ts";
import { learnerData as etLearnerData } from "./et/learnerData.ts";
import { offering as etOffering } from "./et/offering.ts";
import { offerings as etOfferings } from "./et/offerings.ts";
import { registrations as etRegistrations } from "./et/registrations.ts";
import { session as etSession } from "./et/session.ts";
import { tasks as etTasks } from "./et/tasks.ts";
import { timingMap as etTimingMap } from "./et/timingMap.ts";
import { validation as etValidation } from "./et/validation.ts";
import { workload as etWorkload } from "./et/workload.ts";

/**
 * Every text of the app by language and namespace (one namespace per view). English is the
 * reference; each other language's files are typed against it, so none misses a text.
 */
export const resources = {
	en: {
		about: enAbout,
		accounts: enAccounts,
		analysis: enAnalysis,
		budget: enBudget,
		common: enCommon,
		decision: enDecision,
		findings: enFindings,
		importExport: enImportExport,
		learnerData: enLearnerData,
		jobs: enJobs,
		offering: enOffering,
		offerings: enOfferings,
		registrations: enRegistrations,
		session: enSession,
		tasks: enTasks,
		timingMap: enTimingMap,
		validation: enValidation,
		workload: enWorkload,
	},
	et: {
		about: etAbout,
		accounts: etAccounts,
		analysis: etAnalysis,
		budget: etBudget,
		common: etCommon,
		decision: etDecision,
		findings: etFindings,
		importExport: etImportExport,
		learnerData: etLearnerData,
		jobs: etJobs,
		offering: etOffering,
		offerings: etOfferings,
		registrations: etRegistrations,
		session: etSession,
		tasks: etTasks,
		timingMap: etTimingMap,
		validation: etValidation,
		workload: etWorkload,
	},
} as const;

export type AppLanguage = keyof typeof resources;
export const appLanguages = Object.keys(resources) as AppLanguage[];
