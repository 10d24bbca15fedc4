import { html, join, raw, type SafeHtml } from "../html/template.ts";
import {
	type Analysis,
	analysisPlots,
	type GroupFill,
	timingLinkFound,
} from "../model/analysis.ts";
import { type AnalysisWords, analysisWords } from "./analysis-format.ts";
import { analysisPlotSvg } from "./analysis-plots.ts";
import { analysisStyles } from "./analysis-styles.ts";
import { atRiskTable, channelTable, groupFillTable, type WordTable } from "./analysis-tables.ts";
import { summaryTexts } from "./analysis-texts.ts";
import { htmlPage } from "./html-page.ts";

/**
 * `kairos analyze --format html`: one self-contained page (inline CSS and SVG, no scripts) with
 * the summary, the three plots, the fill by field, intake and channel, and this year's
 * offerings at risk, in `language`. Every text from the plan (names, titles) is escaped.
 */
export function renderAnalysisHtml(analysis: Analysis, options: { language: string }): string {
	const words = analysisWords(options.language);
	const { t } = words;
	const asOf = analysis.today === "" ? "" : ` · ${t("analysis.asOf", { date: analysis.today })}`;
	return htmlPage({
		language: words.language,
		title: `${t("analysis.title")} – ${analysis.institution.name}`,
		styles: analysisStyles,
		body: html`<header class="page-header">
<p class="eyebrow">${t("analysis.eyebrow")}${asOf}</p>
<h1>${analysis.institution.name}: ${t("analysis.title")}</h1>
</header>
<main>
${renderSummary(analysis, words)}
${renderPlots(analysis, words)}
${renderGroups(analysis, words)}
${renderAtRisk(analysis, words)}
</main>
${renderFooter(analysis.institution, words)}`,
	});
}

export function renderFooter(
	institution: { id: string; name: string },
	words: AnalysisWords,
): SafeHtml {
	return html`<footer class="page-footer">${words.t("analysis.madeBy", { institution: institution.name, id: institution.id })}</footer>`;
}

/** A section's heading: `h2` on a page of its own, `h3` inside another section. */
export type HeadingLevel = 2 | 3;

function heading(level: HeadingLevel, id: string, text: string): SafeHtml {
	return level === 2 ? html`<h2 id="${id}">${text}</h2>` : html`<h3 id="${id}">${text}</h3>`;
}

/** The plain-language summary as a list, one statement an item. */
export function renderSummary(
	analysis: Analysis,
	words: AnalysisWords,
	level: HeadingLevel = 2,
): SafeHtml {
	const items = summaryTexts(analysis, words.language).map((text) => html`<li>${text}</li>`);
	return html`<section aria-labelledby="summary-heading">
${heading(level, "summary-heading", words.t("analysis.summary"))}
<ul class="statements">
${join(items, "\n")}
</ul>
</section>`;
}

/**
 * The size the plots are drawn at: scaled to half an A4 page's width when printed, their text
 * stays readable.
 */
const plotSize = { width: 480, height: 320 };

/** The plots, each a figure with its caption. */
export function renderPlots(
	analysis: Analysis,
	words: AnalysisWords,
	level: HeadingLevel = 2,
): SafeHtml {
	const figures = analysisPlots.map((plot) => {
		// Trusted as markup only because echarts wrote it from numbers and Kairos' own words:
		// the plot carries no text from the plan, and echarts escapes the text it writes
		// (analysis-html.test.ts checks that a hostile title stays out of it).
		const svg = raw(analysisPlotSvg(analysis, plot, { language: words.language, ...plotSize }));
		return html`<figure class="plot">
<figcaption>${words.t(`analysis.plot.${plot}`)}</figcaption>
${svg}
</figure>`;
	});
	return html`<section aria-labelledby="plots-heading">
${heading(level, "plots-heading", words.t("analysis.plots"))}
<div class="plots">
${join(figures, "\n")}
</div>
</section>`;
}

/**
 * A table with a caption, its header cells and its rows; `numbers` are the right-aligned
 * columns, and `empty`, when there are no rows, one cell across the table.
 */
export function dataTable(
	caption: string,
	header: readonly string[],
	rows: readonly (readonly (string | SafeHtml)[])[],
	numbers: readonly number[] = [],
	empty?: string,
): SafeHtml {
	const cls = (column: number) => (numbers.includes(column) ? raw(' class="number"') : "");
	const head = header.map((cell, column) => html`<th scope="col"${cls(column)}>${cell}</th>`);
	const body =
		rows.length === 0 && empty !== undefined
			? [html`<tr><td colspan="${header.length}">${empty}</td></tr>`]
			: rows.map(
					(row) =>
						html`<tr>${row.map((cell, column) => html`<td${cls(column)}>${cell}</td>`)}</tr>`,
				);
	return html`<table>
<caption>${caption}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${join(body, "\n")}
</tbody>
</table>`;
}

function renderGroups(analysis: Analysis, words: AnalysisWords): SafeHtml {
	const t = (key: string) => words.t(`analysis.${key}`);
	const groupTable = (caption: string, groups: readonly GroupFill[]) =>
		tableOfWords(caption, groupFillTable(groups, t("column.group"), words), words);
	return html`<section aria-labelledby="groups-heading">
<h2 id="groups-heading">${t("groups")}</h2>
<p class="note">${t("groupsNote")}</p>
<div class="tables">
${groupTable(t("byField"), analysis.byField)}
${groupTable(t("byIntake"), analysis.byIntake)}
${tableOfWords(t("byChannel"), channelTable(analysis.byChannel, words), words)}
</div>
</section>`;
}

function renderAtRisk(analysis: Analysis, words: AnalysisWords): SafeHtml {
	const t = (key: string) => words.t(`analysis.${key}`);
	const body =
		analysis.atRisk.length === 0
			? html`<p class="note">${t(timingLinkFound(analysis) ? "noneAtRisk" : "atRiskUnknown")}</p>`
			: html`<p class="note">${t("atRiskIntro")}</p>
${tableOfWords(
	t("atRisk"),
	atRiskTable(analysis.atRisk, words, (offering) => offering.title),
	words,
)}`;
	return html`<section aria-labelledby="at-risk-heading">
<h2 id="at-risk-heading">${t("atRisk")}</h2>
${body}
</section>`;
}

/** A table of words; with no rows, one cell across it says there is nothing in it. */
function tableOfWords(caption: string, table: WordTable, words: AnalysisWords): SafeHtml {
	return dataTable(caption, table.header, table.rows, table.numbers, words.t("analysis.noRows"));
}
