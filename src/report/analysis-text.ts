import type { Analysis, GroupFill, OfferingAtRisk } from "../model/analysis.ts";
import { type AnalysisWords, analysisWords } from "./analysis-format.ts";
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
		section(
			t("byChannel"),
			textTable(
				[t("column.channel"), t("column.registrations"), t("column.share")],
				analysis.byChannel.map((channel) => [
					channel.channel,
					String(channel.registrations),
					words.share(channel.share),
				]),
			),
		),
		section(t("atRisk"), atRiskText(analysis.atRisk, words)),
	].join("");
}

function groupTable(groups: readonly GroupFill[], heading: string, words: AnalysisWords): string {
	const t = (key: string) => words.t(`analysis.column.${key}`);
	return textTable(
		[heading, t("n"), t("fill"), t("interval")],
		groups.map((group) => [
			group.label,
			String(group.n),
			words.optionalShare(group.mean),
			words.interval(group.low, group.high),
		]),
	);
}

function atRiskText(offerings: readonly OfferingAtRisk[], words: AnalysisWords): string {
	const t = (key: string) => words.t(`analysis.${key}`);
	if (offerings.length === 0) return `${t("noneAtRisk")}\n`;
	return `${t("atRiskIntro")}\n${textTable(
		[
			t("column.offering"),
			t("column.intake"),
			t("column.leadTime"),
			t("column.coverage"),
			t("column.expectedFill"),
			t("column.minimum"),
			t("column.by"),
		],
		offerings.map((offering) => [
			`${offering.id} ${offering.title}`,
			offering.intake ?? t("none"),
			words.weeks(offering.leadTimeDays),
			words.share(offering.coverage),
			words.expectedFill(offering.expectedFill),
			words.share(offering.minimum / offering.places),
			t(`by.${offering.by}`),
		]),
	)}`;
}
