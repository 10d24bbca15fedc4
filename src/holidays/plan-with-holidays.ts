import { type Calendar, createCalendar } from "../engine/calendar.ts";
import { calendarYears, type PublicHoliday, reportYears } from "../engine/holidays.ts";
import { type PlanOptions, plan } from "../engine/plan.ts";
import type { PlanFile } from "../model/plan-file.ts";
import type { PlanReport } from "../model/report.ts";
import { publicHolidays } from "./public-holidays.ts";

/** A report and the public holidays it was made with. */
export interface HolidayPlan {
	report: PlanReport;
	/** Every holiday of the years the report needed: what the browser needs to plan the same. */
	holidays: PublicHoliday[];
	/** The years those holidays are of, ascending: to name them in another language. */
	years: number[];
}

/**
 * Runs the engine with the public holidays of the plan's country for every year the plan needs:
 * the years of its own dates (`calendarYears`), and any year a milestone falls in beyond them,
 * which a template anchored far from the plan's dates reaches. Then no milestone sits on a
 * holiday the engine was not told of.
 */
export function plannedWithHolidays(
	input: PlanFile,
	options: Omit<PlanOptions, "holidays"> = {},
): HolidayPlan {
	const years = new Set(calendarYears(input));
	for (;;) {
		const sorted = [...years].sort((a, b) => a - b);
		const holidays = publicHolidays(input.institution.country, sorted);
		const report = plan(input, { ...options, holidays });
		const missing = reportYears(report).filter((year) => !years.has(year));
		// Dates are bounded (model/primitives.ts), so this widens a few times at most.
		if (missing.length === 0) return { report, holidays, years: sorted };
		for (const year of missing) for (const near of [year - 1, year, year + 1]) years.add(near);
	}
}

/** `plannedWithHolidays`'s report: the one call the command line makes. */
export function planWithHolidays(
	input: PlanFile,
	options: Omit<PlanOptions, "holidays"> = {},
): PlanReport {
	return plannedWithHolidays(input, options).report;
}

/**
 * The plan's working calendar: its country's public holidays in the years of its dates, and its
 * closures. What a change made outside the engine (a course copied into the next intake) steps
 * its dates off.
 */
export function calendarOfPlan(input: PlanFile): Calendar {
	const holidays = publicHolidays(input.institution.country, calendarYears(input));
	return createCalendar(holidays, input.institution.closures);
}
