import type { PastFacts } from "../../model/analysis.ts";
import type { Intake } from "../../model/intake.ts";
import type { PastOffering } from "../../model/offering.ts";
import { toDay, toIso, yearOf } from "../days.ts";
import type { ResolvedRules } from "../rules.ts";
import { coverageOf } from "../timing.ts";
import { type MovedIntakes, movedIntakes, pastIntakeOf } from "./past-intakes.ts";

/**
 * A past offering's facts (docs/analysis.md): its intake and decision window, its lead time
 * (start − publication, in days) and coverage (as the engine computes an offering's), its fill
 * (final registrations ÷ the maximum group, in [0, 1]) and, when both are above 0, its cost per
 * enrolment (communication spend ÷ final registrations). `moved` keeps the plan's intakes moved
 * by whole years between calls (`movedIntakes` of the same intakes and rules).
 */
export function pastFactsOf(
	past: PastOffering,
	intakes: readonly Intake[],
	rules: ResolvedRules,
	moved: MovedIntakes = movedIntakes(intakes, rules),
): PastFacts {
	const intake = pastIntakeOf(past, intakes, rules, moved);
	const publication = toDay(past.publication);
	const final = past.finalRegistrations;
	const spend = past.communicationSpend;
	return {
		id: past.id,
		title: past.title,
		...(past.field !== undefined && { field: past.field }),
		intake: { id: intake.id, group: intake.group, studiesStart: toIso(intake.studiesStart) },
		year: yearOf(intake.studiesStart),
		outcome: past.outcome ?? "ran",
		publication: past.publication,
		start: past.start,
		leadTimeDays: toDay(past.start) - publication,
		decisionWindow: {
			from: toIso(intake.decisionWindow.from),
			to: toIso(intake.decisionWindow.to),
		},
		coverage: coverageOf(intake.decisionWindow, publication),
		minimum: past.participants.min,
		places: past.participants.max,
		finalRegistrations: final,
		fill: final / past.participants.max,
		reachedMinimum: final >= past.participants.min,
		...(spend !== undefined && { communicationSpend: spend }),
		...(spend !== undefined && spend > 0 && final > 0 && { costPerEnrolment: spend / final }),
		...(past.channels && { channels: { ...past.channels } }),
	};
}
