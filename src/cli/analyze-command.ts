import { analyzePlan } from "../engine/analysis/analyze.ts";
import type { AnalysisPlot } from "../model/analysis.ts";
import { ExitCode } from "./exit-codes.ts";
import { readReportInput, reportLanguageRule } from "./report-input.ts";

export interface AnalyzeOptions {
	format: "text" | "html" | "svg";
	/** With `--format svg`: which plot. */
	plot: AnalysisPlot;
	today?: string;
	language?: string;
}

/**
 * `kairos analyze FILE`: what timing did to fill, from the plan's history (docs/analysis.md),
 * as text for the terminal, as one HTML page with the plots, or as one plot's SVG (for a slide
 * or a page of the school's own); written in one go.
 */
export async function runAnalyze(file: string, options: AnalyzeOptions): Promise<ExitCode> {
	const input = await readReportInput(file, options, reportLanguageRule);
	if (input === undefined) return ExitCode.BadInput;
	const { language } = input;
	const analysis = analyzePlan(input.plan, input.report, { language });
	if (options.format === "svg") {
		const { analysisPlotSvg } = await import("../report/analysis-plots.ts");
		process.stdout.write(analysisPlotSvg(analysis, options.plot, { language }));
	} else if (options.format === "html") {
		const { renderAnalysisHtml } = await import("../report/analysis-html.ts");
		process.stdout.write(renderAnalysisHtml(analysis, { language }));
	} else {
		const { renderAnalysisText } = await import("../report/analysis-text.ts");
		process.stdout.write(renderAnalysisText(analysis, { language }));
	}
	return ExitCode.Done;
}
