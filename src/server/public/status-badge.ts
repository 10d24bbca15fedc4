import type { TFunction } from "i18next";
import { html, type SafeHtml } from "../../html/template.ts";
import type { PublicOffering } from "../../service/catalogue.ts";
import { formatDate } from "./format.ts";
import { localized } from "./layout.ts";
import { pageTexts } from "./page-texts.ts";

/** The group's status in words (never colour alone), with what it means for the learner. */
export function statusBadge(
	entry: PublicOffering,
	t: TFunction,
	language: string,
	withHelp = false,
): SafeHtml {
	return html`<p class="status status-${entry.status}"><strong>${t(`status.${entry.status}`)}</strong>${
		withHelp ? html` <span>${statusHelp(entry, t, language)}</span>` : ""
	}</p>`;
}

/**
 * What the status means: the dates of registration, or for a postponed or merged course the
 * course it moved to, linked when that one is in the catalogue too.
 */
function statusHelp(entry: PublicOffering, t: TFunction, language: string): SafeHtml | string {
	const moved = entry.movedTo;
	if ((entry.status === "postponed" || entry.status === "merged") && moved) {
		const { institution } = entry;
		const sentence = pageTexts(institution, language, t).message(
			`statusHelp.${entry.status}`,
			{ course: moved.offering.title },
			{ date: formatDate(moved.offering.start, language) },
		);
		if (!moved.listed) return sentence;
		const href = localized(language, `/courses/${institution.id}/${moved.offering.id}`);
		return html`${sentence} <a href="${href}">${t("offering.movedLink")}</a>`;
	}
	const date =
		entry.status === "planned"
			? formatDate(entry.registrationOpens, language)
			: formatDate(entry.registrationCloses, language);
	return t(
		`statusHelp.${entry.status === "postponed" || entry.status === "merged" ? "cancelled" : entry.status}`,
		{ date },
	);
}
