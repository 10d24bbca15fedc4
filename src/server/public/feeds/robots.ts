import { sitemapUrl } from "./urls.ts";

export interface RobotsOptions {
	/** The site's public address without a trailing slash, e.g. `https://kursused.kool.ee`. */
	baseUrl: string;
	/** The catalogue languages: their confirm, unsubscribe and my-data links are kept out of search. */
	languages: readonly string[];
}

/**
 * `/robots.txt` (RFC 9309): crawlers may read the catalogue, not the API, the staff app or the
 * e-mails' one-time links, and find the sitemap at the public address.
 */
export function robotsTxt(options: RobotsOptions): string {
	const privatePaths = [
		"/api/",
		"/app/",
		...options.languages.flatMap((language) => [
			`/${language}/confirm/`,
			`/${language}/unsubscribe/`,
			`/${language}/my-data/`,
		]),
	];
	return [
		"User-agent: *",
		"Allow: /",
		...privatePaths.map((path) => `Disallow: ${path}`),
		"",
		`Sitemap: ${sitemapUrl(options.baseUrl)}`,
		"",
	].join("\n");
}
