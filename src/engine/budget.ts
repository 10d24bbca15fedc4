import type { Offering } from "../model/offering.ts";
import { roundShare } from "./share.ts";

/** An offering's economics, in the fee's currency, at its minimum group size unless stated. */
export interface BudgetFigures {
	currency: string;
	fee: number;
	/** Per-course costs. */
	fixedCosts: number;
	/** Per-participant costs, for one participant. */
	variableCostPerParticipant: number;
	subsidy: number;
	/** All costs at the minimum group size. */
	costsAtMin: number;
	/** Communication costs at the minimum group size. */
	communicationAtMin: number;
	/** communicationAtMin / costsAtMin, in [0, 1] to 4 decimals (`roundShare`); 0 when there are no costs. */
	communicationShare: number;
	/**
	 * ceil((fixed − subsidy) / (fee − variable)); 0 when the subsidy covers the fixed costs (and,
	 * where a participant costs more than the fee, the rest of the subsidy the minimum group's);
	 * null when no group size ever breaks even.
	 */
	breakEvenParticipants: number | null;
}

// Amounts are summed in cents so that 0.1 + 0.2 style errors never change a ceiling.
const cents = (amount: number) => Math.round(amount * 100);

/** Break-even and communication share (docs/rules.md), from the budget lines, fee and subsidy. */
export function budgetOf(offering: Offering): BudgetFigures {
	const min = offering.participants.min;
	let fixed = 0;
	let variable = 0;
	let communicationFixed = 0;
	let communicationVariable = 0;
	for (const line of offering.budget ?? []) {
		const amount = cents(line.amount);
		const perParticipant = line.per === "participant";
		if (perParticipant) variable += amount;
		else fixed += amount;
		if (line.category === "communication") {
			if (perParticipant) communicationVariable += amount;
			else communicationFixed += amount;
		}
	}
	const fee = cents(offering.fee.amount);
	const subsidy = cents(offering.subsidy?.amount ?? 0);
	const costsAtMin = fixed + variable * min;
	const communicationAtMin = communicationFixed + communicationVariable * min;
	return {
		currency: offering.fee.currency,
		fee: fee / 100,
		fixedCosts: fixed / 100,
		variableCostPerParticipant: variable / 100,
		subsidy: subsidy / 100,
		costsAtMin: costsAtMin / 100,
		communicationAtMin: communicationAtMin / 100,
		communicationShare: costsAtMin > 0 ? roundShare(communicationAtMin / costsAtMin) : 0,
		breakEvenParticipants: breakEven(fixed - subsidy, fee - variable, min),
	};
}

/**
 * The smallest whole communication amount c, in the fee's currency, with c / (other costs + c) at
 * least `share` (the other costs at the minimum group size held as they are): what the
 * communication rules ask for. `share` is below 1. At least 1, as a budget of no costs at all has
 * no share of them, and nothing budgeted reaches no learner.
 */
export function communicationNeeded(budget: BudgetFigures, share: number): number {
	const otherCosts = budget.costsAtMin - budget.communicationAtMin;
	return Math.max(1, Math.ceil((share * otherCosts) / (1 - share)));
}

/**
 * The communication costs budgeted for a group of `participants`, in the fee's currency: the
 * per-course communication lines plus the per-participant ones times the group. Undefined when
 * the budget has no communication line, so that "nothing budgeted" is not read as "nothing spent".
 */
export function communicationCostsAt(offering: Offering, participants: number): number | undefined {
	const lines = (offering.budget ?? []).filter((line) => line.category === "communication");
	if (lines.length === 0) return undefined;
	let total = 0;
	for (const line of lines)
		total += cents(line.amount) * (line.per === "participant" ? participants : 1);
	return total / 100;
}

/**
 * The smallest group that covers the costs: 0 when the subsidy covers the fixed costs. Where
 * each participant costs more than the fee brings, a subsidy that covers the fixed costs pays
 * for a group up to some size: 0 when the minimum group is within it, else none, as is a course
 * with costs left to cover that no participant's fee adds to.
 */
function breakEven(uncovered: number, marginPerParticipant: number, min: number): number | null {
	if (marginPerParticipant < 0)
		return uncovered <= 0 && marginPerParticipant * min - uncovered >= 0 ? 0 : null;
	if (uncovered <= 0) return 0;
	if (marginPerParticipant === 0) return null;
	return Math.ceil(uncovered / marginPerParticipant);
}
