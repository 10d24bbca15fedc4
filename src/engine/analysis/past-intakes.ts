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

/** A plan intake moved by whole years (or as it is), with what matching a past offering reads of it. */
interface MovedIntake {
	intake: Intake;
	/** Whether it is the plan's intake as it is, moved by no years. */
	asItIs: boolean;
	group: string;
	admissionOpens: Day;
	studiesStart: Day;
	decisionWindow: DayRange;
}

/**
 * The plan's intakes, each moved by whole years once and kept (by its place in the plan and
 * the years): an analysis of thousands of past offerings moves each intake once per year, not
 * once per offering. Make one per plan and rules, and pass it to `pastIntakeOf`.
 */
export interface MovedIntakes {
	readonly intakes: readonly Intake[];
	/** The plan intake with this id, as it is. */
	named(id: string | undefined): MovedIntake | undefined;
	/** The plan's `index`th intake moved by `years`. */
	moved(index: number, years: number): MovedIntake;
	/** The year of the `index`th plan intake's studies start. */
	yearOf(index: number): number;
}

export function movedIntakes(intakes: readonly Intake[], rules: ResolvedRules): MovedIntakes {
	const kept = intakes.map(() => new Map<number, MovedIntake>());
	const years = intakes.map((intake) => yearOf(toDay(intake.studiesStart)));
	const indexById = new Map<string, number>();
	intakes.forEach((intake, index) => {
		if (!indexById.has(intake.id)) indexById.set(intake.id, index);
	});
	const moved = (index: number, by: number): MovedIntake => {
		const known = kept[index]?.get(by);
		if (known) return known;
		const planIntake = intakes[index];
		if (!planIntake) throw new RangeError(`the plan has no intake ${index}`);
		const intake = by === 0 ? planIntake : shiftIntake(planIntake, by);
		const studiesStart = toDay(intake.studiesStart);
		const made = {
			intake,
			asItIs: by === 0,
			group: intakeGroup(intake.id),
			admissionOpens: toDay(intake.admissionOpens),
			studiesStart,
			decisionWindow: decisionWindowOf(intake, studiesStart, rules),
		};
		kept[index]?.set(by, made);
		return made;
	};
	return {
		intakes,
		named: (id) => {
			const index = id === undefined ? undefined : indexById.get(id);
			return index === undefined ? undefined : moved(index, 0);
		},
		moved,
		yearOf: (index) => years[index] ?? 0,
	};
}

/**
 * The plan intake a past offering matches, moved back (or on) by whole years: among the plan's
 * intakes in the years around the start, those the start is aligned with (on or after admission
 * opens, at most `maxStartAfterStudiesStartDays` after studies start, as NOT_ALIGNED_WITH_INTAKE
 * judges), the nearest by studies start; else the nearest of all. Undefined without intakes.
 */
function matchingIntake(
	start: Day,
	intakes: MovedIntakes,
	rules: ResolvedRules,
): MovedIntake | undefined {
	let best: { intake: MovedIntake; distance: number; aligned: boolean } | undefined;
	const startYear = yearOf(start);
	for (let index = 0; index < intakes.intakes.length; index++) {
		const around = startYear - intakes.yearOf(index);
		for (const years of [around - 1, around, around + 1]) {
			const intake = intakes.moved(index, years);
			const candidate = {
				intake,
				distance: Math.abs(start - intake.studiesStart),
				aligned:
					intake.admissionOpens <= start &&
					start <= intake.studiesStart + rules.maxStartAfterStudiesStartDays,
			};
			if (!best || better(candidate, best)) best = candidate;
		}
	}
	return best?.intake;
}

function better(
	candidate: { distance: number; aligned: boolean },
	best: { distance: number; aligned: boolean },
): boolean {
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
 * The id is `past.intake` when given, else the id of the plan intake it matches as it is, else
 * the group and the studies start's year.
 * `moved` keeps the moved intakes between calls (`movedIntakes` of the same intakes and rules).
 */
export function pastIntakeOf(
	past: Pick<PastOffering, "start" | "intake" | "decisionWindow">,
	intakes: readonly Intake[],
	rules: ResolvedRules,
	moved: MovedIntakes = movedIntakes(intakes, rules),
): PastIntake {
	const start = toDay(past.start);
	const intake = moved.named(past.intake) ?? matchingIntake(start, moved, rules);
	const group = intake?.group ?? intakeGroup(past.intake ?? noIntakeGroup);
	const studiesStart = intake ? intake.studiesStart : start;
	const decisionWindow = past.decisionWindow
		? { from: toDay(past.decisionWindow.from), to: toDay(past.decisionWindow.to) }
		: (intake?.decisionWindow ?? decisionWindowOf(undefined, start, rules));
	return {
		id: past.intake ?? (intake?.asItIs ? intake.intake.id : `${group}-${yearOf(studiesStart)}`),
		group,
		studiesStart,
		decisionWindow,
	};
}
