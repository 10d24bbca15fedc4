import { type Rules, ruleDefaults } from "../model/institution.ts";

/** The timing and budget thresholds, with every default from docs/rules.md filled in. */
export type ResolvedRules = { [K in keyof Rules]-?: NonNullable<Rules[K]> };

export const defaultRules: ResolvedRules = ruleDefaults;

/** Institution overrides on top of the defaults. */
export function resolveRules(overrides: Rules = {}): ResolvedRules {
	const resolved = { ...defaultRules };
	for (const [name, value] of Object.entries(overrides) as [keyof Rules, number | undefined][]) {
		if (value !== undefined) resolved[name] = value;
	}
	return resolved;
}
