import type { Analysis, GroupFill, OfferingAtRisk } from "../model/analysis.ts";
import type { AnalysisWords } from "./analysis-format.ts";

/**
 * A table of the analysis as words: its header and its rows of cells, and which columns hold
 * numbers. The HTML page and the terminal lay the same table out each their own way.
 */
export interface WordTable {
	header: string[];
	rows: string[][];
	/** The columns that hold numbers (right-aligned on a page). */
	numbers: number[];
}

/**
 * Fill by group (field or intake), its groups named in a column headed `heading`; the groups
 * past the first summed as "7 other groups".
 */
export function groupFillTable(
	groups: readonly GroupFill[],
	heading: string,
	words: AnalysisWords,
): WordTable {
	const t = (key: string) => words.t(`analysis.column.${key}`);
	return {
		header: [heading, t("n"), t("fill"), t("interval")],
		rows: groups.map((group) => [
			group.otherGroups === undefined
				? group.label
				: words.t("analysis.otherGroups", { count: group.otherGroups }),
			String(group.n),
			words.optionalShare(group.mean),
			words.interval(group.low, group.high),
		]),
		numbers: [1, 2],
	};
}

/** The registrations by channel, with each channel's share; the channels past the first summed as "143 other channels". */
export function channelTable(channels: Analysis["byChannel"], words: AnalysisWords): WordTable {
	const t = (key: string) => words.t(`analysis.column.${key}`);
	return {
		header: [t("channel"), t("registrations"), t("share")],
		rows: channels.map((channel) => [
			channel.otherChannels === undefined
				? channel.channel
				: words.t("analysis.otherChannels", { count: channel.otherChannels }),
			String(channel.registrations),
			words.share(channel.share),
		]),
		numbers: [1, 2],
	};
}

/**
 * This year's offerings at risk: each one's intake, timing, expected fill with the range of one
 * offering timed so, the share its minimum group needs and what puts it at risk; the offering
 * named by `nameOf`.
 */
export function atRiskTable(
	offerings: readonly OfferingAtRisk[],
	words: AnalysisWords,
	nameOf: (offering: OfferingAtRisk) => string,
): WordTable {
	const t = (key: string) => words.t(`analysis.${key}`);
	return {
		header: [
			t("column.offering"),
			t("column.intake"),
			t("column.leadTime"),
			t("column.coverage"),
			t("column.expectedFill"),
			t("column.minimum"),
			t("column.by"),
		],
		rows: offerings.map((offering) => [
			nameOf(offering),
			offering.intake ?? t("none"),
			words.weeks(offering.leadTimeDays),
			words.share(offering.coverage),
			words.expectedFill(offering.expectedFill),
			words.share(offering.minimum / offering.places),
			t(`by.${offering.by}`),
		]),
		numbers: [2, 3, 5],
	};
}
