import type { TFunction } from "i18next";
import type { Credits } from "../../../model/primitives.ts";
import { formatLanguage, formatList, formatNumber } from "../../lib/format.ts";
import {
	type CreditRange,
	type CreditUnit,
	creditSystems,
	type SchoolFacts,
	type Span,
} from "./school-facts.ts";

type Texts = TFunction<"about">;

/** The EU standard elements of a micro-credential, in the Recommendation's order. */
export const standardElements = [
	"learner",
	"title",
	"awardingBody",
	"country",
	"date",
	"outcomes",
	"workload",
	"level",
	"assessment",
	"participation",
	"quality",
] as const;
export type StandardElement = (typeof standardElements)[number];

/** One row of the standard elements' table, in words. */
export interface ElementRow {
	element: StandardElement;
	name: string;
	meaning: string;
	kairos: string;
}

/** The languages' names in the reader's language, listed: "Estonian and English" / "eesti ja inglise". */
export function languageNames(codes: readonly string[], language: string): string {
	return formatList(
		codes.map((code) => formatLanguage(code, language)),
		language,
	);
}

/** "25 to 30" / "25–30", or the one number of a span of one. */
export function spanText(t: Texts, span: Span, language: string): string {
	const number = (value: number) => formatNumber(value, language, 1);
	return span.min === span.max
		? number(span.min)
		: t("numberRange", { from: number(span.min), to: number(span.max) });
}

/** "6 EKAP", "1 hour", "3 ECVET points" / "6 EKAP", "1 tund", "3 ECVET-punkti". */
export function creditsText(t: Texts, credits: Credits, language: string): string {
	return t(`units.${credits.unit}`, {
		count: credits.value,
		value: formatNumber(credits.value, language, 1),
	});
}

/** "3 to 15 EKAP" / "3–15 EKAP": a unit's least and most credits. */
export function creditRangeText(t: Texts, range: CreditRange, language: string): string {
	return t(`units.${range.unit}`, { count: range.max, value: spanText(t, range, language) });
}

/** In Kairos, the title: in the school's languages, by name. */
function titleKairos(t: Texts, facts: SchoolFacts, language: string): string {
	return facts.titleLanguages.length === 0
		? t("what.elements.title.kairosWithoutLanguages")
		: t("what.elements.title.kairos", {
				languages: languageNames(facts.titleLanguages, language),
			});
}

/** What workload means: the credit systems the school's courses use, each as it defines its credit. */
function workloadMeaning(t: Texts, facts: SchoolFacts, language: string): string {
	if (facts.creditUnits.length === 0) return t("what.elements.workload.meaningWithoutCredits");
	const systems = formatList(
		facts.creditUnits.map((unit) => t(`what.systems.${unit}.name`)),
		language,
	);
	const definitions = facts.creditUnits.map((unit) => systemDefinition(t, unit, language));
	return [t("what.elements.workload.meaning", { systems }), ...definitions].join(" ");
}

/** How a credit system defines its credit, with its numbers from `creditSystems`. */
export function systemDefinition(t: Texts, unit: CreditUnit, language: string): string {
	const year = (system: { year: number }) => formatNumber(system.year, language);
	switch (unit) {
		case "EKAP":
		case "ECTS": {
			const system = creditSystems[unit];
			return t(`what.systems.${unit}.definition`, {
				hours: spanText(t, system.hours, language),
				year: year(system),
			});
		}
		case "ECVET":
			return t("what.systems.ECVET.definition", { year: year(creditSystems.ECVET) });
		case "hours":
			return t("what.systems.hours.definition");
	}
}

/** "level 4" / "levels 3 to 5", in the case the sentence takes. */
function levelsText(t: Texts, span: Span, language: string): string {
	return span.min === span.max
		? t("what.levels.one", { level: formatNumber(span.min, language) })
		: t("what.levels.range", { levels: spanText(t, span, language) });
}

/** What level means: the EQF, and the national framework where the briefing knows the country's. */
function levelMeaning(t: Texts, facts: SchoolFacts): string {
	const meaning = t("what.elements.level.meaning");
	return facts.framework ? `${meaning} ${t(`what.frameworks.${facts.framework}`)}` : meaning;
}

/** In Kairos, the level: and the EQF levels of this plan's courses and qualifications, where given. */
function levelKairos(t: Texts, facts: SchoolFacts, language: string): string {
	const kairos = t("what.elements.level.kairos");
	const courses = facts.courseLevels && levelsText(t, facts.courseLevels, language);
	const qualifications =
		facts.qualificationLevels && levelsText(t, facts.qualificationLevels, language);
	const inPlan =
		courses && qualifications
			? t("what.levels.both", { courses, qualifications })
			: courses
				? t("what.levels.courses", { courses })
				: qualifications
					? t("what.levels.qualifications", { qualifications })
					: undefined;
	return inPlan ? `${kairos} ${inPlan}` : kairos;
}

/**
 * The table of the standard elements, each with what it means and where Kairos keeps it, said
 * for this school: its name and country, the languages of its titles, the credit systems of its
 * courses and the levels of its plan.
 */
export function elementRows(
	t: Texts,
	facts: SchoolFacts,
	language: string,
	values: { school: string; country: string },
): ElementRow[] {
	const texts = (element: StandardElement): Pick<ElementRow, "meaning" | "kairos"> => {
		switch (element) {
			case "title":
				return {
					meaning: t("what.elements.title.meaning"),
					kairos: titleKairos(t, facts, language),
				};
			case "workload":
				return {
					meaning: workloadMeaning(t, facts, language),
					kairos: t("what.elements.workload.kairos"),
				};
			case "level":
				return { meaning: levelMeaning(t, facts), kairos: levelKairos(t, facts, language) };
			default:
				return {
					meaning: t(`what.elements.${element}.meaning`),
					kairos: t(`what.elements.${element}.kairos`, values),
				};
		}
	};
	return standardElements.map((element) => ({
		element,
		name: t(`what.elements.${element}.name`),
		...texts(element),
	}));
}

/** How courses fit the offer: modular, and as long as this plan's courses are. */
export function modularText(t: Texts, facts: SchoolFacts, language: string): string {
	if (facts.courseCredits.length === 0) return t("offer.modularWithoutCredits");
	const credits = formatList(
		facts.courseCredits.map((range) => creditRangeText(t, range, language)),
		language,
	);
	return t("offer.modular", { credits });
}
