import type { FixAction, OneClickFix } from "../../../engine/fixes.ts";
import type { Finding } from "../../../model/report.ts";
import { findingKey } from "./findings-diff.ts";

/** The fixes one finding shows: buttons for those it comes first for, a note for the others. */
export interface FindingFixes {
	buttons: FixAction[];
	alsoBy: FixAction[];
}

/**
 * Places each fix's button on the first finding it removes, so a page has one button per
 * action; the other findings it removes name it instead. Keyed by `findingKey`.
 */
export function placeFixes(
	findings: readonly Finding[],
	fixes: readonly OneClickFix[],
): Map<string, FindingFixes> {
	const placed = new Set<FixAction>();
	const result = new Map<string, FindingFixes>();
	for (const finding of findings) {
		const entry: FindingFixes = { buttons: [], alsoBy: [] };
		for (const fix of fixes) {
			if (!fix.removes.includes(finding.code)) continue;
			if (placed.has(fix.action)) entry.alsoBy.push(fix.action);
			else {
				placed.add(fix.action);
				entry.buttons.push(fix.action);
			}
		}
		result.set(findingKey(finding), entry);
	}
	return result;
}
