import { toDay, toIso } from "../../../engine/days.ts";
import { upcomingIntake } from "../../../engine/next-intake.ts";
import type { LocalizedText } from "../../../model/localized-text.ts";
import type { Offering } from "../../../model/offering.ts";
import type { PlanFile } from "../../../model/plan-file.ts";

/** How long a new course runs by default: ten weeks, about a term's evening course. */
const defaultWeeks = 10;

/**
 * A new offering with sensible defaults, for the person to fill in: the intake given (null:
 * none), by default the upcoming one (the first whose studies have not started by `today`), starting with its studies, ten weeks
 * long, a group of 8–16 (the case's typical size) and no fee yet, in the currency the plan's
 * offerings use (EUR when it has none).
 */
export function newOffering(
	plan: PlanFile,
	today: string,
	given: { id: string; title: LocalizedText; intake?: string | null | undefined },
): Offering {
	const intake =
		given.intake === undefined
			? upcomingIntake(plan.intakes, today)
			: plan.intakes.find((candidate) => candidate.id === given.intake);
	const start = intake?.studiesStart ?? today;
	const currency = plan.offerings[0]?.fee.currency ?? "EUR";
	return {
		id: given.id,
		title: given.title,
		...(intake && { intake: intake.id }),
		start,
		end: toIso(toDay(start) + defaultWeeks * 7 - 1),
		fee: { amount: 0, currency },
		participants: { min: 8, max: 16 },
		...(plan.institution.languages?.[0] && { language: plan.institution.languages[0] }),
	};
}
