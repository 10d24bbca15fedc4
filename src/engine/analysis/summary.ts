import type { Analysis, Statement } from "../../model/analysis.ts";

/** Below this many past offerings the summary concludes nothing about timing. */
export const minPastOfferings = 5;

/** The lead-time statement speaks of this many days (four weeks) more. */
export const leadTimePerDays = 28;

/**
 * The plain-language summary as data, in this order: `tooLittleData` when fewer than five past
 * offerings (and then no statement about an effect), the overall fill, the coverage groups, the
 * lead-time and coverage fits when there are fits, and the spend.
 */
export function summaryOf(
	analysis: Pick<
		Analysis,
		"pastOfferings" | "fill" | "coverageGroups" | "leadTime" | "coverage" | "spend"
	>,
): Statement[] {
	const n = analysis.pastOfferings.length;
	const overall: Statement[] =
		n === 0
			? []
			: [
					{
						kind: "overallFill",
						fill: analysis.fill,
						reachedMinimum: analysis.pastOfferings.filter((fact) => fact.reachedMinimum).length,
					},
				];
	if (n < minPastOfferings) {
		return [{ kind: "tooLittleData", n, needed: minPastOfferings }, ...overall];
	}
	return [
		...overall,
		{ kind: "coverageGroups", ...analysis.coverageGroups },
		...(analysis.leadTime
			? [{ kind: "leadTime" as const, fit: analysis.leadTime, perDays: leadTimePerDays }]
			: []),
		...(analysis.coverage ? [{ kind: "coverage" as const, fit: analysis.coverage }] : []),
		{
			kind: "spend",
			fit: analysis.spend,
			withSpend: analysis.pastOfferings.filter(withSpendAndEnrolments).length,
		},
	];
}

/** A past offering that ran, spent on communication and enrolled someone: a point of the spend fit. */
export function withSpendAndEnrolments(fact: Analysis["pastOfferings"][number]): boolean {
	return fact.outcome === "ran" && fact.costPerEnrolment !== undefined;
}
