/**
 * The public addresses that the feeds link to; they follow docs/catalogue.md. `baseUrl` is the
 * origin (and any path prefix) without a trailing slash; a trailing slash is tolerated.
 */

function base(baseUrl: string): string {
	return baseUrl.replace(/\/+$/, "");
}

function segment(id: string): string {
	return encodeURIComponent(id);
}

/** `${baseUrl}/${language}/`: the catalogue in one language. */
export function catalogueUrl(baseUrl: string, language: string): string {
	return `${base(baseUrl)}/${segment(language)}/`;
}

/** `${baseUrl}/${language}/courses/${institutionId}/${offeringId}`: one offering's page. */
export function coursePageUrl(
	baseUrl: string,
	language: string,
	institutionId: string,
	offeringId: string,
): string {
	return `${base(baseUrl)}/${segment(language)}/courses/${segment(institutionId)}/${segment(offeringId)}`;
}

/** `${baseUrl}/${language}/pathways/${institutionId}/${qualificationId}`: a qualification's page. */
export function pathwayPageUrl(
	baseUrl: string,
	language: string,
	institutionId: string,
	qualificationId: string,
): string {
	return `${base(baseUrl)}/${segment(language)}/pathways/${segment(institutionId)}/${segment(qualificationId)}`;
}

/** `${baseUrl}/sitemap.xml`: where search engines find every public page. */
export function sitemapUrl(baseUrl: string): string {
	return `${base(baseUrl)}/sitemap.xml`;
}
