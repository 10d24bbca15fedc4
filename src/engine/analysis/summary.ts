import type { Analysis, Statement } from "../../model/analysis.ts";
import { recordsSpend } from "./spend.ts";

/** Below this many past offerings the summary concludes nothing about timing. */
export const minPastOfferings = 5;

/** The lead-time statement speaks of this many days (four weeks) more. */
export const leadTimePerDays = 28;

type Figures = Pick<
	Analysis,
	| "pastOfferings"
	| "fill"
	| "coverageGroups"
	| "leadTime"
	| "coverage"
	| "registrationsBySpend"
	| "costPerEnrolment"
>;

/**
 * The plain-language summary as data, in this order: `tooLittleData` when fewer than five past
 * offerings (and then no statement about an effect), the overall fill, the coverage groups, the
 * lead-time and coverage lines (or `noSpread` when every offering had the same timing), how the
 * timing comparisons read together, and the spend.
 */
export function summaryOf(analysis: Figures): Statement[] {
	const facts = analysis.pastOfferings;
	const n = facts.length;
	const overall: Statement[] =
		n === 0
			? []
			: [
					{
						kind: "overallFill",
						fill: analysis.fill,
						reachedMinimum: facts.filter((fact) => fact.reachedMinimum).length,
					},
				];
	if (n < minPastOfferings) {
		return [{ kind: "tooLittleData", n, needed: minPastOfferings }, ...overall];
	}
	// With five points or more, a line is missing only when x does not vary.
	const first = facts[0];
	return [
		...overall,
		{ kind: "coverageGroups", ...analysis.coverageGroups },
		analysis.leadTime
			? { kind: "leadTime", fit: analysis.leadTime, perDays: leadTimePerDays }
			: { kind: "noSpread", about: "leadTime", n, value: first?.leadTimeDays ?? 0 },
		analysis.coverage
			? { kind: "coverage", fit: analysis.coverage }
			: { kind: "noSpread", about: "coverage", n, value: first?.coverage ?? 0 },
		...timingEvidence(analysis),
		{
			kind: "spend",
			registrations: analysis.registrationsBySpend,
			recorded: facts.filter(recordsSpend).length,
			costPerEnrolment: analysis.costPerEnrolment,
		},
	];
}

/**
 * The three timing comparisons read together, when at least one found a link: each is made at
 * 95%, so one of several can find a link by chance alone, and the texts say so.
 */
function timingEvidence(analysis: Figures): Statement[] {
	const { comparison } = analysis.coverageGroups;
	const made = [
		comparison.difference && {
			conclusive: comparison.conclusive,
			sign: comparison.difference.estimate,
		},
		analysis.leadTime && {
			conclusive: analysis.leadTime.conclusive,
			sign: analysis.leadTime.slope,
		},
		analysis.coverage && {
			conclusive: analysis.coverage.conclusive,
			sign: analysis.coverage.slope,
		},
	].filter((test) => test !== null);
	const found = made.filter((test) => test.conclusive);
	if (found.length === 0) return [];
	const up = found.filter((test) => test.sign > 0).length;
	return [
		{
			kind: "timingEvidence",
			tests: made.length,
			conclusive: found.length,
			agree: up === 0 || up === found.length,
		},
	];
}
