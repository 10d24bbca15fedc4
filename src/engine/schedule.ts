import type { Anchor } from "../model/anchors.ts";
import type { Intake } from "../model/intake.ts";
import type { TextPicker } from "../model/localized-text.ts";
import {
	decisionOf,
	goNoGoKey,
	type MilestoneProgress,
	type MilestoneStatus,
	type Offering,
	statusOf,
} from "../model/offering.ts";
import type { Role } from "../model/primitives.ts";
import type { MoveCause, NonWorkingCause } from "../model/report.ts";
import type { Template, TemplateMilestone } from "../model/template.ts";
import { type Calendar, reasonOf } from "./calendar.ts";
import { type Day, toDay, toIso } from "./days.ts";
import { applyOffset, parseOffset } from "./offset.ts";
import type { Timing } from "./timing.ts";

/** A dated milestone of one offering, in day numbers; the report renders it as ISO dates. */
export interface DatedMilestone {
	key: string;
	label: string;
	role: Role;
	kind: "task" | "event";
	owner: string | null;
	due: Day;
	effortHours: number;
	status: MilestoneStatus;
	/** The engine moved the date the offset gave, and why. */
	moved?: Moved;
	/** The plan gives the date itself: the date the template would give, and why a task's given date is no working day. */
	override?: { computed?: Day; nonWorking?: NonWorkingCause };
}

export interface Moved {
	from: Day;
	reason: string;
	cause: MoveCause;
}

/** The dates an offering's milestones can be anchored to; intake anchors are missing without an intake. */
export type AnchorDays = Partial<Record<Anchor, Day>>;

export function anchorDaysOf(
	offering: Offering,
	intake: Intake | undefined,
	timing: Timing,
): AnchorDays {
	return {
		start: toDay(offering.start),
		end: toDay(offering.end),
		publication: timing.publication,
		"decisionWindow.from": timing.decisionWindow.from,
		"decisionWindow.to": timing.decisionWindow.to,
		...(intake && {
			"intake.admissionOpens": toDay(intake.admissionOpens),
			"intake.admissionCloses": toDay(intake.admissionCloses),
			"intake.studiesStart": toDay(intake.studiesStart),
		}),
	};
}

export interface Schedule {
	milestones: DatedMilestone[];
	/** Template milestones that could not be dated because their anchor is missing (no intake). */
	undated: TemplateMilestone[];
}

/**
 * Back-schedules a template against an offering's anchors. A task that falls on a non-working
 * day moves to the previous working day (or the next, when `notBefore` forbids the previous) and
 * records why; an event keeps its date. A due date the plan gives in the milestone's progress
 * replaces the computed one as given, even on a non-working day (the override says why that day
 * is not a working day), and dates a milestone whose anchor is missing. Milestones come out
 * sorted by due date, then template order, with their labels in the language `text` shows.
 * The go-no-go milestone is done once the offering has a decision (`milestoneStatusOf`).
 */
export function scheduleOf(
	offering: Offering,
	template: Template,
	anchors: AnchorDays,
	calendar: Calendar,
	text: TextPicker,
): Schedule {
	const milestones: DatedMilestone[] = [];
	const undated: TemplateMilestone[] = [];
	for (const step of template.milestones) {
		const progress = offering.milestoneStatus?.[step.key];
		const computed = dateMilestone(step, anchors, calendar);
		const dated = withOverride(step, computed, dueOverride(progress), calendar);
		if (!dated) {
			undated.push(step);
			continue;
		}
		const kind = step.kind ?? "task";
		milestones.push({
			key: step.key,
			label: step.label === undefined ? labelFromKey(step.key) : text(step.label),
			role: step.role,
			kind,
			owner: ownerOverride(progress) ?? offering.owners?.[step.role] ?? null,
			due: dated.due,
			effortHours: kind === "event" ? 0 : (step.effortHours ?? 0),
			status: milestoneStatusOf(offering, step.key, progress),
			...(dated.moved && { moved: dated.moved }),
			...(dated.override && { override: dated.override }),
		});
	}
	// A stable sort keeps the template order for milestones due on the same day.
	milestones.sort((a, b) => a.due - b.due);
	return { milestones, undated };
}

/**
 * A milestone's status: as its progress says, except that the go-no-go milestone is done once
 * the plan holds a decision, however it got there (the staff app marks it, a plan file may not).
 */
function milestoneStatusOf(
	offering: Offering,
	key: string,
	progress: MilestoneProgress | undefined,
): MilestoneStatus {
	if (key === goNoGoKey && decisionOf(offering) !== undefined) return "done";
	return statusOf(progress);
}

interface DatedStep {
	due: Day;
	moved?: Moved;
	override?: DatedMilestone["override"];
}

function dateMilestone(
	step: TemplateMilestone,
	anchors: AnchorDays,
	calendar: Calendar,
): DatedStep | undefined {
	const anchor = anchors[step.anchor];
	const earliest = step.notBefore === undefined ? undefined : anchors[step.notBefore];
	if (anchor === undefined || (step.notBefore !== undefined && earliest === undefined))
		return undefined;
	const offsetDay = applyOffset(anchor, parseOffset(step.offset), calendar);
	let due = offsetDay;
	let moved: Moved | undefined;
	if (step.notBefore !== undefined && earliest !== undefined && due < earliest) {
		due = earliest;
		const date = toIso(earliest);
		moved = {
			from: offsetDay,
			reason: `not before ${step.notBefore} (${date})`,
			cause: { kind: "notBefore", anchor: step.notBefore, date },
		};
	}
	if (step.kind === "event") return { due, ...(moved && { moved }) };
	const cause = calendar.nonWorkingCause(due);
	if (cause === undefined) return { due, ...(moved && { moved }) };
	const previous = calendar.onOrBefore(due);
	const next = earliest !== undefined && previous < earliest ? calendar.onOrAfter(due) : previous;
	return { due: next, moved: moved ?? { from: due, reason: reasonOf(cause), cause } };
}

/** The given due date in place of the computed one: it drops the computed date's move. */
function withOverride(
	step: TemplateMilestone,
	computed: DatedStep | undefined,
	given: Day | undefined,
	calendar: Calendar,
): DatedStep | undefined {
	if (given === undefined) return computed;
	const nonWorking = step.kind === "event" ? undefined : calendar.nonWorkingCause(given);
	return {
		due: given,
		override: {
			...(computed && { computed: computed.due }),
			...(nonWorking && { nonWorking }),
		},
	};
}

function ownerOverride(progress: MilestoneProgress | undefined): string | undefined {
	return typeof progress === "object" ? progress.owner : undefined;
}

function dueOverride(progress: MilestoneProgress | undefined): Day | undefined {
	return typeof progress === "object" && progress.due !== undefined
		? toDay(progress.due)
		: undefined;
}

/** `content-approved` → `Content approved`. */
export function labelFromKey(key: string): string {
	const words = key.replace(/-/g, " ");
	return words.charAt(0).toUpperCase() + words.slice(1);
}
