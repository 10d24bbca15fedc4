import { html, join, type SafeHtml } from "../html/template.ts";
import type { PlanReport } from "../model/report.ts";
import { renderFindings } from "./html-findings.ts";
import { count, riskOf } from "./html-format.ts";
import { groupByIntake, type IntakeGroup } from "./html-groups.ts";
import { renderLegend, renderSvgDefs } from "./html-map-symbols.ts";
import { renderOffering } from "./html-offering.ts";
import { htmlPage } from "./html-page.ts";
import { styles } from "./html-styles.ts";
import { renderTimingMap } from "./html-timing-map.ts";
import { renderWorkload } from "./html-workload.ts";
import { type OwnerName, ownerNames } from "./people.ts";

/**
 * The `--format html` output: one self-contained page (inline CSS and SVG, no scripts, no
 * external assets) with the timing map, the findings with their suggestions, each offering's
 * milestones and the weekly workload. Deterministic: the same report gives the same bytes.
 */
export function renderHtml(report: PlanReport): string {
	const groups = groupByIntake(report);
	const { name } = report.institution;
	const ownerName = ownerNames(report);
	const sections = groups.map((group) => renderGroup(group, ownerName));
	return htmlPage({
		language: "en",
		title: `Course marketing plan – ${name}`,
		styles,
		body: html`${renderSvgDefs()}
${renderHeader(report)}
<main>
<section class="map-section" aria-labelledby="timing-map-heading">
<h2 id="timing-map-heading">Timing map</h2>
${renderTimingMap(report, groups)}
</section>
<section aria-labelledby="institution-findings-heading">
<h2 id="institution-findings-heading">Institution findings</h2>
${renderFindings(report.findings, { offeringTitles: offeringNames(groups) })}
</section>
<section aria-labelledby="offerings-heading">
<h2 id="offerings-heading">Offerings</h2>
${join(sections, "\n")}
</section>
<section class="workload-section" aria-labelledby="workload-heading">
<h2 id="workload-heading">Workload</h2>
<p class="aside">Planned hours per role and ISO week (its Monday beside it), against the role's weekly capacity.</p>
${renderWorkload(report.workload)}
</section>
</main>
<footer class="page-footer">Made by Kairos from the plan of ${name} (${report.institution.id}).</footer>`,
	});
}

function renderHeader(report: PlanReport): SafeHtml {
	const { summary } = report;
	const risks = report.offerings.map((offering) => riskOf(offering.findings));
	const withErrors = risks.filter((risk) => risk === "error").length;
	const withWarnings = risks.filter((risk) => risk === "warning").length;
	const clean = risks.length - withErrors - withWarnings;
	const status =
		report.today === undefined
			? ""
			: html` · status on <time datetime="${report.today}">${report.today}</time>`;
	return html`<header class="page-header">
<p class="eyebrow">Course marketing plan${status}</p>
<h1>${report.institution.name}</h1>
<ul class="summary" aria-label="Summary">
<li><span class="number">${summary.offerings}</span> ${summary.offerings === 1 ? "offering" : "offerings"}</li>
<li class="errors"><span class="number">${summary.errors}</span> ${summary.errors === 1 ? "error" : "errors"}</li>
<li class="warnings"><span class="number">${summary.warnings}</span> ${summary.warnings === 1 ? "warning" : "warnings"}</li>
<li><span class="number">${clean}</span> ${clean === 1 ? "offering" : "offerings"} without findings</li>
</ul>
<p class="aside">${count(withErrors, "offering")} with errors, ${count(withWarnings, "offering")} with warnings only.</p>
${renderLegend(report.today !== undefined)}
</header>`;
}

/** Offering id → title, with the intake added where two offerings share a title. */
function offeringNames(groups: readonly IntakeGroup[]): Map<string, string> {
	const offerings = groups.flatMap((group) =>
		group.offerings.map((offering) => ({ offering, intake: group.label })),
	);
	const titles = offerings.map(({ offering }) => offering.title);
	return new Map(
		offerings.map(({ offering, intake }) => {
			const shared = titles.indexOf(offering.title) !== titles.lastIndexOf(offering.title);
			return [offering.id, shared ? `${offering.title} (${intake})` : offering.title];
		}),
	);
}

function renderGroup(group: IntakeGroup, ownerName: OwnerName): SafeHtml {
	const heading = group.intake === null ? "No intake" : `Intake ${group.label}`;
	const offerings = group.offerings.map((offering) =>
		renderOffering(offering, group.label, ownerName),
	);
	return html`<h3>${heading}</h3>
${join(offerings, "\n")}`;
}
