import { createCalendar } from "../../../engine/calendar.ts";
import { toIso } from "../../../engine/days.ts";
import type { PublicHoliday } from "../../../engine/holidays.ts";
import { resolveRules } from "../../../engine/rules.ts";
import { timingOf } from "../../../engine/timing.ts";
import { type BlockerAnchor, blockerAnchors } from "../../../model/anchors.ts";
import type { PlanFile } from "../../../model/plan-file.ts";

/** What held an offering's publication back, as the engine decided it. */
export interface ResolvedBlocker {
	/** The blocker's own date, `YYYY-MM-DD` (publication follows on the first working day from it). */
	date: string;
	/** The intake anchor it names, or `date` for a literal date. */
	anchor: BlockerAnchor | "date";
}

const anchorSet: ReadonlySet<string> = new Set(blockerAnchors);

/**
 * The blocker that held back each blocked offering of the plan, by offering id. It is the
 * engine's own decision (`timingOf` on the institution's calendar): the latest of the offering's
 * `blockedUntil` that falls after its planned publication, an anchor resolved against its intake.
 * Offerings whose blockers held nothing back are left out.
 */
export function blockersOf(
	plan: PlanFile,
	holidays: readonly PublicHoliday[],
): Map<string, ResolvedBlocker> {
	const blockers = new Map<string, ResolvedBlocker>();
	const blocked = plan.offerings.filter((offering) => (offering.blockedUntil ?? []).length > 0);
	if (blocked.length === 0) return blockers;
	const calendar = createCalendar(holidays, plan.institution.closures);
	const rules = resolveRules(plan.institution.rules);
	const intakes = new Map(plan.intakes.map((intake) => [intake.id, intake]));
	for (const offering of blocked) {
		const intake = offering.intake === undefined ? undefined : intakes.get(offering.intake);
		const { blocker } = timingOf(offering, intake, calendar, rules);
		if (!blocker) continue;
		blockers.set(offering.id, {
			date: toIso(blocker.day),
			anchor: anchorSet.has(blocker.name) ? (blocker.name as BlockerAnchor) : "date",
		});
	}
	return blockers;
}
