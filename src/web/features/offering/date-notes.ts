import type { TFunction } from "i18next";
import type { MoveCause, ScheduledMilestone } from "../../../model/report.ts";
import { formatDayMonth, formatWeekday } from "../../lib/format.ts";

const anchorKeys = {
	start: "start",
	end: "end",
	publication: "publication",
	"decisionWindow.from": "decisionWindowFrom",
	"decisionWindow.to": "decisionWindowTo",
	"intake.admissionOpens": "intakeAdmissionOpens",
	"intake.admissionCloses": "intakeAdmissionCloses",
	"intake.studiesStart": "intakeStudiesStart",
} as const;

/**
 * A cause in the reader's words: the weekday of a weekend `day`, the holiday's name or the
 * closure's label as the plan gives them, or the anchor that no task may precede.
 */
export function causeText(
	cause: MoveCause,
	day: string,
	t: TFunction<"offering">,
	language: string,
): string {
	switch (cause.kind) {
		case "weekend":
			return formatWeekday(day, language);
		case "holiday":
			return cause.name;
		case "closure":
			return cause.label;
		case "notBefore": {
			const key = anchorKeys[cause.anchor as keyof typeof anchorKeys];
			return t("moved.notBefore", {
				anchor: key ? t(`anchors.${key}`) : cause.anchor,
				date: formatDayMonth(cause.date, language),
			});
		}
	}
}

/**
 * Why a milestone's date is what it is, in the reader's language: "Moved from 1 Mar: Saturday"
 * when the engine moved it, or that a person set it (with the planned date, and a warning when
 * the date set is not a working day).
 */
export function dateNotes(
	milestone: ScheduledMilestone,
	t: TFunction<"offering">,
	language: string,
): string[] {
	const { moved, override } = milestone;
	if (moved) {
		const reason = causeText(moved.cause, moved.from, t, language);
		return [t("moved.from", { date: formatDayMonth(moved.from, language), reason })];
	}
	if (!override) return [];
	const notes: string[] = [
		override.computed === undefined
			? t("moved.setUndated")
			: t("moved.set", { date: formatDayMonth(override.computed, language) }),
	];
	if (override.nonWorking)
		notes.push(
			t("moved.nonWorking", {
				reason: causeText(override.nonWorking.cause, milestone.due, t, language),
			}),
		);
	return notes;
}
