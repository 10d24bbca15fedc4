import type { TFunction } from "i18next";
import { html } from "../../html/template.ts";
import type { Institution } from "../../model/institution.ts";
import type { Qualification } from "../../model/qualification.ts";
import type { PublicOffering } from "../../service/catalogue.ts";
import { formatCredits, formatDate } from "./format.ts";
import { layout, localized } from "./layout.ts";
import { pageTexts } from "./page-texts.ts";
import { statusBadge } from "./status-badge.ts";

/** A qualification and the public micro-credentials that stack towards it, in the order they start. */
export function pathwayPage(
	institution: Institution,
	qualification: Qualification,
	offerings: readonly PublicOffering[],
	language: string,
	t: TFunction,
	baseUrl: string,
): string {
	const courses = offerings
		.filter((entry) =>
			entry.pathways.some((pathway) => pathway.qualification.id === qualification.id),
		)
		.sort((a, b) => a.offering.start.localeCompare(b.offering.start));
	const institutionId = institution.id;
	const texts = pageTexts(institution, language, t);
	const credits = formatCredits(qualification.credits, t);
	const name = { qualification: qualification.title };
	const body = html`<p class="breadcrumb"><a href="${localized(language, "/")}">${t("offering.backToCatalogue")}</a></p>
<h1>${texts.message("pathway.title", name)}</h1>
<p class="lead">${texts.message("pathway.intro", name, { credits })}</p>
<dl class="facts">
<div><dt>${t("pathway.level")}</dt><dd>EQF ${qualification.level.eqf}${qualification.level.national ? ` (${qualification.level.national})` : ""}</dd></div>
<div><dt>${t("pathway.credits")}</dt><dd>${formatCredits(qualification.credits, t)}</dd></div>
</dl>
<section aria-labelledby="courses-heading">
<h2 id="courses-heading">${t("pathway.courses")}</h2>
${
	courses.length === 0
		? html`<p>${t("pathway.none")}</p>`
		: html`<ol class="pathway">${courses.map((entry) => {
				const module = entry.pathways.find(
					(pathway) => pathway.qualification.id === qualification.id,
				)?.module;
				return html`<li><a href="${localized(language, `/courses/${institutionId}/${entry.offering.id}`)}">${texts.marked(entry.offering.title)}</a>
${module ? html` (${texts.message("offering.pathwayModule", { module: module.title })})` : ""}: ${t("catalogue.starts", { date: formatDate(entry.offering.start, language) })}
${statusBadge(entry, t, language)}</li>`;
			})}</ol>`
}
</section>
${
	(qualification.modules ?? []).length > 0
		? html`<section aria-labelledby="modules-heading"><h2 id="modules-heading">${t("pathway.modules")}</h2><ul>${(
				qualification.modules ?? []
			).map(
				(module) =>
					html`<li>${texts.marked(module.title)}${module.credits ? html` (${formatCredits(module.credits, t)})` : ""}</li>`,
			)}</ul></section>`
		: ""
}`;
	return layout(
		{
			language,
			title: t("pathway.title", { qualification: texts.plain(qualification.title) }),
			description: t("pathway.intro", { qualification: texts.plain(qualification.title), credits }),
			path: `/pathways/${institutionId}/${qualification.id}`,
		},
		t,
		baseUrl,
		body,
	);
}
