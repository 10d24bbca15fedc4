import { html, join, type SafeHtml } from "../html/template.ts";
import { formatDate, numberFormat } from "../i18n/format.ts";
import type { YearlyIntake, YearlyOffering, YearlyReport } from "../model/analysis.ts";
import { type AnalysisWords, analysisWords } from "./analysis-format.ts";
import { dataTable, renderFooter, renderPlots, renderSummary } from "./analysis-html.ts";
import { analysisStyles } from "./analysis-styles.ts";
import { htmlPage } from "./html-page.ts";

/**
 * The yearly report's print rules: the title and the year at a glance on the first page, then
 * each intake and the analysis on pages of their own.
 */
const yearlyStyles = `${analysisStyles}
@media print {
	.intake, .analysis-section { break-before: page; }
	.intake table { width: 100%; font-size: 8pt; }
	.intake thead th { white-space: normal; }
	.intake th, .intake td { padding-right: 6px; }
	.intake td { white-space: nowrap; }
	.intake td:first-child { white-space: normal; }
}
`;

/**
 * The yearly report for leadership and funders: one self-contained page in `language` that
 * prints to A4. A title with the school and the year and the year at a glance, then per intake what ran, was cancelled
 * or is planned, its fill, lead times, coverage, enrolments and communication spend with a
 * table of its offerings, then what the history shows: the summary and the plots.
 */
export function renderYearlyReportHtml(
	report: YearlyReport,
	options: { language: string },
): string {
	const words = analysisWords(options.language);
	const { t } = words;
	const title = t("yearly.title", { institution: report.institution.name, year: report.year });
	const money = moneyOf(report.currency, words);
	const singly = report.intakes.filter((intake) => intake.otherIntakes === undefined).length;
	const intakes =
		report.intakes.length === 0
			? html`<p class="note">${t("yearly.noIntakes")}</p>`
			: join(
					report.intakes.map((intake) => renderIntake(intake, words, money, singly)),
					"\n",
				);
	const asOf = report.today === "" ? "" : ` · ${t("analysis.asOf", { date: report.today })}`;
	const glance = dataTable(
		t("yearly.atAGlance"),
		[
			t("analysis.column.intake"),
			t("yearly.ran"),
			t("yearly.cancelled"),
			t("yearly.running"),
			t("yearly.planned"),
			t("yearly.fill"),
			t("yearly.enrolments"),
			t("yearly.spend"),
			t("yearly.costPerEnrolment"),
		],
		report.intakes.map((intake) => [
			intakeName(intake, words),
			String(intake.ran),
			String(intake.cancelled),
			String(intake.running),
			String(intake.planned),
			words.optionalShare(intake.fill.mean),
			String(intake.enrolments),
			money(intake.communicationSpend),
			intake.costPerEnrolment === null ? t("analysis.none") : money(intake.costPerEnrolment),
		]),
		[1, 2, 3, 4, 5, 6, 7, 8],
	);
	return htmlPage({
		language: words.language,
		title,
		styles: yearlyStyles,
		body: html`<header class="page-header">
<p class="eyebrow">${t("yearly.eyebrow")}${asOf}</p>
<h1>${title}</h1>
<p class="note">${t("yearly.intro")}</p>
</header>
<main>
${report.intakes.length === 0 ? "" : html`${glance}\n<p class="note">${t("yearly.glanceNote")}</p>`}
${intakes}
<section class="analysis-section" aria-labelledby="analysis-heading">
<h2 id="analysis-heading">${t("yearly.analysis")}</h2>
${renderSummary(report.analysis, words, 3)}
${renderPlots(report.analysis, words, 3)}
</section>
</main>
${renderFooter(report.institution, words)}`,
	});
}

type Money = (amount: number) => string;

/** Amounts in the plan's currency, whole units: "€1,200" in English, "1200 €" in Estonian. */
function moneyOf(currency: string, words: AnalysisWords): Money {
	const format = numberFormat(words.language, {
		style: "currency",
		currency,
		maximumFractionDigits: 0,
	});
	return (amount) => format.format(amount);
}

/** An intake's name: its label, or for the entry that sums the intakes past the first, how many it sums. */
function intakeName(intake: YearlyIntake, words: AnalysisWords): string {
	return intake.otherIntakes === undefined
		? intake.label
		: words.t("yearly.otherIntakes", { count: intake.otherIntakes });
}

/** One intake's page; `singly` is how many intakes the report gives one by one. */
function renderIntake(
	intake: YearlyIntake,
	words: AnalysisWords,
	money: Money,
	singly: number,
): SafeHtml {
	const t = (key: string) => words.t(`yearly.${key}`);
	const summed = intake.otherIntakes !== undefined;
	const headingId = summed ? "other-intakes" : `intake-${intake.id}`;
	const lead = intake.leadTimeDays;
	const figures: [string, string][] = [
		[t("ran"), String(intake.ran)],
		[t("cancelled"), String(intake.cancelled)],
		[t("running"), String(intake.running)],
		[t("planned"), String(intake.planned)],
		[t("fill"), words.optionalShare(intake.fill.mean)],
		lead === null
			? [t("leadTime"), words.t("analysis.none")]
			: [
					words.t("yearly.leadTimeRange", {
						min: words.weeks(lead.min),
						max: words.weeks(lead.max),
					}),
					words.weeks(lead.median),
				],
		[t("coverage"), words.optionalShare(intake.coverage.mean)],
		[t("enrolments"), String(intake.enrolments)],
		[t("spend"), money(intake.communicationSpend)],
		[
			t("costPerEnrolment"),
			intake.costPerEnrolment === null ? words.t("analysis.none") : money(intake.costPerEnrolment),
		],
	];
	const items = figures.map(
		([label, value]) => html`<li><span class="number">${value}</span> ${label}</li>`,
	);
	return html`<section class="intake" aria-labelledby="${headingId}">
<h2 id="${headingId}">${intakeName(intake, words)}</h2>
<p class="note">${
		summed
			? words.t("yearly.otherIntakesNote", { kept: singly })
			: words.t("yearly.studiesStart", { date: formatDate(intake.studiesStart, words.language) })
	}</p>
<ul class="summary">
${join(items, "\n")}
</ul>
${offeringsTable(intake.offerings, words, money)}
</section>`;
}

function offeringsTable(
	offerings: readonly YearlyOffering[],
	words: AnalysisWords,
	money: Money,
): SafeHtml {
	const t = (key: string) => words.t(`analysis.column.${key}`);
	const none = words.t("analysis.none");
	return dataTable(
		words.t("yearly.offerings"),
		[
			t("offering"),
			t("status"),
			t("publication"),
			t("start"),
			words.t("yearly.column.leadTime"),
			t("coverage"),
			t("registrationsOfPlaces"),
			t("fill"),
			words.t("yearly.column.spend"),
			t("costPerEnrolment"),
		],
		offerings.map((offering) => [
			offering.title,
			words.t(`yearly.status.${offering.status}`),
			offering.publication,
			offering.start,
			words.weeks(offering.leadTimeDays),
			words.share(offering.coverage),
			`${offering.registrations ?? none} / ${offering.places}`,
			words.optionalShare(offering.fill),
			offering.communicationSpend === undefined ? none : money(offering.communicationSpend),
			offering.costPerEnrolment === undefined ? none : money(offering.costPerEnrolment),
		]),
		[4, 5, 6, 7, 8, 9],
	);
}
