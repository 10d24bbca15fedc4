import { pickText } from "../model/localized-text.ts";
import { decisionOf, type Offering, type PastOffering } from "../model/offering.ts";
import type { OfferingReport } from "../model/report.ts";
import { communicationCostsAt } from "./budget.ts";
import { cancels, type FinalCounts } from "./final-counts.ts";

/**
 * The history's row of a finished offering (docs/analysis.md): what the plan said of it, when
 * the engine's report (`entry`, the same offering's) had it public and its intake's decision
 * window, and its real counts. It `ran` unless its decision cancelled it (no-go, postponed,
 * merged). `communicationSpend` is the budgeted communication at the final group size, not a
 * booked expense; absent when the budget has no communication line. The title is the text in
 * the institution's first language (`languages[0]`).
 */
export function pastOfferingOf(
	offering: Offering,
	entry: Pick<OfferingReport, "publication" | "decisionWindow">,
	counts: FinalCounts,
	languages: readonly string[],
): PastOffering {
	const spend = communicationCostsAt(offering, counts.finalRegistrations);
	return {
		id: offering.id,
		title: pickText(offering.title, undefined, languages).text,
		...(offering.field !== undefined && { field: offering.field }),
		...(offering.intake !== undefined && { intake: offering.intake }),
		decisionWindow: { from: entry.decisionWindow.from, to: entry.decisionWindow.to },
		publication: entry.publication,
		start: offering.start,
		participants: { min: offering.participants.min, max: offering.participants.max },
		finalRegistrations: counts.finalRegistrations,
		outcome: cancels(decisionOf(offering)?.outcome) ? "cancelled" : "ran",
		...(spend !== undefined && { communicationSpend: spend }),
		...(counts.channels !== undefined && { channels: counts.channels }),
		...(counts.registrations !== undefined && { registrations: counts.registrations }),
	};
}
