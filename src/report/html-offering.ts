import { html, join, type SafeHtml } from "../html/template.ts";
import type { FindingCode, OfferingReport, ScheduledMilestone } from "../model/report.ts";
import { renderFindings } from "./html-findings.ts";
import { count, percent, riskNames, riskOf, sectionId } from "./html-format.ts";
import { riskMark } from "./html-map-symbols.ts";
import type { OwnerName } from "./people.ts";

type Fact = "publication" | "leadTime" | "coverage" | "breakEven" | "communication";

/** Which fact a finding is about, so the fact is marked where the reader looks for it. */
const factOf: Partial<Record<FindingCode, Fact>> = {
	PUBLISHED_AFTER_DECISION_WINDOW: "publication",
	MARKETING_BLOCKED_BY_DEPENDENCY: "publication",
	LOW_DECISION_WINDOW_COVERAGE: "coverage",
	SHORT_LEAD_TIME: "leadTime",
	BELOW_BREAK_EVEN_AT_MIN: "breakEven",
	NEVER_BREAKS_EVEN: "breakEven",
	NO_COMMUNICATION_BUDGET: "communication",
	LOW_COMMUNICATION_BUDGET: "communication",
};

const statusNames: Readonly<Record<ScheduledMilestone["status"], string>> = {
	todo: "to do",
	doing: "in progress",
	done: "done",
};

/** One offering's section: key facts, findings with suggestions, and its milestones. */
export function renderOffering(
	offering: OfferingReport,
	intakeLabel: string,
	ownerName: OwnerName,
): SafeHtml {
	const risk = riskOf(offering.findings);
	const id = sectionId(offering.id);
	const labels = new Map(offering.milestones.map((milestone) => [milestone.key, milestone.label]));
	return html`<section class="offering risk-${risk}" id="${id}" aria-labelledby="${id}-title">
<h4 id="${id}-title"><span class="risk-badge risk-${risk}">${riskMark(risk)} ${riskNames[risk]}</span> <span class="offering-title">${offering.title}</span> <code class="offering-id">${offering.id}</code></h4>
<div class="offering-body">
<div class="offering-main">
${renderFacts(offering, intakeLabel)}
${renderFindings(offering.findings, { milestoneLabel: (key) => labels.get(key) })}
</div>
${renderMilestones(offering, ownerName)}
</div>
</section>`;
}

function renderFacts(offering: OfferingReport, intakeLabel: string): SafeHtml {
	const flagged = new Map<Fact, "error" | "warning">();
	for (const finding of offering.findings) {
		const fact = factOf[finding.code];
		if (fact !== undefined && flagged.get(fact) !== "error") flagged.set(fact, finding.severity);
	}
	const fact = (key: Fact | undefined, term: string, value: SafeHtml | string): SafeHtml => {
		const severity = key === undefined ? undefined : flagged.get(key);
		const mark = severity === undefined ? "" : html`${riskMark(severity)} `;
		const flag = severity === undefined ? "" : html` class="flag-${severity}"`;
		return html`<div${flag}><dt>${term}</dt><dd>${mark}${value}</dd></div>`;
	};
	const window = offering.decisionWindow;
	const { min, max } = offering.participants;
	const breakEven =
		offering.breakEvenParticipants === null
			? "never"
			: offering.breakEvenParticipants === 0
				? "any group size"
				: count(offering.breakEvenParticipants, "participant");
	return html`<dl class="facts">
${fact(undefined, "Intake", intakeLabel)}
${fact(undefined, "Course", period(offering.start, offering.end))}
${fact("publication", "Public from", offering.publication)}
${fact("leadTime", "Lead time", count(offering.leadTimeDays, "day"))}
${fact(undefined, "Decision window", period(window.from, window.to))}
${fact("coverage", "Window covered", percent(offering.decisionWindowCoverage))}
${fact("breakEven", "Break-even", html`${breakEven} <span class="aside nowrap">(group ${min}–${max})</span>`)}
${fact("communication", "Communication", `${percent(offering.communicationShare)} of costs`)}
${offering.field === undefined ? "" : fact(undefined, "Field", offering.field)}
${offering.decision === undefined ? "" : fact(undefined, "Go/no-go", decisionText(offering.decision))}
</dl>`;
}

/** The decision as the report says it: the outcome, and where a moved course went. */
function decisionText(decision: NonNullable<OfferingReport["decision"]>): string {
	switch (decision.outcome) {
		case "go":
			return "go: the group runs";
		case "no-go":
			return "no-go: cancelled";
		case "postpone":
			return `postponed into ${decision.into ?? "a later run"}`;
		case "merge":
			return `merged into ${decision.into ?? "another offering"}`;
	}
}

/** Two dates that break between them, never inside one. */
function period(from: string, to: string): SafeHtml {
	return html`<span class="nowrap">${from} –</span> <span class="nowrap">${to}</span>`;
}

function renderMilestones(offering: OfferingReport, ownerName: OwnerName): SafeHtml {
	const flaggedKeys = new Map<string, string[]>();
	for (const finding of offering.findings) {
		if (finding.milestone === undefined) continue;
		flaggedKeys.set(finding.milestone, [
			...(flaggedKeys.get(finding.milestone) ?? []),
			finding.code,
		]);
	}
	const rows = offering.milestones.map((milestone) => {
		const notes = [
			...(milestone.moved === undefined
				? []
				: [`moved from ${milestone.moved.from}: ${milestone.moved.reason}`]),
			...(flaggedKeys.get(milestone.key) ?? []),
		];
		const owner =
			milestone.owner === null
				? html`<em class="missing">no owner</em>`
				: ownerName(milestone.owner);
		const kind = milestone.kind === "event" ? html` <span class="aside">(event)</span>` : "";
		return html`<tr class="status-${milestone.status}${flaggedKeys.has(milestone.key) ? " flagged" : ""}"><td>${milestone.due}</td><th scope="row">${milestone.label}${kind}</th><td>${milestone.role}</td><td>${owner}</td><td>${statusNames[milestone.status]}</td><td>${notes.join("; ")}</td></tr>`;
	});
	return html`<table class="milestones">
<caption>Milestones<span class="visually-hidden"> of ${offering.title}</span></caption>
<thead><tr><th scope="col">Due</th><th scope="col">Milestone</th><th scope="col">Role</th><th scope="col">Owner</th><th scope="col">Status</th><th scope="col">Note</th></tr></thead>
<tbody>
${join(rows, "\n")}
</tbody>
</table>`;
}
