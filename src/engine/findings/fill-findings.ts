import { finding, type OfferingRule } from "./context.ts";
import { fillAtRiskTexts } from "./fill-texts.ts";
import { intakeName } from "./wording.ts";

/**
 * FILL_AT_RISK: the forecast gives the minimum group less than `minFillProbability` of a
 * chance. Offerings without a forecast (no counts, started, cancelled, too early) have none.
 */
export const fillAtRisk: OfferingRule = ({ forecast, offering, rules, nextIntake, text }) => {
	if (!forecast || forecast.figures.probabilityMinReached >= rules.minFillProbability) return [];
	const { figures, curve } = forecast;
	const texts = fillAtRiskTexts({
		current: figures.current,
		min: offering.participants.min,
		daysBeforeStart: forecast.daysBeforeStart,
		start: offering.start,
		pastOfferings: curve.pastOfferings,
		share: Math.round(curve.share * 100) / 100,
		expected: figures.expectedFinal,
		low: figures.low,
		high: figures.high,
		probability: figures.probabilityMinReached,
		nextIntake: nextIntake && intakeName(nextIntake, text),
	});
	return [finding("FILL_AT_RISK", "warning", texts)];
};
