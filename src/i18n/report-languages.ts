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
