import { toDay } from "../days.ts";
import { finding, type OfferingRule } from "./context.ts";
import {
	blockerName,
	count,
	date,
	exactPercent,
	intakeName,
	percent,
	shownShare,
} from "./wording.ts";

/** NOT_ALIGNED_WITH_INTAKE: no intake, a start before admission opens, or long after studies start. */
export const notAlignedWithIntake: OfferingRule = ({ offering, intake, schedule, rules, text }) => {
	if (!intake) {
		const undated = schedule.undated.map((step) => step.key);
		return [
			finding(
				"NOT_ALIGNED_WITH_INTAKE",
				"error",
				`not linked to an intake: the course starting on ${offering.start} sits outside the admission cycle, ` +
					`so its decision window is guessed from its start` +
					(undated.length > 0 ? ` and ${undated.join(", ")} cannot be dated` : ""),
				"link it to the intake whose studies start nearest before the course, so it is planned and announced with that admission cycle",
			),
		];
	}
	const start = toDay(offering.start);
	const opens = toDay(intake.admissionOpens);
	if (start < opens) {
		return [
			finding(
				"NOT_ALIGNED_WITH_INTAKE",
				"error",
				`starts on ${offering.start}, before admission for ${intakeName(intake, text)} opens on ${intake.admissionOpens}`,
				`move the start after ${intake.admissionOpens}, or link the course to an earlier intake`,
			),
		];
	}
	const studiesStart = toDay(intake.studiesStart);
	const late = start - studiesStart;
	if (late > rules.maxStartAfterStudiesStartDays) {
		return [
			finding(
				"NOT_ALIGNED_WITH_INTAKE",
				"error",
				`starts on ${offering.start}, ${count(late, "day")} after ${intakeName(intake, text)} studies start on ${intake.studiesStart} ` +
					`(at most ${rules.maxStartAfterStudiesStartDays})`,
				`start by ${date(studiesStart + rules.maxStartAfterStudiesStartDays)}, or link the course to the next intake`,
			),
		];
	}
	return [];
};

/** PUBLISHED_AFTER_DECISION_WINDOW: learners had decided before they could hear of the course. */
export const publishedAfterDecisionWindow: OfferingRule = (context) => {
	const { timing, nextIntake, text } = context;
	const window = timing.decisionWindow;
	if (timing.publication <= window.to) return [];
	const cause = timing.blocker
		? `: blocked until ${blockerName(timing.blocker.name, timing.blocker.day)}`
		: "";
	const alternatives = [
		timing.blocker
			? `announce it now as "planned" with dates, fee and a contact, without waiting`
			: `publish by ${date(window.from)} so it is public for the whole decision window`,
		nextIntake
			? `move it to the next intake, ${intakeName(nextIntake, text)}`
			: "move it to the next intake",
	];
	return [
		finding(
			"PUBLISHED_AFTER_DECISION_WINDOW",
			"error",
			`public from ${date(timing.publication)}, after the decision window closed on ${date(window.to)}${cause}`,
			`${alternatives.join(", or ")}`,
		),
	];
};

/** MARKETING_BLOCKED_BY_DEPENDENCY: a blocker pushed publication later than planned. */
export const marketingBlockedByDependency: OfferingRule = ({ timing, rules }) => {
	const { blocker } = timing;
	if (!blocker) return [];
	const costsCoverage = timing.coverage < rules.minCoverage;
	const delay = timing.publication - timing.plannedPublication;
	// Both figures keep their order and their side of the minimum, so the drop is always visible.
	const planned = shownShare(timing.plannedCoverage, rules.minCoverage, timing.coverage);
	const coverage =
		timing.coverage === timing.plannedCoverage
			? `stays at ${exactPercent(planned)}`
			: `drops from ${exactPercent(planned)} to ${percent(timing.coverage, rules.minCoverage, planned)}` +
				(costsCoverage ? `, below the minimum of ${exactPercent(rules.minCoverage)}` : "");
	return [
		finding(
			"MARKETING_BLOCKED_BY_DEPENDENCY",
			costsCoverage ? "error" : "warning",
			`publication waits until ${blockerName(blocker.name, blocker.day)}: public from ${date(timing.publication)}, ` +
				`${count(delay, "day")} after the planned ${date(timing.plannedPublication)}; ` +
				`decision-window coverage ${coverage}`,
			blocker.name === "intake.fullTimeGroupsConfirmed"
				? 'confirm the trainers and rooms apart from the full-time groups, or announce the course now as "planned" and confirm the group later'
				: `remove the dependency on ${blocker.name}, or announce the course now as "planned" and confirm it later`,
		),
	];
};

/** LOW_DECISION_WINDOW_COVERAGE: public for too little of the decision window. */
export const lowDecisionWindowCoverage: OfferingRule = ({ timing, rules, calendar }) => {
	const window = timing.decisionWindow;
	if (timing.coverage >= rules.minCoverage || timing.publication > window.to) return [];
	if (timing.blocker && timing.plannedCoverage >= rules.minCoverage) return [];
	const days = window.to - window.from + 1;
	const latest = calendar.onOrBefore(window.to - Math.ceil(rules.minCoverage * days) + 1);
	return [
		finding(
			"LOW_DECISION_WINDOW_COVERAGE",
			"warning",
			`public from ${date(timing.plannedPublication)}, ${count(timing.plannedPublication - window.from, "day")} into the decision window ` +
				`${date(window.from)} – ${date(window.to)}: it covers ${percent(timing.plannedCoverage, rules.minCoverage)} of it (minimum ${exactPercent(rules.minCoverage)})`,
			`publish by ${date(latest)}, or better on ${date(calendar.onOrBefore(window.from))} when the window opens`,
		),
	];
};

/** SHORT_LEAD_TIME: too few days between publication and start for working adults to plan. */
export const shortLeadTime: OfferingRule = ({ offering, timing, rules, calendar }) => {
	if (timing.leadTimeDays >= rules.minLeadTimeDays) return [];
	const latest = calendar.onOrBefore(toDay(offering.start) - rules.minLeadTimeDays);
	return [
		finding(
			"SHORT_LEAD_TIME",
			"warning",
			`public from ${date(timing.publication)}, only ${count(timing.leadTimeDays, "day")} before the start on ${offering.start} ` +
				`(at least ${rules.minLeadTimeDays} wanted)`,
			`publish by ${date(latest)}, ${rules.minLeadTimeDays} days before the start, or move the start later`,
		),
	];
};

export const timingRules: readonly OfferingRule[] = [
	notAlignedWithIntake,
	publishedAfterDecisionWindow,
	marketingBlockedByDependency,
	lowDecisionWindowCoverage,
	shortLeadTime,
];
