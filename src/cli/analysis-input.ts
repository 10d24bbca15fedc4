import { planWithHolidays } from "../holidays/plan-with-holidays.ts";
import { defaultReportLanguage, reportLanguages } from "../i18n/report-languages.ts";
import type { PlanFile } from "../model/plan-file.ts";
import type { PlanReport } from "../model/report.ts";
import { printProblems } from "./problems-output.ts";
import { readPlanFile } from "./read-plan.ts";
import { languageProblems, todayProblems } from "./report-options.ts";

/** What `kairos analyze` and `kairos report yearly` start from. */
export interface AnalysisInput {
	plan: PlanFile;
	report: PlanReport;
	/** The language the output is written in, and the plan's texts are picked in. */
	language: string;
}

/**
 * Reads and validates the plan and plans it with its public holidays. The output's language is
 * `--language` (one of the institution's languages or of those Kairos writes reports in), else
 * the institution's first language that Kairos writes reports in, else English. Bad input
 * is printed, one line per problem, and gives `undefined`.
 */
export async function analysisInput(
	file: string,
	options: { today?: string; language?: string },
): Promise<AnalysisInput | undefined> {
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
	const languages = languageProblems(options.language, {
		languages: reportLanguages(own),
		named: "the institution's languages or those of the reports",
	});
	if (languages.length > 0) {
		printProblems(languages);
		return undefined;
	}
	const language = options.language ?? defaultReportLanguage(own);
	const report = planWithHolidays(read.plan, { today: options.today, language });
	return { plan: read.plan, report, language };
}
