import type { Finding } from "../model/report.ts";
import { escapeHtml } from "./html-escape.ts";
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
): string {
	if (findings.length === 0) return `<p class="no-findings">No findings.</p>`;
	const ordered = [
		...findings.filter((finding) => finding.severity === "error"),
		...findings.filter((finding) => finding.severity !== "error"),
	];
	return `<ul class="findings">${ordered.map((finding) => renderFinding(finding, options)).join("")}</ul>`;
}

function renderFinding(finding: Finding, options: FindingsOptions): string {
	const severity = finding.severity === "error" ? "Error" : "Warning";
	const milestone =
		finding.milestone === undefined
			? ""
			: ` <span class="finding-milestone">milestone: ${escapeHtml(options.milestoneLabel?.(finding.milestone) ?? finding.milestone)}</span>`;
	return `<li class="finding severity-${finding.severity}">
<p class="finding-head">${riskMark(finding.severity)} <span class="severity">${severity}</span> <code>${escapeHtml(finding.code)}</code>${milestone}</p>
<p class="finding-message">${escapeHtml(finding.message)}</p>
<p class="suggestion"><span class="suggestion-label">Suggestion:</span> ${escapeHtml(finding.suggestion)}</p>${offeringLinks(finding, options.offeringTitles)}
</li>`;
}

function offeringLinks(finding: Finding, titles: ReadonlyMap<string, string> | undefined): string {
	if (finding.offerings === undefined || finding.offerings.length === 0) return "";
	const links = finding.offerings.map(
		(id) => `<a href="#${escapeHtml(sectionId(id))}">${escapeHtml(titles?.get(id) ?? id)}</a>`,
	);
	return `\n<p class="finding-offerings">Offerings: ${links.join(", ")}</p>`;
}
