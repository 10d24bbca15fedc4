import type { Analysis, PastFacts } from "../../model/analysis.ts";
import { excludesZero, meanEstimateOf, welchDifference } from "./statistics.ts";

/** Coverage at or above this is the whole window (coverage is rounded to 4 decimals). */
export const wholeWindow = 0.9999;

/**
 * Mean fill of the offerings public for the whole decision window (a) against those published
 * after it (b), the difference a − b by Welch's t, and the partly covered ones apart. Conclusive
 * only when both groups have at least `minGroup` offerings and the interval excludes 0.
 */
export function coverageGroupsOf(
	facts: readonly PastFacts[],
	minGroup: number,
): Analysis["coverageGroups"] {
	const whole = facts.filter((fact) => fact.coverage >= wholeWindow).map((fact) => fact.fill);
	const after = facts.filter((fact) => fact.coverage === 0).map((fact) => fact.fill);
	const partial = facts
		.filter((fact) => fact.coverage > 0 && fact.coverage < wholeWindow)
		.map((fact) => fact.fill);
	const difference = welchDifference(whole, after);
	return {
		comparison: {
			a: meanEstimateOf(whole),
			b: meanEstimateOf(after),
			difference,
			conclusive:
				whole.length >= minGroup &&
				after.length >= minGroup &&
				difference !== null &&
				excludesZero(difference),
		},
		partial: meanEstimateOf(partial),
	};
}
