import type { BlockerAnchor } from "../model/anchors.ts";
import type { Intake } from "../model/intake.ts";
import type { Offering } from "../model/offering.ts";
import type { Calendar } from "./calendar.ts";
import { type Day, toDay } from "./days.ts";
import type { ResolvedRules } from "./rules.ts";
import { roundShare } from "./share.ts";

export interface DayRange {
	from: Day;
	to: Day;
}

/** What held publication back: the latest blocker that lies after the planned publication. */
export interface Blocker {
	/** The blocker's own date, before it is moved to a working day. */
	day: Day;
	/** `intake.fullTimeGroupsConfirmed` or a literal date. */
	name: string;
}

/** When an offering becomes public and how much of the learners' decision window that covers. */
export interface Timing {
	decisionWindow: DayRange;
	/** Publication without blockers: the offering's own date, else the target. */
	plannedPublication: Day;
	/** Publication after blockers; equal to `plannedPublication` when nothing blocks. */
	publication: Day;
	blocker?: Blocker;
	/** Start − publication, in calendar days; negative when published after the start. */
	leadTimeDays: number;
	/** Share of the decision window's days on which the offering is public, in [0, 1], to 4 decimals. */
	coverage: number;
	/** The coverage the planned publication would have had. */
	plannedCoverage: number;
}

/**
 * The learners' decision window: the intake's own, else `studiesStart − 22w … studiesStart − 11w`
 * (rule defaults). Without an intake the offering's start stands in for studies start.
 */
export function decisionWindowOf(
	intake: Intake | undefined,
	start: Day,
	rules: ResolvedRules,
): DayRange {
	if (intake?.decisionWindow) {
		return { from: toDay(intake.decisionWindow.from), to: toDay(intake.decisionWindow.to) };
	}
	const studiesStart = intake ? toDay(intake.studiesStart) : start;
	return {
		from: studiesStart - rules.decisionWindowOpensWeeksBeforeStudies * 7,
		to: studiesStart - rules.decisionWindowClosesWeeksBeforeStudies * 7,
	};
}

/**
 * Share of `window` on which something published on `publication` is public, in [0, 1], to
 * 4 decimals (`roundShare`): the figure the report shows and the coverage rules judge.
 */
export function coverageOf(window: DayRange, publication: Day): number {
	const days = window.to - window.from + 1;
	const publicDays = window.to - Math.max(window.from, publication) + 1;
	return roundShare(Math.min(1, Math.max(0, publicDays / days)));
}

export function blockerDay(
	name: string,
	intake: Intake | undefined,
	window: DayRange,
): Day | undefined {
	switch (name as BlockerAnchor) {
		case "intake.fullTimeGroupsConfirmed":
			return intake?.fullTimeGroupsConfirmed === undefined
				? undefined
				: toDay(intake.fullTimeGroupsConfirmed);
		case "intake.admissionOpens":
			return intake && toDay(intake.admissionOpens);
		case "intake.admissionCloses":
			return intake && toDay(intake.admissionCloses);
		case "intake.studiesStart":
			return intake && toDay(intake.studiesStart);
		case "decisionWindow.from":
			return window.from;
		case "decisionWindow.to":
			return window.to;
		default:
			return toDay(name);
	}
}

/**
 * Publication and its consequences. The target is the decision window's first day moved back to
 * a working day; the offering's own `publication` overrides it; a blocker pushes it to the first
 * working day on or after the blocker.
 */
export function timingOf(
	offering: Offering,
	intake: Intake | undefined,
	calendar: Calendar,
	rules: ResolvedRules,
): Timing {
	const start = toDay(offering.start);
	const decisionWindow = decisionWindowOf(intake, start, rules);
	const plannedPublication =
		offering.publication === undefined
			? calendar.onOrBefore(decisionWindow.from)
			: toDay(offering.publication);
	let publication = plannedPublication;
	let blocker: Blocker | undefined;
	for (const name of offering.blockedUntil ?? []) {
		const day = blockerDay(name, intake, decisionWindow);
		if (day === undefined || day <= plannedPublication) continue;
		const released = calendar.onOrAfter(day);
		if (released > publication) {
			publication = released;
			blocker = { day, name };
		}
	}
	return {
		decisionWindow,
		plannedPublication,
		publication,
		...(blocker && { blocker }),
		leadTimeDays: start - publication,
		coverage: coverageOf(decisionWindow, publication),
		plannedCoverage: coverageOf(decisionWindow, plannedPublication),
	};
}
