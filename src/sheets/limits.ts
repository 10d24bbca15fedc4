import { allTexts, type LocalizedText } from "../model/localized-text.ts";
import type { Offering } from "../model/offering.ts";

/**
 * The parts of an offering that a sheet cannot hold, named for a person (empty when the sheet
 * holds it all). `kairos export --format csv|xlsx` can warn with them; the plan file keeps all.
 */
export function partsLostInSheet(offering: Offering): string[] {
	const lost: string[] = [];
	if (offering.modules?.length) lost.push("modules");
	if (offering.milestoneStatus && Object.keys(offering.milestoneStatus).length > 0)
		lost.push("milestone statuses");
	if (offering.released !== undefined) lost.push("the release state");
	if (offering.registrations?.length) lost.push("registration counts");
	if (typeof offering.decision === "object" && Object.keys(offering.decision).length > 1)
		lost.push("the recorded decision's details (why, who, when, where it moved)");
	const outcomes = offering.learningOutcomes ?? [];
	if (outcomes.some((outcome) => allTexts(outcome).some((text) => /[\r\n]/.test(text))))
		lost.push("line breaks inside a learning outcome");
	if (!translatedAlike(outcomes)) lost.push("learning outcomes translated only in part");
	const budget = offering.budget ?? [];
	if (budget.some((line) => line.label !== undefined)) lost.push("budget line labels");
	if (budget.some((line) => line.per === "participant" && line.category !== "materials"))
		lost.push("per-participant costs other than materials");
	const kinds = budget.map((line) => `${line.category}/${line.per ?? "course"}`);
	if (new Set(kinds).size < kinds.length)
		lost.push("several budget lines of one category (summed)");
	if (offering.subsidy && offering.subsidy.currency !== offering.fee.currency)
		lost.push("a subsidy in another currency than the fee");
	return lost;
}

/**
 * A sheet holds a list's translations column by column, item by item: every outcome a plain
 * text, or every one in the same languages.
 */
function translatedAlike(items: readonly LocalizedText[]): boolean {
	if (items.every((item) => typeof item === "string")) return true;
	const languagesOf = (item: LocalizedText) =>
		typeof item === "string" ? "" : Object.keys(item).sort().join(",");
	const [first] = items;
	return first !== undefined && items.every((item) => languagesOf(item) === languagesOf(first));
}
