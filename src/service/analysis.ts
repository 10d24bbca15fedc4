import { analyzePlan } from "../engine/analysis/analyze.ts";
import { yearlyFigures } from "../engine/analysis/yearly.ts";
import { defaultReportLanguage, reportLanguageProblem } from "../i18n/report-languages.ts";
import type { Analysis, YearlyReport } from "../model/analysis.ts";
import type { PlanFile } from "../model/plan-file.ts";
import { perContext, type ServiceContext } from "./context.ts";
import { KairosError } from "./errors.ts";
import { LruCache } from "./lru-cache.ts";
import { currentPlan, type PlannedInstitution, plannedInstitution } from "./plans.ts";

/** A figure of an institution in one language, with what changes whenever the figure may. */
export interface Written<T> {
	figures: T;
	/** The language its labels are in, and its texts are to be written in. */
	language: string;
	/**
	 * Changes whenever the figures may: the plan version, the day, the registrations and the
	 * language. What is rendered from the figures alone may be cached by it.
	 */
	version: string;
}

const analyses = perContext(() => new LruCache<Analysis>(64));
const yearlyReports = perContext(() => new LruCache<YearlyReport>(64));

/**
 * The language of an institution's analysis: the one asked for, which must be one of its own or
 * one Kairos writes (`reportLanguages`), else its first that Kairos writes, else English.
 */
function analysisLanguage(plan: PlanFile, asked: string | undefined): string {
	const own = plan.institution.languages ?? [];
	if (asked === undefined) return defaultReportLanguage(own);
	const message = reportLanguageProblem(own, asked);
	if (message === undefined) return asked;
	throw new KairosError("validation_failed", "the request query is not valid", {
		problems: [{ path: "language", message }],
	});
}

/** The plan and its report in the analysis' language, which picks the titles of the plan. */
async function plannedIn(
	context: ServiceContext,
	institutionId: string,
	asked: string | undefined,
): Promise<{ planned: PlannedInstitution; language: string }> {
	const stored = await currentPlan(context, institutionId, undefined);
	const language = analysisLanguage(stored.plan, asked);
	const planned = await plannedInstitution(context, institutionId, {
		planVersion: stored.planVersion,
		language,
	});
	return { planned, language };
}

/**
 * What timing did to fill in an institution's history (docs/analysis.md), from its saved plan
 * with the registrations recorded in Kairos, judged on its own today; the plan's titles and the
 * labels in `language`. Made once per plan version, day, registrations and language, and cached
 * per context.
 */
export async function institutionAnalysis(
	context: ServiceContext,
	institutionId: string,
	options: { language?: string | undefined } = {},
): Promise<Written<Analysis>> {
	const { planned, language } = await plannedIn(context, institutionId, options.language);
	const version = planned.key;
	let analysis = analyses(context).get(version);
	if (analysis === undefined) {
		analysis = analyzePlan(planned.plan, planned.report, { language });
		analyses(context).set(version, analysis);
	}
	return { figures: analysis, language, version };
}

/**
 * The yearly report's figures of an institution: the intakes whose studies start in `year`,
 * with the analysis behind them, cached as the analysis is.
 */
export async function institutionYearlyReport(
	context: ServiceContext,
	institutionId: string,
	options: { year: number; language?: string | undefined },
): Promise<Written<YearlyReport>> {
	const { planned, language } = await plannedIn(context, institutionId, options.language);
	const version = `${planned.key}\u0000${options.year}`;
	let report = yearlyReports(context).get(version);
	if (report === undefined) {
		report = yearlyFigures(planned.plan, planned.report, { year: options.year, language });
		yearlyReports(context).set(version, report);
	}
	return { figures: report, language, version };
}
