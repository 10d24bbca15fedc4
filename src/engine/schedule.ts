import type { Anchor } from "../model/anchors.ts";
import type { Intake } from "../model/intake.ts";
import type { TextPicker } from "../model/localized-text.ts";
import {
	type MilestoneProgress,
	type MilestoneStatus,
	type Offering,
	statusOf,
} from "../model/offering.ts";
import type { Role } from "../model/primitives.ts";
import type { Template, TemplateMilestone } from "../model/template.ts";
import type { Calendar } from "./calendar.ts";
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
	moved?: { from: Day; reason: string };
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
 * records why; an event keeps its date. Milestones come out sorted by due date, then template order,
 * with their labels in the language `text` shows.
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
		const dated = dateMilestone(step, anchors, calendar);
		if (!dated) {
			undated.push(step);
			continue;
		}
		const kind = step.kind ?? "task";
		const progress = offering.milestoneStatus?.[step.key];
		milestones.push({
			key: step.key,
			label: step.label === undefined ? labelFromKey(step.key) : text(step.label),
			role: step.role,
			kind,
			owner: ownerOverride(progress) ?? offering.owners?.[step.role] ?? null,
			due: dated.due,
			effortHours: kind === "event" ? 0 : (step.effortHours ?? 0),
			status: statusOf(progress),
			...(dated.moved && { moved: dated.moved }),
		});
	}
	// A stable sort keeps the template order for milestones due on the same day.
	milestones.sort((a, b) => a.due - b.due);
	return { milestones, undated };
}

function dateMilestone(
	step: TemplateMilestone,
	anchors: AnchorDays,
	calendar: Calendar,
): { due: Day; moved?: { from: Day; reason: string } } | undefined {
	const anchor = anchors[step.anchor];
	const earliest = step.notBefore === undefined ? undefined : anchors[step.notBefore];
	if (anchor === undefined || (step.notBefore !== undefined && earliest === undefined))
		return undefined;
	const offsetDay = applyOffset(anchor, parseOffset(step.offset), calendar);
	let due = offsetDay;
	let moved: { from: Day; reason: string } | undefined;
	if (earliest !== undefined && due < earliest) {
		due = earliest;
		moved = { from: offsetDay, reason: `not before ${step.notBefore} (${toIso(earliest)})` };
	}
	if (step.kind === "event") return { due, ...(moved && { moved }) };
	const reason = calendar.nonWorkingReason(due);
	if (reason === undefined) return { due, ...(moved && { moved }) };
	const previous = calendar.onOrBefore(due);
	const next = earliest !== undefined && previous < earliest ? calendar.onOrAfter(due) : previous;
	return { due: next, moved: moved ?? { from: due, reason } };
}

function ownerOverride(progress: MilestoneProgress | undefined): string | undefined {
	return typeof progress === "object" ? progress.owner : undefined;
}

/** `content-approved` → `Content approved`. */
export function labelFromKey(key: string): string {
	const words = key.replace(/-/g, " ");
	return words.charAt(0).toUpperCase() + words.slice(1);
}
