import type { FindingTexts } from "./context.ts";
import { blockerKind, blockerName, count, exactPercent } from "./wording.ts";

/** NOT_ALIGNED_WITH_INTAKE without an intake; `undated` are the milestones it cannot date. */
export function notLinkedTexts(start: string, undated: readonly string[]): FindingTexts {
	return {
		message:
			`not linked to an intake: the course starting on ${start} sits outside the admission cycle, ` +
			`so its decision window is guessed from its start` +
			(undated.length > 0 ? ` and ${undated.join(", ")} cannot be dated` : ""),
		suggestion:
			"link it to the intake whose studies start nearest before the course, so it is planned and announced with that admission cycle",
		params: {
			case: undated.length > 0 ? "noIntakeUndated" : "noIntake",
			start,
			undated: [...undated],
		},
	};
}

/** NOT_ALIGNED_WITH_INTAKE: a start before the intake's admission opens. */
export function beforeAdmissionTexts(p: {
	start: string;
	intake: string;
	admissionOpens: string;
}): FindingTexts {
	return {
		message: `starts on ${p.start}, before admission for ${p.intake} opens on ${p.admissionOpens}`,
		suggestion: `move the start after ${p.admissionOpens}, or link the course to an earlier intake`,
		params: { case: "beforeAdmission", ...p },
	};
}

/** NOT_ALIGNED_WITH_INTAKE: a start too long after the intake's studies start. */
export function lateStartTexts(p: {
	start: string;
	lateDays: number;
	intake: string;
	studiesStart: string;
	maxDays: number;
	startBy: string;
}): FindingTexts {
	return {
		message:
			`starts on ${p.start}, ${count(p.lateDays, "day")} after ${p.intake} studies start on ${p.studiesStart} ` +
			`(at most ${p.maxDays})`,
		suggestion: `start by ${p.startBy}, or link the course to the next intake`,
		params: { case: "lateStart", ...p },
	};
}

/** A blocker's params: its kind (blockerKind), its anchor or date as the plan names it, and its day. */
export interface BlockerParams {
	blocker: string;
	blockerKind: string;
	blockerDate: string;
}

export function blockerParams(name: string, day: string): BlockerParams {
	return { blocker: name, blockerKind: blockerKind(name), blockerDate: day };
}

/** PUBLISHED_AFTER_DECISION_WINDOW, blocked or not, with the next intake when there is one. */
export function publishedAfterTexts(p: {
	publication: string;
	windowFrom: string;
	windowTo: string;
	blocker: BlockerParams | undefined;
	nextIntake: string | undefined;
}): FindingTexts {
	const { blocker, nextIntake, ...dates } = p;
	const cause = blocker
		? `: blocked until ${blockerName(blocker.blocker, blocker.blockerDate)}`
		: "";
	const alternatives = [
		blocker
			? `announce it now as "planned" with dates, fee and a contact, without waiting`
			: `publish by ${p.windowFrom} so it is public for the whole decision window`,
		nextIntake ? `move it to the next intake, ${nextIntake}` : "move it to the next intake",
	];
	return {
		message: `public from ${p.publication}, after the decision window closed on ${p.windowTo}${cause}`,
		suggestion: alternatives.join(", or "),
		params: {
			...dates,
			cause: blocker ? "blocked" : "open",
			...blocker,
			next: nextIntake === undefined ? "unknown" : "named",
			...(nextIntake !== undefined && { nextIntake }),
		},
	};
}

/**
 * MARKETING_BLOCKED_BY_DEPENDENCY. `planned` and `coverage` are the shares as shown (shownShare);
 * `coverage` is "stays" when the blocker costs no coverage, "drops" or "dropsBelow" (the minimum).
 */
export function blockedTexts(
	blocker: BlockerParams,
	p: {
		publication: string;
		delayDays: number;
		plannedPublication: string;
		plannedCoverage: number;
		actualCoverage: number;
		minCoverage: number;
		coverage: "stays" | "drops" | "dropsBelow";
	},
): FindingTexts {
	const coverage =
		p.coverage === "stays"
			? `stays at ${exactPercent(p.plannedCoverage)}`
			: `drops from ${exactPercent(p.plannedCoverage)} to ${exactPercent(p.actualCoverage)}` +
				(p.coverage === "dropsBelow"
					? `, below the minimum of ${exactPercent(p.minCoverage)}`
					: "");
	const groups = blocker.blocker === "intake.fullTimeGroupsConfirmed";
	return {
		message:
			`publication waits until ${blockerName(blocker.blocker, blocker.blockerDate)}: public from ${p.publication}, ` +
			`${count(p.delayDays, "day")} after the planned ${p.plannedPublication}; ` +
			`decision-window coverage ${coverage}`,
		suggestion: groups
			? 'confirm the trainers and rooms apart from the full-time groups, or announce the course now as "planned" and confirm the group later'
			: `remove the dependency on ${blocker.blocker}, or announce the course now as "planned" and confirm it later`,
		params: { ...blocker, ...p, remedy: groups ? "groups" : "dependency" },
	};
}

/** LOW_DECISION_WINDOW_COVERAGE; `coverage` is the share as shown (shownShare). */
export function lowCoverageTexts(p: {
	publication: string;
	daysIn: number;
	windowFrom: string;
	windowTo: string;
	coverage: number;
	minCoverage: number;
	latest: string;
	windowOpens: string;
}): FindingTexts {
	return {
		message:
			`public from ${p.publication}, ${count(p.daysIn, "day")} into the decision window ` +
			`${p.windowFrom} – ${p.windowTo}: it covers ${exactPercent(p.coverage)} of it (minimum ${exactPercent(p.minCoverage)})`,
		suggestion: `publish by ${p.latest}, or better on ${p.windowOpens} when the window opens`,
		params: p,
	};
}

/** SHORT_LEAD_TIME. */
export function shortLeadTexts(p: {
	publication: string;
	leadDays: number;
	start: string;
	minDays: number;
	latest: string;
}): FindingTexts {
	return {
		message:
			`public from ${p.publication}, only ${count(p.leadDays, "day")} before the start on ${p.start} ` +
			`(at least ${p.minDays} wanted)`,
		suggestion: `publish by ${p.latest}, ${p.minDays} days before the start, or move the start later`,
		params: p,
	};
}
