import type { TFunction } from "i18next";
import { html, raw, type SafeHtml } from "../../html/template.ts";
import { catalogueLanguages, languageNames } from "../../i18n/index.ts";

export interface PageMeta {
	language: string;
	title: string;
	description: string;
	/** The page's path without the language, e.g. `/courses/emajoe-vc/pastry-autumn-2027`. */
	path: string;
	/** Schema.org JSON-LD, serialised for a data block (with `<` escaped, so it cannot end early). */
	jsonLd?: string | undefined;
	/** Pages that must not be indexed (confirmations, search results with filters). */
	noindex?: boolean;
}

/** The address of a page in a language: `/et/courses/…`. */
export function localized(language: string, path: string): string {
	return `/${language}${path === "/" ? "/" : path}`;
}

/**
 * The frame of every public page: language, canonical and hreflang links, a skip link, the
 * language switch and one external stylesheet (no inline style or script, for a strict CSP).
 */
export function layout(meta: PageMeta, t: TFunction, baseUrl: string, body: SafeHtml): string {
	const alternates = catalogueLanguages.map(
		(language) =>
			html`<link rel="alternate" hreflang="${language}" href="${baseUrl}${localized(language, meta.path)}">`,
	);
	const switcher = catalogueLanguages.map((language) =>
		language === meta.language
			? html`<li><span aria-current="page" lang="${language}">${languageNames[language] ?? language}</span></li>`
			: html`<li><a href="${localized(language, meta.path)}" lang="${language}" hreflang="${language}">${languageNames[language] ?? language}</a></li>`,
	);
	return `<!doctype html>\n${html`<html lang="${meta.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${meta.title}</title>
<meta name="description" content="${meta.description}">
${meta.noindex ? html`<meta name="robots" content="noindex">` : ""}
<link rel="canonical" href="${baseUrl}${localized(meta.language, meta.path)}">
${alternates}
<link rel="alternate" hreflang="x-default" href="${baseUrl}${localized(catalogueLanguages[0] ?? "en", meta.path)}">
<link rel="stylesheet" href="/assets/site.css">
${meta.jsonLd === undefined ? "" : html`<script type="application/ld+json">${raw(meta.jsonLd)}</script>`}
</head>
<body>
<a class="skip" href="#content">${t("site.skipToContent")}</a>
<header class="site-header">
<a class="brand" href="${localized(meta.language, "/")}">${t("site.catalogue")}</a>
<nav aria-label="${t("site.language")}"><ul class="languages">${switcher}</ul></nav>
</header>
<main id="content">
${body}
</main>
<footer class="site-footer"><p>${t("site.poweredBy")}</p></footer>
</body>
</html>`}\n`;
}
