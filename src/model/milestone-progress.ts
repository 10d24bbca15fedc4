import type { MilestoneProgress, MilestoneStatus } from "./offering.ts";
import { statusOf } from "./offering.ts";

/** A change to one milestone's progress: a field to set, `null` to clear an optional one. */
export interface ProgressChange {
	status?: MilestoneStatus | undefined;
	doneOn?: string | null | undefined;
	note?: string | null | undefined;
	owner?: string | null | undefined;
	due?: string | null | undefined;
}

const fields = ["status", "doneOn", "note", "owner", "due"] as const;

/**
 * Merges a change into a milestone's progress, keeping the short form (the status alone) when
 * only a status is left and the progress was short before. The API's milestone route and the
 * staff app's plan both change progress through it.
 */
export function nextProgress(
	current: MilestoneProgress | undefined,
	change: ProgressChange,
): MilestoneProgress {
	const merged: Record<string, unknown> =
		typeof current === "object" ? { ...current } : { status: statusOf(current) };
	for (const field of fields) {
		const value = change[field];
		if (value === null) delete merged[field];
		else if (value !== undefined) merged[field] = value;
	}
	const result = merged as Exclude<MilestoneProgress, string>;
	const onlyStatus = Object.keys(result).length === 1;
	return onlyStatus && typeof current !== "object" ? result.status : result;
}
