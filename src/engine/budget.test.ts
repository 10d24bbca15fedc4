import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { healthyOffering } from "../../test/fixtures/plans.ts";
import { budgetOf } from "./budget.ts";

describe("budget", () => {
	it("computes break-even from fixed and per-participant costs", () => {
		// (2,400 + 300) / (450 − 60) = 6.92 → 7 participants.
		const figures = budgetOf(healthyOffering());
		expect(figures.breakEvenParticipants).toBe(7);
		expect(figures.fixedCosts).toBe(2700);
		expect(figures.variableCostPerParticipant).toBe(60);
		expect(figures.costsAtMin).toBe(2700 + 8 * 60);
	});

	it("subtracts the subsidy from the fixed costs", () => {
		const figures = budgetOf(healthyOffering({ subsidy: { amount: 1530, currency: "EUR" } }));
		expect(figures.breakEvenParticipants).toBe(3);
		expect(
			budgetOf(healthyOffering({ subsidy: { amount: 5000, currency: "EUR" } }))
				.breakEvenParticipants,
		).toBe(0);
	});

	it("never breaks even when the fee does not cover the per-participant cost", () => {
		expect(
			budgetOf(healthyOffering({ fee: { amount: 60, currency: "EUR" } })).breakEvenParticipants,
		).toBeNull();
	});

	it("breaks even for a free course whose subsidy pays for its group, and not beyond that group", () => {
		// €3,200 of subsidy against €2,700 of teaching and €20 a participant: enough for up to 25.
		const course = (min: number) =>
			healthyOffering({
				fee: { amount: 0, currency: "EUR" },
				subsidy: { amount: 3200, currency: "EUR" },
				participants: { min, max: min + 6 },
				budget: [
					{ category: "teaching", amount: 2700 },
					{ category: "materials", amount: 20, per: "participant" },
				],
			});
		expect(budgetOf(course(10)).breakEvenParticipants).toBe(0);
		expect(budgetOf(course(25)).breakEvenParticipants).toBe(0);
		expect(budgetOf(course(26)).breakEvenParticipants).toBeNull();
	});

	it("gives the communication share at the minimum group size", () => {
		const figures = budgetOf(
			healthyOffering({
				budget: [
					{ category: "teaching", amount: 2000 },
					{ category: "communication", amount: 100 },
					{ category: "communication", amount: 10, per: "participant" },
					{ category: "materials", amount: 50, per: "participant" },
				],
			}),
		);
		// Communication 100 + 8 × 10 = 180 of 2,000 + 100 + 8 × 60 = 2,580: 0.069767…, to 4 decimals.
		expect(figures.communicationAtMin).toBe(180);
		expect(figures.communicationShare).toBe(0.0698);
	});

	it("has no share and no costs without a budget", () => {
		const figures = budgetOf(healthyOffering({ budget: [] }));
		expect(figures.communicationShare).toBe(0);
		expect(figures.breakEvenParticipants).toBe(0);
	});

	it("break-even is the smallest group whose fees cover the costs", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 20_000 }),
				fc.integer({ min: 0, max: 300 }),
				fc.integer({ min: 1, max: 2_000 }),
				(fixed, perParticipant, fee) => {
					const figures = budgetOf(
						healthyOffering({
							fee: { amount: fee, currency: "EUR" },
							budget: [
								{ category: "teaching", amount: fixed },
								{ category: "materials", amount: perParticipant, per: "participant" },
							],
						}),
					);
					const n = figures.breakEvenParticipants;
					if (n === null) {
						expect(fee).toBeLessThanOrEqual(perParticipant);
						return;
					}
					expect(n * (fee - perParticipant)).toBeGreaterThanOrEqual(fixed);
					if (n > 0) expect((n - 1) * (fee - perParticipant)).toBeLessThan(fixed);
				},
			),
		);
	});
});
