import { communicationNeeded } from "../budget.ts";
import { finding, type OfferingRule } from "./context.ts";
import { exactPercent, money, percent } from "./wording.ts";

/** NO_COMMUNICATION_BUDGET and LOW_COMMUNICATION_BUDGET: learners cannot hear of an unmarketed course. */
export const communicationBudget: OfferingRule = ({ offering, budget, rules }) => {
	const min = offering.participants.min;
	const share = rules.minCommunicationShare;
	const needed = communicationNeeded(budget, share);
	if (budget.communicationAtMin === 0) {
		return [
			finding(
				"NO_COMMUNICATION_BUDGET",
				"error",
				`no communication costs in the budget: ${money(budget.costsAtMin, budget.currency)} of costs at ${min} participants, none of it to reach learners`,
				`add a communication line of at least ${money(needed, budget.currency)} (${exactPercent(share)} of costs) for adverts, flyers and information events`,
			),
		];
	}
	if (budget.communicationShare >= share) return [];
	return [
		finding(
			"LOW_COMMUNICATION_BUDGET",
			"warning",
			`communication is ${percent(budget.communicationShare, share)} of costs at ${min} participants ` +
				`(${money(budget.communicationAtMin, budget.currency)} of ${money(budget.costsAtMin, budget.currency)}), below ${exactPercent(share)}`,
			`raise communication to at least ${money(needed, budget.currency)}`,
		),
	];
};

/** NEVER_BREAKS_EVEN and BELOW_BREAK_EVEN_AT_MIN. */
export const breakEven: OfferingRule = ({ offering, budget }) => {
	const { min, max } = offering.participants;
	const breakEvenAt = budget.breakEvenParticipants;
	const { currency } = budget;
	const uncovered = budget.fixedCosts - budget.subsidy;
	const feeFor = (participants: number) =>
		Math.ceil(budget.variableCostPerParticipant + uncovered / participants);
	if (breakEvenAt === null || breakEvenAt > max) {
		const reason =
			breakEvenAt === null
				? `the fee of ${money(budget.fee, currency)} does not cover the ${money(budget.variableCostPerParticipant, currency)} of costs per participant`
				: `it needs ${breakEvenAt} participants, more than the maximum group of ${max}`;
		return [
			finding(
				"NEVER_BREAKS_EVEN",
				"error",
				`never breaks even: ${reason} (fixed costs ${money(budget.fixedCosts, currency)}, subsidy ${money(budget.subsidy, currency)})`,
				`raise the fee to at least ${money(feeFor(max), currency)}, find a subsidy of ${money(Math.ceil(uncovered - max * (budget.fee - budget.variableCostPerParticipant)), currency)}, or cut fixed costs`,
			),
		];
	}
	if (breakEvenAt <= min) return [];
	return [
		finding(
			"BELOW_BREAK_EVEN_AT_MIN",
			"warning",
			`breaks even at ${breakEvenAt} participants, but the minimum group is ${min}: ` +
				`running with ${min} loses ${money(Math.round(uncovered - min * (budget.fee - budget.variableCostPerParticipant)), currency)}`,
			`raise the minimum group to ${breakEvenAt}, or the fee to ${money(feeFor(min), currency)} so that ${min} participants break even`,
		),
	];
};

export const budgetRules: readonly OfferingRule[] = [communicationBudget, breakEven];
