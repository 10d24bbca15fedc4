import type { Offering } from "../../../model/offering.ts";
import type { PlanFile } from "../../../model/plan-file.ts";

/** The parts of a plan besides its offerings that a new plan file may change. */
export const otherPlanParts = [
	"institution",
	"intakes",
	"qualifications",
	"templates",
	"history",
] as const;
export type OtherPlanPart = (typeof otherPlanParts)[number];

/** What replacing the saved plan with another would change. */
export interface PlanChanges {
	added: Offering[];
	removed: Offering[];
	changed: Offering[];
	/** Other parts of the plan that differ, in the order of `otherPlanParts`. */
	otherParts: OtherPlanPart[];
}

/**
 * Compares the saved plan with the one that would replace it: offerings by id (added, removed,
 * changed in any field), in the order of their files, and the other parts as wholes.
 */
export function planChanges(saved: PlanFile, incoming: PlanFile): PlanChanges {
	const savedById = new Map(saved.offerings.map((offering) => [offering.id, offering]));
	const incomingIds = new Set(incoming.offerings.map((offering) => offering.id));
	const added: Offering[] = [];
	const changed: Offering[] = [];
	for (const offering of incoming.offerings) {
		const before = savedById.get(offering.id);
		if (before === undefined) added.push(offering);
		else if (!sameValue(before, offering)) changed.push(offering);
	}
	return {
		added,
		removed: saved.offerings.filter((offering) => !incomingIds.has(offering.id)),
		changed,
		otherParts: otherPlanParts.filter((part) => !sameValue(saved[part], incoming[part])),
	};
}

/** Whether nothing would change. */
export function isUnchanged(changes: PlanChanges): boolean {
	return (
		changes.added.length === 0 &&
		changes.removed.length === 0 &&
		changes.changed.length === 0 &&
		changes.otherParts.length === 0
	);
}

/** Deep equality of plan values, whatever the order of an object's keys (YAML and JSON differ). */
function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (Array.isArray(a) || Array.isArray(b)) {
		if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
		return a.every((item, index) => sameValue(item, b[index]));
	}
	if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
	const aEntries = Object.entries(a).filter(([, value]) => value !== undefined);
	const bKeys = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
	if (aEntries.length !== bKeys.length) return false;
	return aEntries.every(([key, value]) => sameValue(value, (b as Record<string, unknown>)[key]));
}
