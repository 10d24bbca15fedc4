import { budgetOverview } from "../engine/budget-overview.ts";
import type { BudgetOverview } from "../model/budget-overview.ts";
import type { ServiceContext } from "./context.ts";
import { plannedInstitution } from "./plans.ts";

/**
 * Every offering's budget by intake with the totals, from the saved plan: the figures of the
 * staff app's budget view (the same engine function), for its workbook.
 */
export async function budgetOfInstitution(
	context: ServiceContext,
	institutionId: string,
): Promise<BudgetOverview> {
	const { plan, report } = await plannedInstitution(context, institutionId);
	return budgetOverview(plan, report);
}
