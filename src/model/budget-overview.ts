import type { budgetCategories } from "./offering.ts";

export type BudgetCategory = (typeof budgetCategories)[number];

/** An amount at the minimum and at the maximum group size of an offering. */
export interface AtGroupSizes {
	atMin: number;
	atMax: number;
}

/** Costs of every category (in `budgetCategories` order), zero where nothing is budgeted. */
export type CostsByCategory = Record<BudgetCategory, AtGroupSizes>;

/**
 * One offering's budget as the staff app's budget view and its workbook show it, in the fee's
 * currency: per-course lines as they are, per-participant lines times the group size.
 */
export interface OfferingBudget {
	id: string;
	title: string;
	intake: string | null;
	currency: string;
	fee: number;
	/** A per-course amount that covers part of the costs (docs/rules.md). */
	subsidy: number;
	participants: { min: number; max: number };
	costs: CostsByCategory;
	totalCosts: AtGroupSizes;
	/** Fee × participants + subsidy. */
	revenue: AtGroupSizes;
	/** Revenue − costs: negative is a loss. */
	result: AtGroupSizes;
	/** The engine's figure (`budgetOf`): null when no group size breaks even. */
	breakEvenParticipants: number | null;
	/** The engine's figure: communication costs / all costs at the minimum group. */
	communicationShare: number;
}

/** The sums of several offerings' budgets in one currency. */
export interface BudgetTotals {
	currency: string;
	offerings: number;
	costs: CostsByCategory;
	totalCosts: AtGroupSizes;
	revenue: AtGroupSizes;
	result: AtGroupSizes;
	/** Communication costs / all costs, both summed at the minimum groups; 0 without costs. */
	communicationShare: number;
}

/** The offerings of one intake (null: those in no intake) and their totals, one per currency. */
export interface IntakeBudget {
	intake: string | null;
	label: string | null;
	offerings: OfferingBudget[];
	totals: BudgetTotals[];
}

/** Every offering's budget by intake, in the report's intake order, and the overall totals. */
export interface BudgetOverview {
	intakes: IntakeBudget[];
	totals: BudgetTotals[];
}
