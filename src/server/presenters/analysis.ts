import type { Analysis } from "../../model/analysis.ts";
import { summaryTexts } from "../../report/analysis-texts.ts";

/** The analysis as the API answers it: its figures, and its summary in words in `language`. */
export function presentAnalysis(analysis: Analysis, language: string) {
	return { analysis, summary: summaryTexts(analysis, language) };
}
