import type {
	AtGroupSizes,
	BudgetCategory,
	CostsByCategory,
	OfferingBudget,
} from "../../../model/budget-overview.ts";
import { budgetCategories } from "../../../model/offering.ts";

/** A category with costs, and whether they grow with the group. */
export interface CategoryLine extends AtGroupSizes {
	category: BudgetCategory;
	perParticipant: boolean;
}

/** The categories that have costs, in `budgetCategories` order. */
export function categoryLines(costs: CostsByCategory): CategoryLine[] {
	return budgetCategories.flatMap((category) => {
		const { atMin, atMax } = costs[category];
		if (atMin === 0 && atMax === 0) return [];
		return [{ category, atMin, atMax, perParticipant: atMin !== atMax }];
	});
}

/** Where an offering's break-even falls against its group size. */
export type BreakEvenStanding = "within" | "aboveMin" | "aboveMax" | "never";

export function breakEvenStanding(
	budget: Pick<OfferingBudget, "breakEvenParticipants" | "participants">,
): BreakEvenStanding {
	const { breakEvenParticipants: needed, participants } = budget;
	if (needed === null) return "never";
	if (needed > participants.max) return "aboveMax";
	if (needed > participants.min) return "aboveMin";
	return "within";
}
