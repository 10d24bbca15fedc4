import type { OfferingReport } from "../../../model/report.ts";

export const figureKeys = [
	"intake",
	"dates",
	"publication",
	"leadTime",
	"coverage",
	"breakEven",
	"communicationShare",
	"group",
] as const;
export type FigureKey = (typeof figureKeys)[number];

/** How each kind of value reads, in the reader's language. */
export interface FigureFormat {
	intake(id: string | null): string;
	range(from: string, to: string): string;
	date(iso: string): string;
	days(count: number): string;
	percent(share: number): string;
	participants(count: number | null): string;
	group(min: number, max: number): string;
}

/** One figure of an offering as shown, with its saved value when the preview changed it. */
export interface Figure {
	key: FigureKey;
	value: string;
	saved?: string;
}

function textsOf(offering: OfferingReport, format: FigureFormat): Record<FigureKey, string> {
	return {
		intake: format.intake(offering.intake),
		dates: format.range(offering.start, offering.end),
		publication: format.date(offering.publication),
		leadTime: format.days(offering.leadTimeDays),
		coverage: format.percent(offering.decisionWindowCoverage),
		breakEven: format.participants(offering.breakEvenParticipants),
		communicationShare: format.percent(offering.communicationShare),
		group: format.group(offering.participants.min, offering.participants.max),
	};
}

/**
 * The offering's key figures in the preview, each with the saved report's value beside it when
 * the two read differently (so a change shows as before → after). A new offering has no saved one.
 */
export function figuresOf(
	preview: OfferingReport,
	saved: OfferingReport | undefined,
	format: FigureFormat,
): Figure[] {
	const now = textsOf(preview, format);
	const before = saved && textsOf(saved, format);
	return figureKeys.map((key) => {
		const was = before?.[key];
		return was === undefined || was === now[key]
			? { key, value: now[key] }
			: { key, value: now[key], saved: was };
	});
}
