import type { TFunction } from "i18next";
import type { BlockerAnchor } from "../../../model/anchors.ts";
import { formatDate, formatDayMonth, formatPercent } from "../../lib/format.ts";
import type { ResolvedBlocker } from "./blockers.ts";
import type { IntakeLane, MapRow } from "./layout.ts";

type Texts = TFunction<"timingMap">;

const blockerKeys = {
	"intake.fullTimeGroupsConfirmed": "blocker.fullTimeGroups",
	"intake.admissionOpens": "blocker.admissionOpens",
	"intake.admissionCloses": "blocker.admissionCloses",
	"intake.studiesStart": "blocker.studiesStart",
	"decisionWindow.from": "blocker.windowOpens",
	"decisionWindow.to": "blocker.windowCloses",
	date: "blocker.date",
} as const satisfies Record<BlockerAnchor | "date", string>;

/** "waits for full-time groups, 25 Aug": what held publication back, and its date. */
export function blockerText(t: Texts, language: string, blocker: ResolvedBlocker): string {
	return t(blockerKeys[blocker.anchor], { date: formatDayMonth(blocker.date, language) });
}

/**
 * The words written on a row next to its marker: the blocker it waits for, or, for a course
 * that is late on its own, when it becomes public and how much of the window that leaves.
 */
export function rowNote(t: Texts, language: string, row: MapRow): string | undefined {
	if (row.blocker) return blockerText(t, language, row.blocker);
	if (!row.late) return undefined;
	return t("lateNote", {
		date: formatDayMonth(row.offering.publication, language),
		coverage: formatPercent(row.offering.decisionWindowCoverage, language),
	});
}

/** The parts of a row's summary that are not its dates, each already in words. */
export interface SummaryParts {
	risk: string;
	note?: string | undefined;
	/** "2 findings", when it has any. */
	findings?: string | undefined;
	registrations?: string | undefined;
}

/**
 * Everything the row's drawing shows, in words: its accessible name and its tooltip, ending
 * with its registrations per state when they are known.
 */
export function rowSummary(t: Texts, language: string, row: MapRow, parts: SummaryParts) {
	const { offering } = row;
	const date = (day: string) => formatDate(day, language);
	const words: string[] = [
		parts.risk,
		t("row.summary", {
			publication: date(offering.publication),
			start: date(offering.start),
			end: date(offering.end),
			from: date(offering.decisionWindow.from),
			to: date(offering.decisionWindow.to),
			coverage: formatPercent(offering.decisionWindowCoverage, language),
		}),
	];
	for (const part of [parts.note, parts.findings, parts.registrations]) if (part) words.push(part);
	return `${words.join(". ")}.`;
}

/** An intake's admission period, decision window and studies start, in words. */
export function laneSummary(t: Texts, language: string, lane: IntakeLane): string {
	const date = (day: string) => formatDate(day, language);
	const dates = {
		from: date(lane.intake.decisionWindow.from),
		to: date(lane.intake.decisionWindow.to),
		start: date(lane.intake.studiesStart),
	};
	const summary = lane.admission
		? t("lanes.summary", {
				...dates,
				opens: date(lane.admission.from),
				closes: date(lane.admission.to),
			})
		: t("lanes.noAdmission", dates);
	const confirmed = lane.fullTimeGroupsConfirmed;
	return confirmed
		? `${summary}; ${t("lanes.fullTimeGroups", { date: date(confirmed.date) })}`
		: summary;
}
