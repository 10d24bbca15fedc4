import type { Offering } from "../../../model/offering.ts";
import type { PlanFile } from "../../../model/plan-file.ts";

/**
 * One offering's unsaved change: the version it started from (with its ETag, sent as
 * If-Match), and the edited offering. A new offering has no base; a deleted one no edit.
 */
export interface OfferingDraft {
	base: Offering | null;
	etag: string | null;
	edited: Offering | null;
}

export type Drafts = ReadonlyMap<string, OfferingDraft>;

/** The saved plan with the drafts applied: what the preview report is computed from. */
export function applyDrafts(saved: PlanFile, drafts: Drafts): PlanFile {
	if (drafts.size === 0) return saved;
	const offerings: Offering[] = [];
	for (const offering of saved.offerings) {
		const draft = drafts.get(offering.id);
		if (!draft) offerings.push(offering);
		else if (draft.edited) offerings.push(draft.edited);
	}
	for (const [id, draft] of drafts)
		if (draft.base === null && draft.edited && !saved.offerings.some((o) => o.id === id))
			offerings.push(draft.edited);
	return { ...saved, offerings };
}

/** Whether a plan value is an object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Whether two plan values are the same (plain JSON data). */
export function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (Array.isArray(a) && Array.isArray(b))
		return a.length === b.length && a.every((value, index) => sameValue(value, b[index]));
	if (isObject(a) && isObject(b)) {
		const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
		return [...keys].every((key) => sameValue(a[key], b[key]));
	}
	return false;
}

/**
 * The JSON Merge Patch (RFC 7396) that turns `base` into `edited`: changed fields, `null` for
 * removed ones, nested objects patched key by key and arrays replaced whole.
 */
export function mergePatch(
	base: Record<string, unknown>,
	edited: Record<string, unknown>,
): Record<string, unknown> {
	const patch: Record<string, unknown> = {};
	for (const key of new Set([...Object.keys(base), ...Object.keys(edited)])) {
		const before = base[key];
		const after = edited[key];
		if (sameValue(before, after)) continue;
		if (after === undefined) patch[key] = null;
		else if (isObject(before) && isObject(after)) patch[key] = mergePatch(before, after);
		else patch[key] = after;
	}
	return patch;
}

/** A top-level field of an offering as the three versions of a conflict have it. */
export interface FieldConflict {
	field: string;
	base: unknown;
	mine: unknown;
	theirs: unknown;
	/** Both changed it, differently: the person must choose. */
	clash: boolean;
	/** Who changed it, which is the default choice. */
	changedBy: "mine" | "theirs" | "both";
}

/** The fields that either side changed since the base, in the offering's field order. */
export function fieldConflicts(base: Offering, mine: Offering, theirs: Offering): FieldConflict[] {
	const fields = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
	const conflicts: FieldConflict[] = [];
	for (const field of fields) {
		const [b, m, t] = [base, mine, theirs].map(
			(version) => (version as Record<string, unknown>)[field],
		);
		const mineChanged = !sameValue(b, m);
		const theirsChanged = !sameValue(b, t);
		if (!mineChanged && !theirsChanged) continue;
		conflicts.push({
			field,
			base: b,
			mine: m,
			theirs: t,
			clash: mineChanged && theirsChanged && !sameValue(m, t),
			changedBy: mineChanged && theirsChanged ? "both" : mineChanged ? "mine" : "theirs",
		});
	}
	return conflicts;
}

/** An offering made of the chosen side of each field: `choices` maps a field to its side. */
export function mergeFields(
	theirs: Offering,
	conflicts: readonly FieldConflict[],
	choices: Readonly<Record<string, "mine" | "theirs">>,
): Offering {
	const merged: Record<string, unknown> = { ...theirs };
	for (const conflict of conflicts) {
		const side = choices[conflict.field] ?? (conflict.changedBy === "mine" ? "mine" : "theirs");
		const value = side === "mine" ? conflict.mine : conflict.theirs;
		if (value === undefined) delete merged[conflict.field];
		else merged[conflict.field] = value;
	}
	return merged as Offering;
}
