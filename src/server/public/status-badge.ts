import type { TFunction } from "i18next";
import { html, type SafeHtml } from "../../html/template.ts";
import type { PublicOffering } from "../../service/catalogue.ts";
import { formatDate } from "./format.ts";

/** The group's status in words (never colour alone), with what it means for the learner. */
export function statusBadge(
	entry: PublicOffering,
	t: TFunction,
	language: string,
	withHelp = false,
): SafeHtml {
	const date =
		entry.status === "planned"
			? formatDate(entry.registrationOpens, language)
			: formatDate(entry.registrationCloses, language);
	return html`<p class="status status-${entry.status}"><strong>${t(`status.${entry.status}`)}</strong>${
		withHelp ? html` <span>${t(`statusHelp.${entry.status}`, { date })}</span>` : ""
	}</p>`;
}
