import { communicationNeeded } from "../budget.ts";
import {
	belowBreakEvenTexts,
	lowCommunicationTexts,
	neverBreaksEvenTexts,
	noCommunicationTexts,
} from "./budget-texts.ts";
import { finding, type OfferingRule } from "./context.ts";
import { shownShare } from "./wording.ts";

/** NO_COMMUNICATION_BUDGET and LOW_COMMUNICATION_BUDGET: learners cannot hear of an unmarketed course. */
export const communicationBudget: OfferingRule = ({ offering, budget, rules }) => {
	const min = offering.participants.min;
	const share = rules.minCommunicationShare;
	const needed = communicationNeeded(budget, share);
	const { currency } = budget;
	if (budget.communicationAtMin === 0) {
		const texts = noCommunicationTexts({ currency, costs: budget.costsAtMin, min, needed, share });
		return [finding("NO_COMMUNICATION_BUDGET", "error", texts)];
	}
	if (budget.communicationShare >= share) return [];
	const texts = lowCommunicationTexts({
		currency,
		actualShare: shownShare(budget.communicationShare, share),
		min,
		communication: budget.communicationAtMin,
		costs: budget.costsAtMin,
		share,
		needed,
	});
	return [finding("LOW_COMMUNICATION_BUDGET", "warning", texts)];
};

/** NEVER_BREAKS_EVEN and BELOW_BREAK_EVEN_AT_MIN. */
export const breakEven: OfferingRule = ({ offering, budget }) => {
	const { min, max } = offering.participants;
	const breakEvenAt = budget.breakEvenParticipants;
	const { currency } = budget;
	const uncovered = budget.fixedCosts - budget.subsidy;
	const margin = budget.fee - budget.variableCostPerParticipant;
	const feeFor = (participants: number) =>
		Math.ceil(budget.variableCostPerParticipant + uncovered / participants);
	if (breakEvenAt === null || breakEvenAt > max) {
		const texts = neverBreaksEvenTexts({
			currency,
			fee: budget.fee,
			variableCost: budget.variableCostPerParticipant,
			...(breakEvenAt !== null && { breakEven: breakEvenAt }),
			max,
			fixedCosts: budget.fixedCosts,
			subsidy: budget.subsidy,
			neededFee: feeFor(max),
			neededSubsidy: Math.ceil(uncovered - max * margin),
		});
		return [finding("NEVER_BREAKS_EVEN", "error", texts)];
	}
	if (breakEvenAt <= min) return [];
	const texts = belowBreakEvenTexts({
		currency,
		breakEven: breakEvenAt,
		min,
		loss: Math.round(uncovered - min * margin),
		neededFee: feeFor(min),
	});
	return [finding("BELOW_BREAK_EVEN_AT_MIN", "warning", texts)];
};

export const budgetRules: readonly OfferingRule[] = [communicationBudget, breakEven];
