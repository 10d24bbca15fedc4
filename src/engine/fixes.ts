import type { Intake } from "../model/intake.ts";
import type { Offering } from "../model/offering.ts";
import type { PlanFile } from "../model/plan-file.ts";
import { maxItems } from "../model/primitives.ts";
import type { FindingCode } from "../model/report.ts";
import { budgetOf, communicationNeeded } from "./budget.ts";
import { type Calendar, createCalendar } from "./calendar.ts";
import { type Day, toDay, toIso } from "./days.ts";
import { movedDates, shifted, weeksBetween } from "./next-intake.ts";
import { nextIntakes, type PlanOptions, plan } from "./plan.ts";
import { type ResolvedRules, resolveRules } from "./rules.ts";
import { timingOf } from "./timing.ts";

/** The one-click fixes, each named after what it does (docs/rules.md, "One-click fixes"). */
export const fixActions = [
	"announce-as-planned",
	"move-to-next-intake",
	"add-communication-line",
	"raise-minimum-group",
] as const;
export type FixAction = (typeof fixActions)[number];

/** The findings each fix is meant to remove. */
export const findingsFixedBy: Readonly<Record<FixAction, readonly FindingCode[]>> = {
	"announce-as-planned": ["MARKETING_BLOCKED_BY_DEPENDENCY", "PUBLISHED_AFTER_DECISION_WINDOW"],
	"move-to-next-intake": ["PUBLISHED_AFTER_DECISION_WINDOW"],
	"add-communication-line": ["NO_COMMUNICATION_BUDGET", "LOW_COMMUNICATION_BUDGET"],
	"raise-minimum-group": ["BELOW_BREAK_EVEN_AT_MIN"],
};

/** What a fix looks at besides the offering: its intake and the plan's calendar and rules. */
interface FixContext {
	intake: Intake | undefined;
	next: Intake | undefined;
	calendar: Calendar;
	rules: ResolvedRules;
	today: Day | undefined;
}

type Fix = (offering: Offering, context: FixContext) => Offering | undefined;

/**
 * Announce as planned: no blocker holds publication back, and the offering is public from its
 * planned date, or from today (released in the catalogue) when that date has passed.
 */
const announceAsPlanned: Fix = (offering, { intake, calendar, rules, today }) => {
	const { blockedUntil, ...unblocked } = offering;
	if (!blockedUntil || blockedUntil.length === 0) return undefined;
	const planned = timingOf(unblocked, intake, calendar, rules).plannedPublication;
	if (today === undefined || planned > today) return unblocked;
	return { ...unblocked, publication: toIso(today), released: true };
};

/**
 * Move to the next intake: the intake whose studies start next, with the course's dates (start,
 * end, dated blockers, set due dates) moved by the difference of the two studies starts rounded
 * to whole weeks, so the course keeps its weekdays; a start or end that lands on a public holiday
 * or a closure moves on to the next working day. Its own publication date moves too when it is
 * not later than the new intake's target; a later one is dropped, so the new target applies.
 * It does not apply when a blocker waits for full-time groups the next intake does not confirm.
 */
const moveToNextIntake: Fix = (offering, { intake, next, calendar, rules }) => {
	if (!intake || !next) return undefined;
	// A blocker on a date the next intake does not set would make the plan invalid.
	const confirmed = "intake.fullTimeGroupsConfirmed";
	if (offering.blockedUntil?.includes(confirmed) && next.fullTimeGroupsConfirmed === undefined)
		return undefined;
	const shift = weeksBetween(intake.studiesStart, next.studiesStart);
	const { publication, ...rest } = offering;
	const moved: Offering = {
		...rest,
		intake: next.id,
		...movedDates(offering, shift, calendar),
		...(offering.milestoneStatus && {
			milestoneStatus: Object.fromEntries(
				Object.entries(offering.milestoneStatus).map(([key, progress]) => [
					key,
					typeof progress === "object" && progress.due !== undefined
						? { ...progress, due: shifted(progress.due, shift) }
						: progress,
				]),
			),
		}),
	};
	if (publication === undefined) return moved;
	const target = timingOf(moved, next, calendar, rules).plannedPublication;
	const later = toDay(publication) + shift;
	return later <= target ? { ...moved, publication: toIso(later) } : moved;
};

/**
 * Add a communication budget line: one per-course line just large enough for communication to
 * reach the rule's share of the costs at the minimum group size.
 */
const addCommunicationLine: Fix = (offering, { rules }) => {
	const lines = offering.budget ?? [];
	const share = rules.minCommunicationShare;
	if (lines.length >= maxItems.budgetLines || share >= 1) return undefined;
	const budget = budgetOf(offering);
	const amount = Math.max(
		1,
		Math.ceil(communicationNeeded(budget, share) - budget.communicationAtMin),
	);
	return { ...offering, budget: [...lines, { category: "communication", amount }] };
};

/** Raise the minimum group to the break-even participants, when that is within the maximum. */
const raiseMinimumGroup: Fix = (offering) => {
	const breakEven = budgetOf(offering).breakEvenParticipants;
	const { min, max } = offering.participants;
	if (breakEven === null || breakEven <= min || breakEven > max) return undefined;
	return { ...offering, participants: { min: breakEven, max } };
};

const fixes: Readonly<Record<FixAction, Fix>> = {
	"announce-as-planned": announceAsPlanned,
	"move-to-next-intake": moveToNextIntake,
	"add-communication-line": addCommunicationLine,
	"raise-minimum-group": raiseMinimumGroup,
};

/**
 * The offering changed by one fix, or undefined when the fix cannot apply to it (no blocker, no
 * next intake, a break-even beyond the maximum group). Pure: the plan gives the intakes, rules
 * and closures, `options` the holidays and today.
 */
export function applyFix(
	action: FixAction,
	offering: Offering,
	input: PlanFile,
	options: PlanOptions,
): Offering | undefined {
	const intake = input.intakes.find((candidate) => candidate.id === offering.intake);
	return fixes[action](offering, {
		intake,
		next: intake && nextIntakes(input.intakes).get(intake.id),
		calendar: createCalendar(options.holidays, input.institution.closures),
		rules: resolveRules(input.institution.rules),
		today: options.today === undefined ? undefined : toDay(options.today),
	});
}

/** A fix that works: the changed offering, and the findings it removes. */
export interface OneClickFix {
	action: FixAction;
	offering: Offering;
	removes: FindingCode[];
}

/**
 * The one-click fixes of an offering: each fix that applies and removes at least one of the
 * findings it is meant for, which the engine, run on the changed offering, no longer reports.
 * A fix may bring other findings (announcing late leaves less of the decision window covered);
 * the report of the changed plan shows them.
 */
export function oneClickFixes(
	input: PlanFile,
	offering: Offering,
	options: PlanOptions,
): OneClickFix[] {
	const codesOf = (candidate: Offering) =>
		new Set(
			plan({ ...input, offerings: [candidate] }, options).offerings[0]?.findings.map(
				(entry) => entry.code,
			),
		);
	const before = codesOf(offering);
	return fixActions.flatMap((action) => {
		if (!findingsFixedBy[action].some((code) => before.has(code))) return [];
		const fixed = applyFix(action, offering, input, options);
		if (!fixed) return [];
		const after = codesOf(fixed);
		const removes = findingsFixedBy[action].filter((code) => before.has(code) && !after.has(code));
		return removes.length > 0 ? [{ action, offering: fixed, removes }] : [];
	});
}
