import { type Analysis, type GroupFill, timingLinkFound } from "../model/analysis.ts";
import { type AnalysisWords, analysisWords } from "./analysis-format.ts";
import { atRiskTable, channelTable, groupFillTable, type WordTable } from "./analysis-tables.ts";
import { summaryTexts } from "./analysis-texts.ts";
import { textTable } from "./columns.ts";

/**
 * `kairos analyze`'s text for the terminal: the summary, the fill of each field and intake,
 * the registrations by channel, and this year's offerings at risk with their expected fill,
 * as aligned tables in `language`.
 */
export function renderAnalysisText(analysis: Analysis, options: { language: string }): string {
	const words = analysisWords(options.language);
	const t = (key: string) => words.t(`analysis.${key}`);
	const asOf =
		analysis.today === "" ? "" : ` (${words.t("analysis.asOf", { date: analysis.today })})`;
	const section = (heading: string, body: string) => `\n${heading}\n${body}`;
	return [
		`${analysis.institution.name}: ${t("title")}${asOf}\n`,
		section(
			t("summary"),
			summaryTexts(analysis, options.language)
				.map((text) => `- ${text}\n`)
				.join(""),
		),
		section(
			t("byField"),
			`${t("groupsNote")}\n${groupTable(analysis.byField, t("column.field"), words)}`,
		),
		section(t("byIntake"), groupTable(analysis.byIntake, t("column.intake"), words)),
		section(t("byChannel"), textOf(channelTable(analysis.byChannel, words), words)),
		section(t("atRisk"), atRiskText(analysis, words)),
	].join("");
}

function groupTable(groups: readonly GroupFill[], heading: string, words: AnalysisWords): string {
	return textOf(groupFillTable(groups, heading, words), words);
}

function atRiskText(analysis: Analysis, words: AnalysisWords): string {
	const t = (key: string) => words.t(`analysis.${key}`);
	if (analysis.atRisk.length === 0)
		return `${t(timingLinkFound(analysis) ? "noneAtRisk" : "atRiskUnknown")}\n`;
	const table = atRiskTable(
		analysis.atRisk,
		words,
		(offering) => `${offering.id} ${offering.title}`,
	);
	return `${t("atRiskIntro")}\n${textOf(table, words)}`;
}

/** A table aligned for the terminal, or a line that says there is nothing in it. */
function textOf(table: WordTable, words: AnalysisWords): string {
	if (table.rows.length === 0) return `${words.t("analysis.noRows")}\n`;
	return textTable(table.header, table.rows);
}
