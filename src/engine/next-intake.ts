import { blockerAnchors } from "../model/anchors.ts";
import type { Intake } from "../model/intake.ts";
import type { Offering } from "../model/offering.ts";
import { maxLength } from "../model/primitives.ts";
import { type Calendar, openOrNext } from "./calendar.ts";
import { toDay, toIso } from "./days.ts";

function byStudiesStart(intakes: readonly Intake[]): Intake[] {
	return [...intakes].sort((a, b) => a.studiesStart.localeCompare(b.studiesStart));
}

/**
 * The whole weeks, in days, from one intake's studies start (`from`) to the next's (`to`):
 * how far a course moves into the next intake, keeping its weekdays.
 */
export function weeksBetween(from: string, to: string): number {
	return Math.round((toDay(to) - toDay(from)) / 7) * 7;
}

const anchorNames: ReadonlySet<string> = new Set(blockerAnchors);

/**
 * The course's own dates moved by `days` for another run: its start and end, where one that
 * lands on a public holiday or a closure moves on to the next working day (and the end is never
 * before the start), and its dated blockers as they are. Its anchors stay: they name the new
 * intake's dates.
 */
export function movedDates(
	offering: Offering,
	days: number,
	calendar: Calendar,
): Pick<Offering, "start" | "end" | "blockedUntil"> {
	const start = openOrNext(calendar, toDay(offering.start) + days);
	const end = openOrNext(calendar, Math.max(start, toDay(offering.end) + days));
	return {
		start: toIso(start),
		end: toIso(end),
		...(offering.blockedUntil && {
			blockedUntil: offering.blockedUntil.map((blocker) =>
				anchorNames.has(blocker) ? blocker : shifted(blocker, days),
			),
		}),
	};
}

/**
 * The intake after the offering's by studies start; for an offering without a (known) intake,
 * the first whose studies start after the offering starts. Undefined when there is none.
 */
export function nextIntake(offering: Offering, intakes: readonly Intake[]): Intake | undefined {
	const sorted = byStudiesStart(intakes);
	const current = sorted.find((intake) => intake.id === offering.intake);
	const after = current?.studiesStart ?? offering.start;
	return sorted.find((intake) => intake.studiesStart > after);
}

/** The first intake whose studies have not started by `today`, else the latest: where a new course goes. */
export function upcomingIntake(intakes: readonly Intake[], today: string): Intake | undefined {
	const sorted = byStudiesStart(intakes);
	return sorted.find((intake) => intake.studiesStart >= today) ?? sorted.at(-1);
}

/**
 * `wanted`, or `wanted-2`, `wanted-3`… : the first that no id in `taken` has, within the id's
 * length limit.
 */
export function uniqueId(wanted: string, taken: ReadonlySet<string>): string {
	const base = wanted.slice(0, maxLength.id);
	if (!taken.has(base)) return base;
	for (let number = 2; ; number++) {
		const suffix = `-${number}`;
		const candidate = `${base.slice(0, maxLength.id - suffix.length)}${suffix}`;
		if (!taken.has(candidate)) return candidate;
	}
}

/** The date `days` later. */
export function shifted(date: string, days: number): string {
	return toIso(toDay(date) + days);
}

/**
 * A copy of the offering for the intake after its own: a new id (`welding-autumn-2027` becomes
 * `welding-spring-2028`; an id without its intake's gets the new intake's appended), that
 * intake, and every date (start, end, publication, dated blockers) moved by the days between
 * the two intakes' studies start, rounded to whole weeks so that the course keeps its weekdays;
 * a start or end that lands on a holiday or a closure of `calendar` moves on to the next working
 * day, as the "move to the next intake" fix does (`movedDates`). What belongs to the run that happened (milestone statuses,
 * registrations, the go/no-go decision, being released) is left behind. Undefined when no
 * intake follows.
 */
export function duplicateForNextIntake(
	offering: Offering,
	intakes: readonly Intake[],
	takenIds: ReadonlySet<string>,
	calendar: Calendar,
): Offering | undefined {
	const next = nextIntake(offering, intakes);
	if (!next) return undefined;
	const current = intakes.find((intake) => intake.id === offering.intake);
	const days = weeksBetween(current?.studiesStart ?? offering.start, next.studiesStart);
	// A deep copy (an offering is plain JSON), so the copy shares no list with the original.
	const copied = JSON.parse(JSON.stringify(offering)) as Offering;
	const {
		milestoneStatus: _status,
		registrations: _registrations,
		decision: _decision,
		released: _released,
		...kept
	} = copied;
	const suffix = current && offering.id.endsWith(`-${current.id}`) ? `-${current.id}` : "";
	const base = offering.id.slice(0, offering.id.length - suffix.length);
	const copy: Offering = {
		...kept,
		id: uniqueId(`${base}-${next.id}`, takenIds),
		intake: next.id,
		...movedDates(offering, days, calendar),
	};
	if (offering.publication) copy.publication = shifted(offering.publication, days);
	return copy;
}
