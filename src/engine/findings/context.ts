import type { Institution, Person } from "../../model/institution.ts";
import type { Intake } from "../../model/intake.ts";
import type { TextPicker } from "../../model/localized-text.ts";
import type { Offering } from "../../model/offering.ts";
import type { Qualification } from "../../model/qualification.ts";
import type { Finding, FindingCode, FindingParam, Severity } from "../../model/report.ts";
import type { BudgetFigures } from "../budget.ts";
import type { Calendar } from "../calendar.ts";
import type { Day } from "../days.ts";
import type { OfferingForecast } from "../forecast.ts";
import type { ResolvedRules } from "../rules.ts";
import type { Schedule } from "../schedule.ts";
import type { Timing } from "../timing.ts";

/** Everything the finding rules may look at for one offering. */
export interface OfferingContext {
	offering: Offering;
	institution: Institution;
	intake: Intake | undefined;
	/** The intake whose studies start next after this offering's intake, if any. */
	nextIntake: Intake | undefined;
	qualifications: readonly Qualification[];
	people: readonly Person[];
	timing: Timing;
	budget: BudgetFigures;
	schedule: Schedule;
	calendar: Calendar;
	rules: ResolvedRules;
	today: Day | undefined;
	/** The fill forecast on `today`, when the offering has one (docs/forecast.md). */
	forecast: OfferingForecast | undefined;
	/** Shows a localized text (a title, a label) in the report's language. */
	text: TextPicker;
}

/** A rule looks at one offering and returns what it finds, possibly nothing. */
export type OfferingRule = (context: OfferingContext) => Finding[];

/** A finding's English texts and the values they are made of (`Finding.params`). */
export interface FindingTexts {
	message: string;
	suggestion: string;
	params: Record<string, FindingParam>;
}

/** A finding of `code` with its texts, about `milestone` when given. */
export function finding(
	code: FindingCode,
	severity: Severity,
	{ message, suggestion, params }: FindingTexts,
	milestone?: string,
): Finding {
	return {
		code,
		severity,
		message,
		suggestion,
		params,
		...(milestone !== undefined && { milestone }),
	};
}
