import { describe, expect, it } from "vitest";
import { healthyOffering, healthyPlan } from "../../test/fixtures/plans.ts";
import type { PlanFile } from "../model/plan-file.ts";
import { budgetOverview, budgetTotals, offeringBudget } from "./budget-overview.ts";
import { plan } from "./plan.ts";

/** Three offerings: two in the autumn intake (one with a subsidy), one in spring. */
function threeOfferings(): PlanFile {
	return {
		...healthyPlan(),
		offerings: [
			healthyOffering({
				id: "spring-cnc",
				title: "CNC",
				intake: "spring-2028",
				start: "2028-02-14",
				end: "2028-04-28",
			}),
			healthyOffering(),
			healthyOffering({
				id: "tig",
				title: "TIG welding",
				fee: { amount: 300, currency: "EUR" },
				subsidy: { amount: 1000, currency: "EUR" },
				participants: { min: 10, max: 12 },
				budget: [
					{ category: "teaching", amount: 3000 },
					{ category: "communication", amount: 20, per: "participant" },
					{ category: "premises", amount: 500 },
				],
			}),
		],
	};
}

describe("offeringBudget", () => {
	it("gives costs by category, revenue and result at the minimum and maximum group", () => {
		const budget = offeringBudget(healthyOffering(), "MIG/MAG");
		// Teaching 2,400 per course; materials 60 × 8 = 480 and 60 × 14 = 840; communication 300.
		expect(budget.costs.teaching).toEqual({ atMin: 2400, atMax: 2400 });
		expect(budget.costs.materials).toEqual({ atMin: 480, atMax: 840 });
		expect(budget.costs.communication).toEqual({ atMin: 300, atMax: 300 });
		expect(budget.costs.premises).toEqual({ atMin: 0, atMax: 0 });
		expect(budget.totalCosts).toEqual({ atMin: 3180, atMax: 3540 });
		// 450 × 8 = 3,600 and 450 × 14 = 6,300.
		expect(budget.revenue).toEqual({ atMin: 3600, atMax: 6300 });
		expect(budget.result).toEqual({ atMin: 420, atMax: 2760 });
		expect(budget.breakEvenParticipants).toBe(7);
		// 300 / 3,180 = 0.09434.
		expect(budget.communicationShare).toBe(0.0943);
	});

	it("counts the subsidy as revenue of the course, whatever the group", () => {
		const budget = offeringBudget(
			healthyOffering({ subsidy: { amount: 1000, currency: "EUR" } }),
			"MIG/MAG",
		);
		expect(budget.revenue).toEqual({ atMin: 4600, atMax: 7300 });
		expect(budget.result).toEqual({ atMin: 1420, atMax: 3760 });
	});

	it("keeps cents exact", () => {
		const budget = offeringBudget(
			healthyOffering({
				fee: { amount: 0.1, currency: "EUR" },
				participants: { min: 3, max: 3 },
				budget: [
					{ category: "other", amount: 0.1 },
					{ category: "other", amount: 0.2 },
				],
			}),
			"Cents",
		);
		expect(budget.totalCosts.atMin).toBe(0.3);
		expect(budget.result.atMin).toBe(0);
	});
});

describe("budgetOverview", () => {
	it("groups offerings by intake in the report's order, with totals per intake and overall", () => {
		const input = threeOfferings();
		const overview = budgetOverview(input, plan(input, { holidays: [], language: "en" }));
		expect(overview.intakes.map((intake) => intake.label)).toEqual(["Autumn 2027", "Spring 2028"]);
		const [autumn] = overview.intakes;
		expect(autumn?.offerings.map((offering) => offering.title)).toEqual([
			"MIG/MAG welding basics",
			"TIG welding",
		]);
		// TIG: teaching 3,000 + premises 500 + communication 20 × 10 = 3,700 (× 12: 3,740);
		// revenue 300 × 10 + 1,000 = 4,000 (× 12: 4,600).
		const [totals] = autumn?.totals ?? [];
		expect(totals?.offerings).toBe(2);
		expect(totals?.totalCosts).toEqual({ atMin: 3180 + 3700, atMax: 3540 + 3740 });
		expect(totals?.revenue).toEqual({ atMin: 3600 + 4000, atMax: 6300 + 4600 });
		expect(totals?.result).toEqual({ atMin: 420 + 300, atMax: 2760 + 860 });
		expect(totals?.costs.communication).toEqual({ atMin: 300 + 200, atMax: 300 + 240 });
		// 500 / 6,880 = 0.07267.
		expect(totals?.communicationShare).toBe(0.0727);
		expect(overview.totals).toHaveLength(1);
		expect(overview.totals[0]?.offerings).toBe(3);
		expect(overview.totals[0]?.totalCosts.atMin).toBe(3180 + 3700 + 3180);
	});

	it("puts offerings in no intake last, and skips intakes without offerings", () => {
		const input = threeOfferings();
		const { intake: _, ...loose } = healthyOffering({ id: "loose" });
		input.offerings = [loose, healthyOffering()];
		const overview = budgetOverview(input, plan(input, { holidays: [] }));
		expect(overview.intakes.map((intake) => intake.intake)).toEqual(["autumn-2027", null]);
	});

	it("keeps one total per currency", () => {
		const totals = budgetTotals([
			offeringBudget(healthyOffering(), "A"),
			offeringBudget(healthyOffering({ fee: { amount: 450, currency: "USD" } }), "B"),
			offeringBudget(healthyOffering(), "C"),
		]);
		expect(totals.map((total) => [total.currency, total.offerings])).toEqual([
			["EUR", 2],
			["USD", 1],
		]);
	});
});
