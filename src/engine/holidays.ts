import type { PlanFile } from "../model/plan-file.ts";
import type { PlanReport } from "../model/report.ts";
import { type Day, toDay, yearOf } from "./days.ts";
import { resolveRules } from "./rules.ts";
import { blockerDay, decisionWindowOf } from "./timing.ts";

/**
 * One public holiday, as the engine takes it: a plain value that can travel as JSON, so the
 * holiday tables stay outside the engine (src/holidays computes them for the CLI and the service).
 */
export interface PublicHoliday {
	/** `YYYY-MM-DD`, a local date in the institution's country. */
	date: string;
	/** The name a task moved off this day gives as its reason, e.g. "Independence Day". */
	name: string;
}

/**
 * The calendar years whose public holidays a plan needs, ascending: from the year before the
 * plan's earliest date to the year after its latest. Its dates are those milestones are anchored
 * on (intakes, offerings, their decision windows and blockers) and the closures; the year on
 * either side covers tasks scheduled back before January or on after December. Empty for a plan
 * without dates.
 */
export function calendarYears(input: PlanFile): number[] {
	const rules = resolveRules(input.institution.rules);
	const intakes = new Map(input.intakes.map((intake) => [intake.id, intake]));
	let earliest = Number.POSITIVE_INFINITY;
	let latest = Number.NEGATIVE_INFINITY;
	const see = (...days: (Day | undefined)[]) => {
		for (const day of days) {
			if (day === undefined) continue;
			earliest = Math.min(earliest, day);
			latest = Math.max(latest, day);
		}
	};
	for (const closure of input.institution.closures ?? [])
		see(toDay(closure.from), toDay(closure.to));
	for (const intake of input.intakes) {
		see(toDay(intake.admissionOpens), toDay(intake.admissionCloses), toDay(intake.studiesStart));
		if (intake.fullTimeGroupsConfirmed !== undefined) see(toDay(intake.fullTimeGroupsConfirmed));
	}
	for (const offering of input.offerings) {
		const start = toDay(offering.start);
		const intake = offering.intake === undefined ? undefined : intakes.get(offering.intake);
		const window = decisionWindowOf(intake, start, rules);
		see(start, toDay(offering.end), window.from, window.to);
		if (offering.publication !== undefined) see(toDay(offering.publication));
		for (const name of offering.blockedUntil ?? []) see(blockerDay(name, intake, window));
	}
	if (earliest > latest) return [];
	const years: number[] = [];
	for (let year = yearOf(earliest) - 1; year <= yearOf(latest) + 1; year++) years.push(year);
	return years;
}

/**
 * The years a report's milestones fall in (due dates, and the dates a move started from). A
 * template can anchor a task years from the plan's own dates; a year not among the holidays given
 * to `plan` had none, so the caller plans again with its holidays (src/holidays does).
 */
export function reportYears(report: PlanReport): number[] {
	const years = new Set<number>();
	for (const offering of report.offerings) {
		for (const milestone of offering.milestones) {
			years.add(Number(milestone.due.slice(0, 4)));
			if (milestone.moved) years.add(Number(milestone.moved.from.slice(0, 4)));
		}
	}
	return [...years].sort((a, b) => a - b);
}
