import type { FindingTexts } from "./context.ts";
import { count, exactPercent } from "./wording.ts";

/**
 * FILL_AT_RISK. `share` and `probability` are at 2 decimals as the text shows them;
 * `pastOfferings` is 0 when the default curve made the forecast (`case: "default"`).
 */
export function fillAtRiskTexts(p: {
	current: number;
	min: number;
	daysBeforeStart: number;
	start: string;
	pastOfferings: number;
	share: number;
	expected: number;
	low: number;
	high: number;
	probability: number;
	nextIntake: string | undefined;
}): FindingTexts {
	const { nextIntake, ...figures } = p;
	const curve =
		p.pastOfferings > 0
			? `${p.pastOfferings} past offerings had ${exactPercent(p.share)} of their final count by then`
			: `by the default curve (too little history), courses have ${exactPercent(p.share)} of their final count by then`;
	const next = nextIntake
		? `move the course to the next intake, ${nextIntake}`
		: "move the course to the next intake";
	const needed = p.min - p.current;
	return {
		message:
			`${p.current} of a minimum ${p.min}, ${count(p.daysBeforeStart, "day")} before the start on ${p.start}; ` +
			`${curve}; expected ${p.expected} (${p.low}–${p.high}), a ${exactPercent(p.probability)} chance of reaching ${p.min}`,
		suggestion:
			`find ${count(needed, "more participant")}: run a campaign to the people who showed interest, ` +
			`ask a partner employer to send staff, or ${next}`,
		params: {
			case: p.pastOfferings > 0 ? "history" : "default",
			...figures,
			needed,
			next: nextIntake === undefined ? "unknown" : "named",
			...(nextIntake !== undefined && { nextIntake }),
		},
	};
}
