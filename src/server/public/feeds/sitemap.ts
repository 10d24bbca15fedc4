import type { PublicCatalogue } from "../../../service/catalogue.ts";
import { catalogueUrl, coursePageUrl, pathwayPageUrl } from "./urls.ts";

export interface SitemapOptions {
	/** The site's origin without a trailing slash, e.g. `https://kairos.school`. */
	baseUrl: string;
	/** The catalogue languages, the default first: it is also the `x-default` alternate. */
	languages: readonly string[];
}

/**
 * An XML sitemap of the public pages: the catalogue, every public course and every pathway, each
 * in every language, each `<url>` listing all languages as `hreflang` alternates (plus
 * `x-default`, the first language), as search engines expect of translated pages.
 */
export function sitemapXml(catalogue: PublicCatalogue, options: SitemapOptions): string {
	const { baseUrl, languages } = options;
	const pages: ((language: string) => string)[] = [
		(language) => catalogueUrl(baseUrl, language),
		...catalogue.institutions.flatMap(({ institution, offerings, qualifications }) => [
			...offerings.map(
				({ offering }) =>
					(language: string) =>
						coursePageUrl(baseUrl, language, institution.id, offering.id),
			),
			...qualifications.map(
				(qualification) => (language: string) =>
					pathwayPageUrl(baseUrl, language, institution.id, qualification.id),
			),
		]),
	];
	const entries = pages.flatMap((page) => {
		const alternates = languages.map(
			(language) =>
				`<xhtml:link rel="alternate" hreflang="${escapeXml(language)}" href="${escapeXml(page(language))}"/>`,
		);
		const first = languages[0];
		if (first !== undefined)
			alternates.push(
				`<xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(page(first))}"/>`,
			);
		return languages.map(
			(language) => `<url><loc>${escapeXml(page(language))}</loc>${alternates.join("")}</url>`,
		);
	});
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
		...entries,
		"</urlset>",
		"",
	].join("\n");
}

const entities: Readonly<Record<string, string>> = {
	"&": "&amp;",
	"<": "&lt;",
	">": "&gt;",
	'"': "&quot;",
	"'": "&apos;",
};

/** Text for XML content and attribute values. */
export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}
