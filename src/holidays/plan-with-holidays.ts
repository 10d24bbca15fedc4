import { calendarYears } from "../engine/holidays.ts";
import { type PlanOptions, plan } from "../engine/plan.ts";
import type { PlanFile } from "../model/plan-file.ts";
import type { PlanReport } from "../model/report.ts";
import { publicHolidays } from "./public-holidays.ts";

/**
 * Runs the engine with the public holidays of the plan's country for every year the plan needs
 * (`calendarYears`): the one call the command line and the service make.
 */
export function planWithHolidays(
	input: PlanFile,
	options: Omit<PlanOptions, "holidays"> = {},
): PlanReport {
	const holidays = publicHolidays(input.institution.country, calendarYears(input));
	return plan(input, { ...options, holidays });
}
