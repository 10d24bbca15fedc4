import type { Rules } from "../model/institution.ts";

/** The timing and budget thresholds, with every default from docs/rules.md filled in. */
export type ResolvedRules = { [K in keyof Rules]-?: NonNullable<Rules[K]> };

export const defaultRules: ResolvedRules = {
	minCoverage: 0.8,
	minLeadTimeDays: 84,
	minCommunicationShare: 0.05,
	maxStartAfterStudiesStartDays: 70,
	decisionWindowOpensWeeksBeforeStudies: 22,
	decisionWindowClosesWeeksBeforeStudies: 11,
	effortSpreadWorkingDays: 5,
};

/** Institution overrides on top of the defaults. */
export function resolveRules(overrides: Rules = {}): ResolvedRules {
	const resolved = { ...defaultRules };
	for (const [name, value] of Object.entries(overrides) as [keyof Rules, number | undefined][]) {
		if (value !== undefined) resolved[name] = value;
	}
	return resolved;
}
