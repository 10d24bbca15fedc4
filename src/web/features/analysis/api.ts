import { queryOptions } from "@tanstack/react-query";
import type { AnalysisPlot } from "../../../model/analysis.ts";
import {
	getAnalysisPlotRoute,
	getAnalysisRoute,
	getYearlyReportRoute,
} from "../../../model/api/analysis.ts";
import { call, pathFor } from "../../lib/api.ts";

/**
 * The analysis of the saved plan with its summary in `language`: the language is in the key, so
 * switching it asks once and switching back reads the cache.
 */
export const analysisQuery = (institution: string, language: string) =>
	queryOptions({
		queryKey: ["analysis", institution, language],
		queryFn: async () =>
			(await call(getAnalysisRoute, { params: { id: institution }, query: { language } })).body,
	});

/** The address of a plot's SVG, drawn by the server as the HTML report draws it. */
export function plotAddress(institution: string, plot: AnalysisPlot, language: string): string {
	return pathFor(getAnalysisPlotRoute, { id: institution, plot }, { language });
}

/** The address of the yearly report's page, for a link that opens it. */
export function yearlyReportAddress(institution: string, year: number, language: string): string {
	return pathFor(getYearlyReportRoute, { id: institution }, { year, language });
}
