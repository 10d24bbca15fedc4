import type { Offering } from "../../../model/offering.ts";
import type { PlanFile } from "../../../model/plan-file.ts";
import { type Credits, creditUnits } from "../../../model/primitives.ts";

export type CreditUnit = Credits["unit"];

/** A span of numbers; `min` and `max` are the same for a single value. */
export interface Span {
	min: number;
	max: number;
}

/**
 * What each credit system defines its credit as. `hours`: the hours of the learner's work one
 * credit stands for; `year`: the credits of a year of full-time study. ECVET defines no hours:
 * its points weigh learning outcomes. A unit of `hours` is the hours themselves.
 * - EKAP: 1 EKAP is 26 hours, 60 EKAP a study year (the Estonian Vocational Educational
 *   Institutions Act; the case's facts);
 * - ECTS: 1 credit is 25 to 30 hours, 60 credits the workload of a full-time academic year
 *   (ECTS Users' Guide 2015);
 * - ECVET: 60 points for the learning outcomes of a year of formal full-time VET (the ECVET
 *   Recommendation, 2009/C 155/02, Annex II).
 */
export const creditSystems = {
	EKAP: { hours: { min: 26, max: 26 }, year: 60 },
	ECTS: { hours: { min: 25, max: 30 }, year: 60 },
	ECVET: { year: 60 },
	hours: {},
} as const satisfies Record<CreditUnit, { hours?: Span; year?: number }>;

/** The least and most credits of a course in one unit. */
export interface CreditRange extends Span {
	unit: CreditUnit;
}

/**
 * The countries whose national qualifications framework the briefing describes (texts in
 * `about:what.frameworks`): only those Kairos knows, so that no school reads another's.
 */
export const knownFrameworks = ["EE"] as const;
export type FrameworkCountry = (typeof knownFrameworks)[number];

/** What the briefing says about the school, from its plan rather than from any one country. */
export interface SchoolFacts {
	/** The languages the school writes its titles in, as ISO 639-1 codes, its first one first. */
	titleLanguages: readonly string[];
	/** The credit systems the courses and their modules count their workload in, in `creditUnits` order. */
	creditUnits: CreditUnit[];
	/** The least and most credits of a course, per unit, in `creditUnits` order. */
	courseCredits: CreditRange[];
	/** The EQF levels of the courses that give one. */
	courseLevels: Span | undefined;
	/** The EQF levels of the qualifications. */
	qualificationLevels: Span | undefined;
	/** The school's country, when the briefing knows its national framework. */
	framework: FrameworkCountry | undefined;
}

/** The span of the numbers given, or undefined when none is. */
export function spanOf(values: readonly (number | undefined)[]): Span | undefined {
	const given = values.filter((value): value is number => value !== undefined);
	if (given.length === 0) return undefined;
	return { min: Math.min(...given), max: Math.max(...given) };
}

/** The units the offerings' credits and their modules' credits are in, in `creditUnits` order. */
export function creditUnitsOf(offerings: readonly Offering[]): CreditUnit[] {
	const used = new Set<CreditUnit>();
	for (const offering of offerings) {
		if (offering.credits) used.add(offering.credits.unit);
		for (const module of offering.modules ?? []) if (module.credits) used.add(module.credits.unit);
	}
	return creditUnits.filter((unit) => used.has(unit));
}

/** The least and most credits of the offerings, per unit, in `creditUnits` order. */
export function courseCreditsOf(offerings: readonly Offering[]): CreditRange[] {
	return creditUnits.flatMap((unit): CreditRange[] => {
		const span = spanOf(
			offerings.map((offering) =>
				offering.credits?.unit === unit ? offering.credits.value : undefined,
			),
		);
		return span ? [{ unit, ...span }] : [];
	});
}

/** The country, when the briefing knows its national qualifications framework. */
export function frameworkOf(country: string): FrameworkCountry | undefined {
	return knownFrameworks.find((known) => known === country);
}

/** The facts of the school's plan that the briefing's general texts state. */
export function schoolFacts(plan: PlanFile): SchoolFacts {
	return {
		titleLanguages: plan.institution.languages ?? [],
		creditUnits: creditUnitsOf(plan.offerings),
		courseCredits: courseCreditsOf(plan.offerings),
		courseLevels: spanOf(plan.offerings.map((offering) => offering.level?.eqf)),
		qualificationLevels: spanOf(
			(plan.qualifications ?? []).map((qualification) => qualification.level.eqf),
		),
		framework: frameworkOf(plan.institution.country),
	};
}
