import { html, join, type SafeHtml } from "../html/template.ts";
import type { Finding } from "../model/report.ts";
import { sectionId } from "./html-format.ts";
import { riskMark } from "./html-map-symbols.ts";

export interface FindingsOptions {
	/** The label shown for a finding's milestone key; the key itself when absent. */
	milestoneLabel?: (key: string) => string | undefined;
	/** Offering id → title, to link institution findings to the offerings they name. */
	offeringTitles?: ReadonlyMap<string, string>;
}

/** Findings as a list, errors first, each with its code, message and suggestion. */
export function renderFindings(
	findings: readonly Finding[],
	options: FindingsOptions = {},
): SafeHtml {
	if (findings.length === 0) return html`<p class="no-findings">No findings.</p>`;
	const ordered = [
		...findings.filter((finding) => finding.severity === "error"),
		...findings.filter((finding) => finding.severity !== "error"),
	];
	return html`<ul class="findings">${ordered.map((finding) => renderFinding(finding, options))}</ul>`;
}

function renderFinding(finding: Finding, options: FindingsOptions): SafeHtml {
	const severity = finding.severity === "error" ? "Error" : "Warning";
	const milestone =
		finding.milestone === undefined
			? ""
			: html` <span class="finding-milestone">milestone: ${options.milestoneLabel?.(finding.milestone) ?? finding.milestone}</span>`;
	return html`<li class="finding severity-${finding.severity}">
<p class="finding-head">${riskMark(finding.severity)} <span class="severity">${severity}</span> <code>${finding.code}</code>${milestone}</p>
<p class="finding-message">${finding.message}</p>
<p class="suggestion"><span class="suggestion-label">Suggestion:</span> ${finding.suggestion}</p>${offeringLinks(finding, options.offeringTitles)}
</li>`;
}

function offeringLinks(
	finding: Finding,
	titles: ReadonlyMap<string, string> | undefined,
): SafeHtml | undefined {
	if (finding.offerings === undefined || finding.offerings.length === 0) return undefined;
	const links = finding.offerings.map(
		(id) => html`<a href="#${sectionId(id)}">${titles?.get(id) ?? id}</a>`,
	);
	return html`\n<p class="finding-offerings">Offerings: ${join(links, ", ")}</p>`;
}
