import type { TFunction } from "i18next";
import { localDate } from "../../engine/days.ts";
import { html, type SafeHtml } from "../../html/template.ts";
import type { LearnerData, LearnerRegistration } from "../../service/learner-data.ts";
import { formatDate, formatLanguage } from "./format.ts";
import { layout, localized, type PageMeta } from "./layout.ts";
import { pageTexts } from "./page-texts.ts";

/** The columns a registration's facts show first, in this order, each with its own label. */
const shownFirst = [
	"state",
	"name",
	"email",
	"phone",
	"language",
	"source",
	"referrer",
	"address",
	"createdAt",
	"confirmSentAt",
	"confirmedAt",
	"unsubscribedAt",
] as const;

/**
 * Columns the facts leave out: ids and bookkeeping that say nothing about the person (the
 * waitlist's order numbers among them), and what the page shows otherwise (the course, the
 * consent, the channel's parts). The download has them.
 */
const notShown = new Set([
	"id",
	"institutionId",
	"offeringId",
	"consentText",
	"consentVersion",
	"utmSource",
	"utmMedium",
	"utmCampaign",
	"updatedAt",
	"version",
	"waitlistOrder",
]);

/** A value of a registration's column as the store gives it. */
type ColumnValue = LearnerRegistration["registration"]["columns"][string];

/** A timestamp or a date as the page's language writes the day. */
const isTime = (value: string) => /^\d{4}-\d\d-\d\d(T|$)/.test(value);

/** The day of a timestamp in the institution's time zone, as it lives it; a date as it is. */
function dayOf(value: string, data: LearnerData): string {
	return value.includes("T") ? localDate(new Date(value), data.institution.timezone) : value;
}

/** The frame of every page of a person's data: never indexed, in the page's language. */
export function myDataLayout(
	language: string,
	token: string,
	title: string,
	t: TFunction,
	baseUrl: string,
	body: SafeHtml,
	path = `/my-data/${token}`,
): string {
	const meta: PageMeta = { language, title, description: title, path, noindex: true };
	return layout(meta, t, baseUrl, body);
}

/**
 * The page of a person's data: every registration at the institution with everything kept
 * about it (its consent as they saw it, how long it is kept), the mails kept, the download
 * and the way to erase it all.
 */
export function myDataPage(
	data: LearnerData,
	token: string,
	language: string,
	t: TFunction,
	baseUrl: string,
): string {
	const { institution } = data;
	const base = localized(language, `/my-data/${token}`);
	const body = html`<h1>${t("myData.title", { institution: institution.name })}</h1>
<p class="lead">${t("myData.intro", { institution: institution.name, email: data.email })}</p>
<p>${t("myData.retention", { months: data.retention.registrationsMonths, days: data.retention.unconfirmedDays })}</p>
<section aria-labelledby="registrations-heading">
<h2 id="registrations-heading">${t("myData.registrations")}</h2>
${data.registrations.length === 0 ? html`<p>${t("myData.noRegistrations")}</p>` : data.registrations.map((entry) => registration(entry, data, language, t))}
</section>
${mails(data, language, t)}
<section aria-labelledby="download-heading">
<h2 id="download-heading" class="visually-hidden">${t("myData.download")}</h2>
<p><a class="button" href="${base}/download" download>${t("myData.download")}</a></p>
</section>
<section aria-labelledby="erase-heading">
<h2 id="erase-heading">${t("myData.eraseHeading")}</h2>
<p>${t("myData.eraseIntro")}</p>
<p><a class="button" href="${base}/erase">${t("myData.eraseButton")}</a></p>
</section>`;
	return myDataLayout(
		language,
		token,
		t("myData.title", { institution: institution.name }),
		t,
		baseUrl,
		body,
	);
}

function registration(
	entry: LearnerRegistration,
	data: LearnerData,
	language: string,
	t: TFunction,
): SafeHtml {
	const { registration: kept, offering } = entry;
	const texts = pageTexts(data.institution, language, t);
	const value = (name: string, given: ColumnValue): string => {
		if (given === null || given === "") return t("myData.none");
		if (name === "state") return t(`myData.state.${given}`, { defaultValue: String(given) });
		if (name === "language") return formatLanguage(String(given), language);
		return typeof given === "string" && isTime(given)
			? formatDate(dayOf(given, data), language)
			: String(given);
	};
	const fact = (name: string, given: ColumnValue) =>
		html`<div><dt>${t(`myData.field.${name}`, { defaultValue: name })}</dt><dd>${name === "confirmedAt" && given === null ? t("myData.notYet") : value(name, given)}</dd></div>`;
	const others = Object.keys(kept.columns).filter(
		(name) => !notShown.has(name) && !(shownFirst as readonly string[]).includes(name),
	);
	return html`<article class="card">
<h3>${offering ? texts.marked(offering.title) : t("myData.courseGone", { id: kept.offeringId })}</h3>
<dl class="facts">
${[...shownFirst, ...others].map((name) => fact(name, kept.columns[name] ?? null))}
${offering?.end === undefined ? "" : html`<div><dt>${t("myData.courseEnd")}</dt><dd>${formatDate(offering.end, language)}</dd></div>`}
<div><dt>${t("myData.keptUntil")}</dt><dd>${formatDate(entry.keptUntil, language)}</dd></div>
</dl>
<h4>${t("myData.consent")}</h4>
<blockquote lang="${kept.language}"><p>${kept.consentText}</p></blockquote>
<p>${t("myData.consentGiven", { date: formatDate(dayOf(kept.createdAt, data), language), version: kept.consentVersion })}</p>
</article>`;
}

function mails(data: LearnerData, language: string, t: TFunction): SafeHtml {
	const status = (mail: LearnerData["mails"][number]) =>
		mail.sentAt !== null
			? t("myData.mailSent")
			: mail.failedAt !== null
				? t("myData.mailFailed")
				: t("myData.mailWaiting");
	return html`<section aria-labelledby="mails-heading">
<h2 id="mails-heading">${t("myData.mails")}</h2>
<p>${t("myData.mailsKept")}</p>
${
	data.mails.length === 0
		? html`<p>${t("myData.noMails")}</p>`
		: html`<table>
<thead><tr><th scope="col">${t("myData.mailDate")}</th><th scope="col">${t("myData.mailSubject")}</th><th scope="col">${t("myData.mailStatus")}</th></tr></thead>
<tbody>
${data.mails.map((mail) => html`<tr><td>${formatDate(dayOf(mail.sentAt ?? mail.queuedAt, data), language)}</td><td>${mail.subject}</td><td>${status(mail)}</td></tr>`)}
</tbody>
</table>`
}
</section>`;
}

/** The confirmation step before erasing: it says what goes, and only its button erases. */
export function myDataErasePage(
	data: LearnerData,
	token: string,
	language: string,
	t: TFunction,
	baseUrl: string,
): string {
	const base = localized(language, `/my-data/${token}`);
	const title = t("myData.confirmHeading", { institution: data.institution.name });
	const body = html`<h1>${title}</h1>
<p>${t("myData.confirmText", { count: data.registrations.length, email: data.email })}</p>
<form method="post" action="${base}/erase"><button type="submit">${t("myData.confirmButton")}</button></form>
<p><a href="${base}">${t("myData.cancel")}</a></p>`;
	return myDataLayout(language, token, title, t, baseUrl, body, `/my-data/${token}/erase`);
}

/** A short page of a heading and a sentence: erased, or a link that does not work. */
export function myDataNotice(
	language: string,
	title: string,
	text: string,
	t: TFunction,
	baseUrl: string,
): string {
	return layout(
		{ language, title, description: title, path: "/", noindex: true },
		t,
		baseUrl,
		html`<h1>${title}</h1><p>${text}</p>`,
	);
}
