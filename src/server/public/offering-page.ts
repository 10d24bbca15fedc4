import type { TFunction } from "i18next";
import { html, type SafeHtml } from "../../html/template.ts";
import type { LocalizedText } from "../../model/localized-text.ts";
import { decisionOf } from "../../model/offering.ts";
import { type PublicOffering, willNotRun } from "../../service/catalogue.ts";
import { formatCredits, formatDate, formatFee, formatGroup, formatLanguage } from "./format.ts";
import { layout, localized } from "./layout.ts";
import { type PageTexts, pageTexts } from "./page-texts.ts";
import { type SignUpState, signUpForm } from "./sign-up-form.ts";
import { statusBadge } from "./status-badge.ts";

/**
 * One offering: dates, place, language, fee and conditions, the EU standard elements, modules,
 * pathway and contact, "add to calendar", the application (while registration is open: the
 * form, or a link to where applications are taken) and the "notify me" form, unless the group
 * was decided against.
 */
export function offeringPage(
	entry: PublicOffering,
	language: string,
	t: TFunction,
	baseUrl: string,
	jsonLd: string | undefined,
	signUp?: SignUpState,
): string {
	const { offering, institution } = entry;
	const texts = pageTexts(institution, language, t);
	const path = `/courses/${institution.id}/${offering.id}`;
	const date = (iso: string) => formatDate(iso, language);
	// A go decision confirmed the group: the page no longer says that it will be confirmed.
	const confirmed = decisionOf(offering)?.outcome === "go";
	const fact = (label: string, value: SafeHtml | string | undefined) =>
		value === undefined ? "" : html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
	const list = (items: readonly LocalizedText[] | undefined) =>
		items && items.length > 0 ? texts.list(items) : undefined;
	const body = html`<p class="breadcrumb"><a href="${localized(language, "/")}">${t("offering.backToCatalogue")}</a></p>
<h1>${texts.marked(offering.title)}</h1>
${statusBadge(entry, t, language, true)}
${offering.description ? html`<p class="lead">${texts.marked(offering.description)}</p>` : ""}
<section aria-labelledby="practical-heading">
<h2 id="practical-heading" class="visually-hidden">${t("offering.when")}</h2>
<dl class="facts">
${fact(t("offering.when"), t("offering.schedule", { start: date(offering.start), end: date(offering.end) }))}
${fact(t("offering.where"), offering.mode === "online" ? t("offering.online") : offering.location && texts.marked(offering.location))}
${fact(t("catalogue.mode"), offering.mode && t(`mode.${offering.mode}`))}
${fact(t("offering.language"), offering.language && formatLanguage(offering.language, language))}
${fact(t("offering.fee"), html`${formatFee(offering.fee, language, t)}<br><small>${feeNotes(offering, confirmed, t)}</small>`)}
${fact(t("offering.group"), formatGroup(offering.participants, language, t))}
${fact(t("offering.registration"), t("offering.registrationWindow", { from: date(entry.registrationOpens), to: date(entry.registrationCloses) }))}
${fact(t("offering.conditions"), confirmed ? t("offering.conditionsConfirmed") : t("offering.conditionsText", { count: offering.participants.min, date: date(entry.registrationCloses) }))}
${fact(t("offering.prerequisites"), offering.prerequisites ?? t("offering.none"))}
</dl>
<p><a class="button" href="/courses/${institution.id}/${offering.id}.ics?lang=${language}" download>${t("offering.addToCalendar")}</a></p>
</section>
<section aria-labelledby="credential-heading">
<h2 id="credential-heading">${t("offering.credentialHeading")}</h2>
<dl class="facts">
${fact(t("offering.credits"), offering.credits && formatCredits(offering.credits, t))}
${fact(t("offering.level"), offering.level && `EQF ${offering.level.eqf}${offering.level.national ? ` (${offering.level.national})` : ""}`)}
${fact(t("offering.outcomes"), list(offering.learningOutcomes))}
${fact(t("offering.assessment"), offering.assessment)}
${fact(t("offering.qualityAssurance"), offering.qualityAssurance)}
${fact(t("offering.awardedBy"), institution.name)}
</dl>
</section>
${modules(entry, texts, t)}
${pathways(entry, texts, language, t)}
${contact(entry, t)}
${
	willNotRun.has(entry.status)
		? ""
		: html`${application(entry, language, t, signUp)}
${signUpForm(localized(language, `${path}/interest`), institution, t, signUp)}`
}`;
	return layout(
		{
			language,
			title: `${texts.plain(offering.title)} – ${institution.name}`,
			description: texts.plain(offering.description ?? offering.title),
			path,
			jsonLd,
		},
		t,
		baseUrl,
		body,
	);
}

/**
 * What the fee includes, when it is due and whether a subsidy lowers it; a free course has no fee
 * to be due.
 */
function feeNotes(offering: PublicOffering["offering"], confirmed: boolean, t: TFunction): string {
	const includesMaterials = (offering.budget ?? []).some((line) => line.category === "materials");
	const subsidised = offering.subsidy !== undefined && offering.subsidy.amount > 0;
	const free = offering.fee.amount === 0;
	return [
		t(includesMaterials ? "offering.includesMaterials" : "offering.includes"),
		...(free ? [] : [t(confirmed ? "offering.feeNoteConfirmed" : "offering.feeNote")]),
		...(subsidised ? [t(free ? "offering.subsidisedFree" : "offering.subsidised")] : []),
	].join(" ");
}

function modules(entry: PublicOffering, texts: PageTexts, t: TFunction): SafeHtml | string {
	const list = entry.offering.modules ?? [];
	if (list.length === 0) return "";
	return html`<section aria-labelledby="modules-heading">
<h2 id="modules-heading">${t("offering.modules")}</h2>
<p>${t("offering.modulesIntro")}</p>
<ul class="modules">${list.map(
		(module) =>
			html`<li><strong>${texts.marked(module.title)}</strong>${module.credits ? html` (${formatCredits(module.credits, t)})` : ""}${
				module.learningOutcomes?.length ? texts.list(module.learningOutcomes) : ""
			}${module.assessment ? html`<p>${t("offering.assessment")}: ${module.assessment}</p>` : ""}</li>`,
	)}</ul>
</section>`;
}

function pathways(
	entry: PublicOffering,
	texts: PageTexts,
	language: string,
	t: TFunction,
): SafeHtml | string {
	if (entry.pathways.length === 0) return "";
	return html`<section aria-labelledby="pathway-heading">
<h2 id="pathway-heading">${t("offering.pathway")}</h2>
<ul>${entry.pathways.map(
		({ qualification, module }) =>
			html`<li><a href="${localized(language, `/pathways/${entry.institution.id}/${qualification.id}`)}">${texts.message(
				"offering.pathwayText",
				{ qualification: qualification.title },
				{ level: qualification.level.eqf },
			)}</a>${module ? html`, ${texts.message("offering.pathwayModule", { module: module.title })}` : ""}</li>`,
	)}</ul>
</section>`;
}

function contact(entry: PublicOffering, t: TFunction): SafeHtml | string {
	const person = entry.offering.contact;
	if (!person) return "";
	return html`<section aria-labelledby="contact-heading">
<h2 id="contact-heading">${t("offering.contact")}</h2>
<p>${t("offering.contactIntro", { name: person.name })}</p>
<p><a href="mailto:${person.email}">${person.email}</a>${person.phone ? html`<br><a href="tel:${person.phone.replace(/[^+\d]/g, "")}">${person.phone}</a>` : ""}</p>
</section>`;
}

/**
 * The application while registration is open: the school's own place for applications when the
 * offering names one (`applicationUrl`), else the catalogue's form.
 */
function application(
	entry: PublicOffering,
	language: string,
	t: TFunction,
	signUp: SignUpState | undefined,
): SafeHtml | string {
	if (!entry.registrationOpen) return "";
	const { offering, institution } = entry;
	if (offering.applicationUrl) {
		const site = new URL(offering.applicationUrl).host;
		return html`<section class="sign-up" aria-labelledby="apply-heading">
<h2 id="apply-heading">${t("apply.heading")}</h2>
<p>${t("apply.elsewhereIntro", { site })}</p>
<p><a class="button" href="${offering.applicationUrl}" rel="noopener">${t("apply.elsewhere", { site })}</a></p>
</section>`;
	}
	const action = localized(language, `/courses/${institution.id}/${offering.id}/apply`);
	return signUpForm(action, institution, t, signUp, "apply");
}
