import type { Intake } from "../../model/intake.ts";
import type { PastOffering } from "../../model/offering.ts";
import { type Day, toDay, yearOf } from "../days.ts";
import type { ResolvedRules } from "../rules.ts";
import { type DayRange, decisionWindowOf } from "../timing.ts";

/** The intake a past offering belonged to, and the learners' decision window it had. */
export interface PastIntake {
	/** The intake of its year, such as `autumn-2025`. */
	id: string;
	/** The same intake in every year, such as `autumn`. */
	group: string;
	studiesStart: Day;
	decisionWindow: DayRange;
}

/** The group of a past offering with no intake to match, in a plan that has none. */
export const noIntakeGroup = "other";

/**
 * The intake's key across years: its id without the parts that are a year, so `spring-2027`
 * and `spring-2025` are both `spring`. An id that is nothing but a year stays as it is.
 */
export function intakeGroup(intakeId: string): string {
	const parts = intakeId.split("-").filter((part) => !/^\d{4}$/.test(part));
	return parts.length === 0 ? intakeId : parts.join("-");
}

function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The same calendar date `years` whole years later (earlier when negative); 29 February becomes the 28th in a common year. */
export function shiftYears(iso: string, years: number): string {
	const year = Number(iso.slice(0, 4)) + years;
	const monthAndDay = iso.slice(5) === "02-29" && !isLeapYear(year) ? "02-28" : iso.slice(5);
	return `${String(year).padStart(4, "0")}-${monthAndDay}`;
}

/** The intake with every date moved by whole years. */
function shiftIntake(intake: Intake, years: number): Intake {
	const shift = (iso: string) => shiftYears(iso, years);
	return {
		...intake,
		admissionOpens: shift(intake.admissionOpens),
		admissionCloses: shift(intake.admissionCloses),
		studiesStart: shift(intake.studiesStart),
		...(intake.fullTimeGroupsConfirmed !== undefined && {
			fullTimeGroupsConfirmed: shift(intake.fullTimeGroupsConfirmed),
		}),
		...(intake.decisionWindow && {
			decisionWindow: {
				from: shift(intake.decisionWindow.from),
				to: shift(intake.decisionWindow.to),
			},
		}),
	};
}

/** A plan intake moved into a past year, and the plan intake it came from. */
interface Candidate {
	planIntake: Intake;
	shifted: Intake;
	/** |start − shifted studies start|, in days. */
	distance: number;
	/** Whether the start is where NOT_ALIGNED_WITH_INTAKE accepts it: admission open, studies not long begun. */
	aligned: boolean;
}

/**
 * The plan intake a past offering matches, moved back (or on) by whole years: among the plan's
 * intakes in the years around the start, those the start is aligned with (on or after admission
 * opens, at most `maxStartAfterStudiesStartDays` after studies start, as NOT_ALIGNED_WITH_INTAKE
 * judges), the nearest by studies start; else the nearest of all. Undefined without intakes.
 */
function matchingIntake(
	start: Day,
	intakes: readonly Intake[],
	rules: ResolvedRules,
): Candidate | undefined {
	let best: Candidate | undefined;
	for (const planIntake of intakes) {
		const around = yearOf(start) - yearOf(toDay(planIntake.studiesStart));
		for (const years of [around - 1, around, around + 1]) {
			const shifted = shiftIntake(planIntake, years);
			const studiesStart = toDay(shifted.studiesStart);
			const candidate: Candidate = {
				planIntake,
				shifted,
				distance: Math.abs(start - studiesStart),
				aligned:
					toDay(shifted.admissionOpens) <= start &&
					start <= studiesStart + rules.maxStartAfterStudiesStartDays,
			};
			if (!best || better(candidate, best)) best = candidate;
		}
	}
	return best;
}

function better(candidate: Candidate, best: Candidate): boolean {
	if (candidate.aligned !== best.aligned) return candidate.aligned;
	return candidate.distance < best.distance;
}

/**
 * The intake and decision window of a past offering (docs/analysis.md). `past.intake` naming a
 * plan intake takes that intake as it is; otherwise the plan intake it matches, moved by whole
 * years (`matchingIntake`). The window is `past.decisionWindow` when given, else the intake's
 * (its own, or the default weeks before its studies start: `decisionWindowOf`). Without any
 * plan intake, the offering's start stands in for studies start, and the group is that of
 * `past.intake`, else `other`.
 * The id is `past.intake` when given, else the group and the studies start's year.
 */
export function pastIntakeOf(
	past: PastOffering,
	intakes: readonly Intake[],
	rules: ResolvedRules,
): PastIntake {
	const start = toDay(past.start);
	const named = intakes.find((intake) => intake.id === past.intake);
	const intake = named ?? matchingIntake(start, intakes, rules)?.shifted;
	const group = intakeGroup(intake?.id ?? past.intake ?? noIntakeGroup);
	const studiesStart = intake ? toDay(intake.studiesStart) : start;
	const decisionWindow = past.decisionWindow
		? { from: toDay(past.decisionWindow.from), to: toDay(past.decisionWindow.to) }
		: decisionWindowOf(intake, start, rules);
	return {
		id: past.intake ?? `${group}-${yearOf(studiesStart)}`,
		group,
		studiesStart,
		decisionWindow,
	};
}
