import { catalogueLanguages, isCatalogueLanguage } from "./index.ts";

/**
 * The languages an analysis or a report may be written in for an institution: its own (the
 * plan's texts are picked in it, and Kairos' words are in English where it has none in it) and
 * those Kairos writes.
 */
export function reportLanguages(own: readonly string[]): string[] {
	return [...new Set([...own, ...catalogueLanguages])];
}

/** The language of a report when none is asked for: the institution's first that Kairos writes, else English. */
export function defaultReportLanguage(own: readonly string[]): string {
	return own.find(isCatalogueLanguage) ?? "en";
}

/**
 * Why `asked` may not be the language of an analysis or a report for an institution whose own
 * languages are `own` (it is neither one of them nor one Kairos writes), or `undefined` when it may.
 */
export function reportLanguageProblem(own: readonly string[], asked: string): string | undefined {
	const allowed = reportLanguages(own);
	return allowed.includes(asked)
		? undefined
		: `${JSON.stringify(asked)} is not one of the institution's languages or those of the reports (${allowed.join(", ")})`;
}
