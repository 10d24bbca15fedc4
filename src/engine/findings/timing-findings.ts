import { type Day, toDay } from "../days.ts";
import { finding, type OfferingRule } from "./context.ts";
import {
	beforeAdmissionTexts,
	blockedTexts,
	blockerParams,
	lateStartTexts,
	lowCoverageTexts,
	notLinkedTexts,
	publishedAfterTexts,
	shortLeadTexts,
	type WindowLeft,
} from "./timing-texts.ts";
import { date, intakeName, shownShare } from "./wording.ts";

/** NOT_ALIGNED_WITH_INTAKE: no intake, a start before admission opens, or long after studies start. */
export const notAlignedWithIntake: OfferingRule = ({ offering, intake, schedule, rules, text }) => {
	if (!intake) {
		const undated = schedule.undated.map((step) => step.key);
		return [finding("NOT_ALIGNED_WITH_INTAKE", "error", notLinkedTexts(offering.start, undated))];
	}
	const start = toDay(offering.start);
	const opens = toDay(intake.admissionOpens);
	if (start < opens) {
		const texts = beforeAdmissionTexts({
			start: offering.start,
			intake: intakeName(intake, text),
			admissionOpens: intake.admissionOpens,
		});
		return [finding("NOT_ALIGNED_WITH_INTAKE", "error", texts)];
	}
	const studiesStart = toDay(intake.studiesStart);
	const late = start - studiesStart;
	if (late > rules.maxStartAfterStudiesStartDays) {
		const texts = lateStartTexts({
			start: offering.start,
			lateDays: late,
			intake: intakeName(intake, text),
			studiesStart: intake.studiesStart,
			maxDays: rules.maxStartAfterStudiesStartDays,
			startBy: date(studiesStart + rules.maxStartAfterStudiesStartDays),
		});
		return [finding("NOT_ALIGNED_WITH_INTAKE", "error", texts)];
	}
	return [];
};

/**
 * What is left of the window on `today` once `by`, the day a suggestion would name, has gone;
 * undefined while `by` is ahead or without a today.
 */
function windowLeftAfter(
	today: Day | undefined,
	by: Day,
	window: { to: Day },
): WindowLeft | undefined {
	if (today === undefined || today <= by) return undefined;
	return today > window.to
		? { case: "windowClosed" }
		: { case: "windowLeft", daysLeft: window.to - today + 1 };
}

/** PUBLISHED_AFTER_DECISION_WINDOW: learners had decided before they could hear of the course. */
export const publishedAfterDecisionWindow: OfferingRule = (context) => {
	const { timing, nextIntake, text, today } = context;
	const window = timing.decisionWindow;
	if (timing.publication <= window.to) return [];
	const texts = publishedAfterTexts({
		publication: date(timing.publication),
		windowFrom: date(window.from),
		windowTo: date(window.to),
		blocker: timing.blocker && blockerParams(timing.blocker.name, date(timing.blocker.day)),
		nextIntake: nextIntake && intakeName(nextIntake, text),
		left: windowLeftAfter(today, window.from, window),
	});
	return [finding("PUBLISHED_AFTER_DECISION_WINDOW", "error", texts)];
};

/** MARKETING_BLOCKED_BY_DEPENDENCY: a blocker pushed publication later than planned. */
export const marketingBlockedByDependency: OfferingRule = ({ timing, rules }) => {
	const { blocker } = timing;
	if (!blocker) return [];
	const costsCoverage = timing.coverage < rules.minCoverage;
	// Both figures keep their order and their side of the minimum, so the drop is always visible.
	const planned = shownShare(timing.plannedCoverage, rules.minCoverage, timing.coverage);
	const texts = blockedTexts(blockerParams(blocker.name, date(blocker.day)), {
		publication: date(timing.publication),
		delayDays: timing.publication - timing.plannedPublication,
		plannedPublication: date(timing.plannedPublication),
		plannedCoverage: planned,
		actualCoverage: shownShare(timing.coverage, rules.minCoverage, planned),
		minCoverage: rules.minCoverage,
		coverage:
			timing.coverage === timing.plannedCoverage ? "stays" : costsCoverage ? "dropsBelow" : "drops",
	});
	return [finding("MARKETING_BLOCKED_BY_DEPENDENCY", costsCoverage ? "error" : "warning", texts)];
};

/** LOW_DECISION_WINDOW_COVERAGE: public for too little of the decision window. */
export const lowDecisionWindowCoverage: OfferingRule = ({ timing, rules, calendar, today }) => {
	const window = timing.decisionWindow;
	if (timing.coverage >= rules.minCoverage || timing.publication > window.to) return [];
	if (timing.blocker && timing.plannedCoverage >= rules.minCoverage) return [];
	const days = window.to - window.from + 1;
	const latest = calendar.onOrBefore(window.to - Math.ceil(rules.minCoverage * days) + 1);
	const windowOpens = calendar.onOrBefore(window.from);
	const texts = lowCoverageTexts({
		publication: date(timing.plannedPublication),
		daysIn: timing.plannedPublication - window.from,
		windowFrom: date(window.from),
		windowTo: date(window.to),
		coverage: shownShare(timing.plannedCoverage, rules.minCoverage),
		minCoverage: rules.minCoverage,
		latest: date(latest),
		windowOpens: date(windowOpens),
		late:
			today === undefined || today <= windowOpens
				? undefined
				: (windowLeftAfter(today, latest, window) ?? { case: "latest" }),
	});
	return [finding("LOW_DECISION_WINDOW_COVERAGE", "warning", texts)];
};

/** SHORT_LEAD_TIME: too few days between publication and start for working adults to plan. */
export const shortLeadTime: OfferingRule = ({ offering, timing, rules, calendar, today }) => {
	if (timing.leadTimeDays >= rules.minLeadTimeDays) return [];
	const start = toDay(offering.start);
	const latest = calendar.onOrBefore(start - rules.minLeadTimeDays);
	const texts = shortLeadTexts({
		publication: date(timing.publication),
		leadDays: timing.leadTimeDays,
		start: offering.start,
		minDays: rules.minLeadTimeDays,
		latest: date(latest),
		daysLeft: today !== undefined && today > latest && today < start ? start - today : undefined,
	});
	return [finding("SHORT_LEAD_TIME", "warning", texts)];
};

export const timingRules: readonly OfferingRule[] = [
	notAlignedWithIntake,
	publishedAfterDecisionWindow,
	marketingBlockedByDependency,
	lowDecisionWindowCoverage,
	shortLeadTime,
];
