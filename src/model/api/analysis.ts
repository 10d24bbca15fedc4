import { z } from "zod";
import { type AnalysisPlot, analysis, analysisPlots } from "../analysis.ts";
import { dateYears, languageCode, showValue } from "../primitives.ts";
import { route } from "./contract.ts";
import { institutionParams } from "./institutions.ts";

/** Whether an address names one of the analysis' plots. */
export function isAnalysisPlot(name: string): name is AnalysisPlot {
	return (analysisPlots as readonly string[]).includes(name);
}

const language = languageCode
	.optional()
	.describe(
		"write in this language (ISO 639-1): one Kairos writes (en, et), or one of the institution's, in which the plan's titles are picked and Kairos' words are in English; default: the institution's first language that Kairos writes, else English",
	);

export const analysisQuery = z.object({ language });

const tags = ["analysis"];

export const getAnalysisRoute = route({
	method: "GET",
	path: "/institutions/:id/analysis",
	permission: "report:read",
	summary:
		"What timing did to fill, learned from the plan's history: fill against lead time and decision-window coverage, by field, intake and channel, the cost per enrolment, the offerings planned now that fall where fill was low, and the plain-language summary",
	tags,
	params: institutionParams,
	query: analysisQuery,
	responses: {
		200: z.object({
			analysis,
			summary: z
				.array(z.string())
				.describe("the summary's statements in words, one text per statement, in order"),
		}),
	},
});

export const analysisPlotParams = institutionParams.extend({
	plot: z.string().describe(`the plot: ${analysisPlots.join(", ")}; another answers 404`),
});

export const getAnalysisPlotRoute = route({
	method: "GET",
	path: "/institutions/:id/analysis/plots/:plot.svg",
	permission: "report:read",
	summary:
		"One plot of the analysis as an SVG image: each past offering a point, the fitted line and its 95% band",
	tags,
	params: analysisPlotParams,
	query: analysisQuery,
	responses: { 200: z.string().describe("an SVG image (image/svg+xml)") },
});

const outsideYears = (issue: { input?: unknown }) =>
	`${showValue(issue.input)} is outside the years ${dateYears.first}–${dateYears.last} that a plan covers`;

/** A year of the report: four digits, in the years a plan covers. */
const reportYear = z
	.string({ error: "give the year of the report, such as 2027" })
	.regex(/^\d{4}$/, { error: (issue) => `${showValue(issue.input)} is not a year, such as 2027` })
	.transform(Number)
	.pipe(
		z
			.int()
			.min(dateYears.first, { error: outsideYears })
			.max(dateYears.last, { error: outsideYears }),
	);

export const yearlyReportQuery = z.object({
	year: reportYear.describe("the year of the intakes whose studies start in it"),
	language,
});

export const getYearlyReportRoute = route({
	method: "GET",
	path: "/institutions/:id/reports/yearly",
	permission: "report:read",
	summary:
		"The yearly report for leadership and funders, as one HTML page that prints on A4: per intake of the year the offerings run and cancelled, fill, lead times, coverage, communication spend and cost per enrolment, with the plots",
	tags,
	params: institutionParams,
	query: yearlyReportQuery,
	responses: { 200: z.string().describe("an HTML page (text/html)") },
});
