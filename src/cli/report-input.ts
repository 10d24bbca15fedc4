import { planWithHolidays } from "../holidays/plan-with-holidays.ts";
import { defaultReportLanguage, reportLanguageProblem } from "../i18n/report-languages.ts";
import type { PlanFile } from "../model/plan-file.ts";
import { isoDate, languageCode } from "../model/primitives.ts";
import type { Problem } from "../model/problems.ts";
import type { PlanReport } from "../model/report.ts";
import { printProblems } from "./problems-output.ts";
import { readPlanFile } from "./read-plan.ts";

/** What `kairos plan`, `kairos analyze` and `kairos report yearly` write from. */
export interface ReportInput<Language extends string | undefined> {
	plan: PlanFile;
	report: PlanReport;
	/** The language the output is written in, and the plan's texts are picked in. */
	language: Language;
}

/** Which languages `--language` may name for an institution, and which one applies without it. */
export interface LanguageRule<Language extends string | undefined> {
	/**
	 * Why `language` (a language code) may not be asked for an institution whose own languages
	 * are `own`, or `undefined` when it may.
	 */
	problem(own: readonly string[], language: string): string | undefined;
	/** The language when `--language` is not given. */
	fallback(own: readonly string[]): Language;
}

/**
 * `kairos plan`'s rule: one of the institution's languages (any language code when it names
 * none); without it, the engine picks its first.
 */
export const planLanguageRule: LanguageRule<undefined> = {
	problem: (own, language) =>
		own.length === 0 || own.includes(language)
			? undefined
			: `${JSON.stringify(language)} is not one of the institution's languages (${own.join(", ")})`,
	fallback: () => undefined,
};

/**
 * The analysis' and the yearly report's rule, the service's too (`reportLanguageProblem`): one of
 * the institution's languages or of those Kairos writes reports in; without it, the institution's
 * first that Kairos writes, else English.
 */
export const reportLanguageRule: LanguageRule<string> = {
	problem: reportLanguageProblem,
	fallback: defaultReportLanguage,
};

/**
 * Checks `--today`, reads and validates the plan, checks `--language` by `rule` and plans the
 * plan with its public holidays in that language. Bad input is printed, one line per problem,
 * before anything is planned, and gives `undefined`.
 */
export async function readReportInput<Language extends string | undefined>(
	file: string,
	options: { today?: string | undefined; language?: string | undefined },
	rule: LanguageRule<Language>,
): Promise<ReportInput<string | Language> | undefined> {
	const today = todayProblems(options.today);
	if (today.length > 0) {
		printProblems(today);
		return undefined;
	}
	const read = await readPlanFile(file);
	if (!read.ok) {
		printProblems(read.problems);
		return undefined;
	}
	const own = read.plan.institution.languages ?? [];
	const languages = languageProblems(options.language, (language) => rule.problem(own, language));
	if (languages.length > 0) {
		printProblems(languages);
		return undefined;
	}
	const language = options.language ?? rule.fallback(own);
	const report = planWithHolidays(read.plan, { today: options.today, language });
	return { plan: read.plan, report, language };
}

/** `--today`'s problem, if it is given and not a date. */
function todayProblems(today: string | undefined): Problem[] {
	return today === undefined || isoDate.safeParse(today).success
		? []
		: [{ path: "--today", message: `${JSON.stringify(today)} is not a date (YYYY-MM-DD)` }];
}

/**
 * `--language`'s problem, if it is given and is not a language code, or is one that `problem`
 * (the command's rule for the institution) refuses.
 */
function languageProblems(
	language: string | undefined,
	problem: (language: string) => string | undefined,
): Problem[] {
	if (language === undefined) return [];
	const message = languageCode.safeParse(language).success
		? problem(language)
		: `${JSON.stringify(language)} is not an ISO 639-1 language code such as "et"`;
	return message === undefined ? [] : [{ path: "--language", message }];
}
