import type { TFunction } from "i18next";
import type { StateCounts } from "../../../model/api/registrations.ts";
import type { OfferingReport } from "../../../model/report.ts";
import { countsText } from "../registrations/counts-text.ts";
import { labelWidth, placeLabel } from "./labels.ts";
import type { MapRow } from "./layout.ts";
import type { RowTexts } from "./OfferingRow.tsx";
import { type Risk, risks } from "./risk.ts";
import { rowNote, rowSummary } from "./texts.ts";

interface Summary {
	language: string;
	note: string | undefined;
	counts: StateCounts | undefined;
	text: string;
}

// A row's summary follows from its offering's report, the language, its note and its counts;
// the report's offerings stay the same objects until the plan changes, so coming back to the
// map reuses the summaries written before instead of formatting every row's dates again.
const summaries = new WeakMap<OfferingReport, Summary>();

/**
 * A function that writes each row's texts: its risk, its summary, its note placed beside its
 * marker, and its tags. The texts every row shares are translated once.
 */
export function rowTexts({
	t,
	tr,
	language,
	registrations,
	unsaved,
}: {
	t: TFunction<"timingMap">;
	tr: TFunction<"registrations">;
	language: string;
	/** Each offering's registrations per state, by offering id. */
	registrations: ReadonlyMap<string, StateCounts>;
	/** The offerings with unsaved changes. */
	unsaved: ReadonlySet<string>;
}): (row: MapRow) => RowTexts {
	const riskLabels = Object.fromEntries(risks.map((risk) => [risk, t(`risk.${risk}`)])) as Record<
		Risk,
		string
	>;
	const late = t("row.late");
	const unsavedTag = t("row.unsaved");
	const findings = new Map<number, string>();
	const findingsText = (count: number) => {
		let text = findings.get(count);
		if (text === undefined) {
			text = t("row.findings", { count });
			findings.set(count, text);
		}
		return text;
	};
	const summaryOf = (row: MapRow, note: string | undefined) => {
		const counts = registrations.get(row.offering.id);
		const kept = summaries.get(row.offering);
		if (kept && kept.language === language && kept.note === note && kept.counts === counts)
			return kept.text;
		const count = row.offering.findings.length;
		const text = rowSummary(t, language, row, {
			risk: riskLabels[row.risk],
			note,
			findings: count > 0 ? findingsText(count) : undefined,
			registrations: counts && t("row.registrations", { counts: countsText(tr, counts) }),
		});
		summaries.set(row.offering, { language, note, counts, text });
		return text;
	};
	return (row) => {
		const note = rowNote(t, language, row);
		const texts: RowTexts = {
			risk: riskLabels[row.risk],
			summary: summaryOf(row, note),
		};
		if (note) {
			const marker = row.blocker?.at ?? row.publicSpan.left;
			const clearAfter = row.course.left + row.course.width;
			texts.note = {
				text: note,
				placement: placeLabel({ marker, clearAfter, width: labelWidth(note) }),
			};
		}
		if (row.late) texts.late = late;
		if (unsaved.has(row.offering.id)) texts.unsaved = unsavedTag;
		return texts;
	};
}
