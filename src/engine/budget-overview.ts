import type {
	AtGroupSizes,
	BudgetCategory,
	BudgetOverview,
	BudgetTotals,
	CostsByCategory,
	IntakeBudget,
	OfferingBudget,
} from "../model/budget-overview.ts";
import { budgetCategories, type Offering } from "../model/offering.ts";
import type { PlanFile } from "../model/plan-file.ts";
import type { PlanReport } from "../model/report.ts";
import { budgetOf } from "./budget.ts";
import { roundShare } from "./share.ts";

// Amounts are summed in cents, as budgetOf does, so that totals never drift by a cent.
const cents = (amount: number) => Math.round(amount * 100);
const euros = (amountInCents: number) => amountInCents / 100;

const zero = (): AtGroupSizes => ({ atMin: 0, atMax: 0 });

function emptyCosts(): CostsByCategory {
	return Object.fromEntries(budgetCategories.map((category) => [category, zero()])) as Record<
		BudgetCategory,
		AtGroupSizes
	>;
}

function mapCosts(costs: CostsByCategory, change: (amount: AtGroupSizes) => AtGroupSizes) {
	return Object.fromEntries(
		budgetCategories.map((category) => [category, change(costs[category])]),
	) as CostsByCategory;
}

const both = (amount: AtGroupSizes, change: (value: number) => number): AtGroupSizes => ({
	atMin: change(amount.atMin),
	atMax: change(amount.atMax),
});

/**
 * One offering's costs by category, revenue and result at its minimum and maximum group, with
 * the engine's break-even and communication share (`budgetOf`).
 */
export function offeringBudget(offering: Offering, title: string): OfferingBudget {
	const figures = budgetOf(offering);
	const { min, max } = offering.participants;
	const costs = emptyCosts();
	for (const line of offering.budget ?? []) {
		const amount = cents(line.amount);
		const perParticipant = line.per === "participant";
		costs[line.category].atMin += perParticipant ? amount * min : amount;
		costs[line.category].atMax += perParticipant ? amount * max : amount;
	}
	const totalCosts = zero();
	for (const category of budgetCategories) {
		totalCosts.atMin += costs[category].atMin;
		totalCosts.atMax += costs[category].atMax;
	}
	const fee = cents(figures.fee);
	const subsidy = cents(figures.subsidy);
	const revenue = { atMin: fee * min + subsidy, atMax: fee * max + subsidy };
	return {
		id: offering.id,
		title,
		intake: offering.intake ?? null,
		currency: figures.currency,
		fee: figures.fee,
		subsidy: figures.subsidy,
		participants: { min, max },
		costs: mapCosts(costs, (amount) => both(amount, euros)),
		totalCosts: both(totalCosts, euros),
		revenue: both(revenue, euros),
		result: {
			atMin: euros(revenue.atMin - totalCosts.atMin),
			atMax: euros(revenue.atMax - totalCosts.atMax),
		},
		breakEvenParticipants: figures.breakEvenParticipants,
		communicationShare: figures.communicationShare,
	};
}

/** The sums of offerings' budgets, one per currency (in the order the currencies first appear). */
export function budgetTotals(offerings: readonly OfferingBudget[]): BudgetTotals[] {
	const byCurrency = new Map<string, OfferingBudget[]>();
	for (const offering of offerings) {
		const list = byCurrency.get(offering.currency) ?? [];
		list.push(offering);
		byCurrency.set(offering.currency, list);
	}
	return [...byCurrency].map(([currency, list]) => {
		const sum = (pick: (offering: OfferingBudget) => AtGroupSizes): AtGroupSizes => ({
			atMin: euros(list.reduce((total, offering) => total + cents(pick(offering).atMin), 0)),
			atMax: euros(list.reduce((total, offering) => total + cents(pick(offering).atMax), 0)),
		});
		const costs = emptyCosts();
		for (const category of budgetCategories)
			costs[category] = sum((offering) => offering.costs[category]);
		const totalCosts = sum((offering) => offering.totalCosts);
		return {
			currency,
			offerings: list.length,
			costs,
			totalCosts,
			revenue: sum((offering) => offering.revenue),
			result: sum((offering) => offering.result),
			communicationShare:
				totalCosts.atMin > 0 ? roundShare(costs.communication.atMin / totalCosts.atMin) : 0,
		};
	});
}

/**
 * Every offering's budget grouped by intake, in the report's intake order (offerings in no
 * intake last), with totals per intake and overall. Titles and intake labels come from the
 * report, so they are in its language.
 */
export function budgetOverview(plan: PlanFile, report: PlanReport): BudgetOverview {
	const titles = new Map(report.offerings.map((offering) => [offering.id, offering.title]));
	const budgets = plan.offerings.map((offering) =>
		offeringBudget(offering, titles.get(offering.id) ?? offering.id),
	);
	const groups: { intake: string | null; label: string | null }[] = [
		...report.intakes.map((intake) => ({ intake: intake.id, label: intake.label })),
		{ intake: null, label: null },
	];
	const known = new Set(report.intakes.map((intake) => intake.id));
	const intakes: IntakeBudget[] = groups.flatMap(({ intake, label }) => {
		const offerings = budgets.filter((budget) =>
			intake === null
				? budget.intake === null || !known.has(budget.intake)
				: budget.intake === intake,
		);
		if (offerings.length === 0) return [];
		return [{ intake, label, offerings, totals: budgetTotals(offerings) }];
	});
	return { intakes, totals: budgetTotals(budgets) };
}
