import { yearlyFigures } from "../engine/analysis/yearly.ts";
import { dateYears } from "../model/primitives.ts";
import { renderYearlyReportHtml } from "../report/yearly-html.ts";
import { ExitCode } from "./exit-codes.ts";
import { printProblems } from "./problems-output.ts";
import { readReportInput, reportLanguageRule } from "./report-input.ts";

export interface YearlyReportOptions {
	year: string;
	format: "html";
	today?: string;
	language?: string;
}

/**
 * `kairos report yearly FILE --year Y`: the yearly report for leadership and funders, one HTML
 * page that prints to A4, written in one go.
 */
export async function runYearlyReport(
	file: string,
	options: YearlyReportOptions,
): Promise<ExitCode> {
	const year = /^\d{4}$/.test(options.year) ? Number(options.year) : Number.NaN;
	if (!(year >= dateYears.first && year <= dateYears.last)) {
		printProblems([
			{
				path: "--year",
				message: `${JSON.stringify(options.year)} is not a year from ${dateYears.first} to ${dateYears.last}, such as 2027`,
			},
		]);
		return ExitCode.BadInput;
	}
	const input = await readReportInput(file, options, reportLanguageRule);
	if (input === undefined) return ExitCode.BadInput;
	const { language } = input;
	const report = yearlyFigures(input.plan, input.report, { year, language });
	process.stdout.write(renderYearlyReportHtml(report, { language }));
	return ExitCode.Done;
}
