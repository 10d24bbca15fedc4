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

/**
 * How much of a decision window is left on the report's day, once the day a suggestion would
 * name has gone: some days (`windowLeft`), or none (`windowClosed`).
 */
export type WindowLeft = { case: "windowLeft"; daysLeft: number } | { case: "windowClosed" };

const publishNow = (left: { daysLeft: number }) =>
	`publish now, so it is public for the ${count(left.daysLeft, "day")} left of the decision window`;

/**
 * PUBLISHED_AFTER_DECISION_WINDOW, blocked or not, with the next intake when there is one.
 * `left` is given when the report's day is past the window's opening.
 */
export function publishedAfterTexts(p: {
	publication: string;
	windowFrom: string;
	windowTo: string;
	blocker: BlockerParams | undefined;
	nextIntake: string | undefined;
	left: WindowLeft | undefined;
}): FindingTexts {
	const { blocker, nextIntake, left, ...dates } = p;
	const cause = blocker
		? `: blocked until ${blockerName(blocker.blocker, blocker.blockerDate)}`
		: "";
	const move = nextIntake
		? `move it to the next intake, ${nextIntake}`
		: "move it to the next intake";
	// Announcing now holds on any day; a date to publish by only while it is ahead.
	const late = blocker ? undefined : left;
	const suggestion = blocker
		? `announce it now as "planned" with dates, fee and a contact, without waiting, or ${move}`
		: late === undefined
			? `publish by ${p.windowFrom} so it is public for the whole decision window, or ${move}`
			: late.case === "windowLeft"
				? `${publishNow(late)}, or ${move}`
				: `${move}; this intake's decision window has already closed`;
	return {
		message: `public from ${p.publication}, after the decision window closed on ${p.windowTo}${cause}`,
		suggestion,
		params: {
			...dates,
			cause: blocker ? "blocked" : "open",
			...blocker,
			next: nextIntake === undefined ? "unknown" : "named",
			...(nextIntake !== undefined && { nextIntake }),
			...late,
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
	/** Given when the report's day is past `windowOpens`: past `latest` too (WindowLeft), or not. */
	late: WindowLeft | { case: "latest" } | undefined;
}): FindingTexts {
	const { late, ...figures } = p;
	const suggestion =
		late === undefined
			? `publish by ${p.latest}, or better on ${p.windowOpens} when the window opens`
			: late.case === "latest"
				? `publish by ${p.latest}`
				: late.case === "windowLeft"
					? publishNow(late)
					: "the decision window has closed: publish the next intake's course before its window opens";
	return {
		message:
			`public from ${p.publication}, ${count(p.daysIn, "day")} into the decision window ` +
			`${p.windowFrom} – ${p.windowTo}: it covers ${exactPercent(p.coverage)} of it (minimum ${exactPercent(p.minCoverage)})`,
		suggestion,
		params: { ...figures, ...late },
	};
}

/** SHORT_LEAD_TIME. */
export function shortLeadTexts(p: {
	publication: string;
	leadDays: number;
	start: string;
	minDays: number;
	latest: string;
	/** The days to the start, when the report's day is past `latest` and before the start. */
	daysLeft: number | undefined;
}): FindingTexts {
	const { daysLeft, ...figures } = p;
	return {
		message:
			`public from ${p.publication}, only ${count(p.leadDays, "day")} before the start on ${p.start} ` +
			`(at least ${p.minDays} wanted)`,
		suggestion:
			daysLeft === undefined
				? `publish by ${p.latest}, ${p.minDays} days before the start, or move the start later`
				: `publish now, ${count(daysLeft, "day")} before the start, or move the start later`,
		params: { ...figures, ...(daysLeft !== undefined && { case: "now", daysLeft }) },
	};
}
