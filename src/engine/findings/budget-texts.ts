import type { FindingTexts } from "./context.ts";
import { count, exactPercent, money } from "./wording.ts";

/** NO_COMMUNICATION_BUDGET; amounts in `currency`, `share` the rule's minimum. */
export function noCommunicationTexts(p: {
	currency: string;
	costs: number;
	min: number;
	needed: number;
	share: number;
}): FindingTexts {
	return {
		message: `no communication costs in the budget: ${money(p.costs, p.currency)} of costs at ${count(p.min, "participant")}, none of it to reach learners`,
		suggestion: `add a communication line of at least ${money(p.needed, p.currency)} (${exactPercent(p.share)} of costs) for adverts, flyers and information events`,
		params: p,
	};
}

/** LOW_COMMUNICATION_BUDGET; `actualShare` as shown (shownShare), `share` the rule's minimum. */
export function lowCommunicationTexts(p: {
	currency: string;
	actualShare: number;
	min: number;
	communication: number;
	costs: number;
	share: number;
	needed: number;
}): FindingTexts {
	return {
		message:
			`communication is ${exactPercent(p.actualShare)} of costs at ${count(p.min, "participant")} ` +
			`(${money(p.communication, p.currency)} of ${money(p.costs, p.currency)}), below ${exactPercent(p.share)}`,
		suggestion: `raise communication to at least ${money(p.needed, p.currency)}`,
		params: p,
	};
}

/**
 * NEVER_BREAKS_EVEN: the fee does not cover the costs per participant (`breakEven` absent), or it
 * needs more participants than the maximum group.
 */
export function neverBreaksEvenTexts(p: {
	currency: string;
	fee: number;
	variableCost: number;
	breakEven?: number;
	max: number;
	fixedCosts: number;
	subsidy: number;
	neededFee: number;
	neededSubsidy: number;
}): FindingTexts {
	const reason =
		p.breakEven === undefined
			? `the fee of ${money(p.fee, p.currency)} does not cover the ${money(p.variableCost, p.currency)} of costs per participant`
			: `it needs ${count(p.breakEven, "participant")}, more than the maximum group of ${p.max}`;
	return {
		message: `never breaks even: ${reason} (fixed costs ${money(p.fixedCosts, p.currency)}, subsidy ${money(p.subsidy, p.currency)})`,
		suggestion: `raise the fee to at least ${money(p.neededFee, p.currency)}, find a subsidy of ${money(p.neededSubsidy, p.currency)}, or cut fixed costs`,
		params: { case: p.breakEven === undefined ? "feeTooLow" : "groupTooSmall", ...p },
	};
}

/** BELOW_BREAK_EVEN_AT_MIN. */
export function belowBreakEvenTexts(p: {
	currency: string;
	breakEven: number;
	min: number;
	loss: number;
	neededFee: number;
}): FindingTexts {
	return {
		message:
			`breaks even at ${count(p.breakEven, "participant")}, but the minimum group is ${p.min}: ` +
			`running with ${p.min} loses ${money(p.loss, p.currency)}`,
		suggestion: `raise the minimum group to ${p.breakEven}, or the fee to ${money(p.neededFee, p.currency)} so that it breaks even with ${count(p.min, "participant")}`,
		params: p,
	};
}
