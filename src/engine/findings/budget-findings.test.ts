import { describe, expect, it } from "vitest";
import { codes, onlyFinding } from "../../../test/fixtures/findings.ts";
import { healthyOffering, planWith } from "../../../test/fixtures/plans.ts";

const teachingAndMaterials =
	healthyOffering().budget?.filter((line) => line.category !== "communication") ?? [];

describe("NO_COMMUNICATION_BUDGET", () => {
	it("is an error when nothing is budgeted to reach learners", () => {
		const found = onlyFinding(
			planWith({ budget: teachingAndMaterials }),
			"NO_COMMUNICATION_BUDGET",
		);
		expect(found.severity).toBe("error");
		expect(found.message).toBe(
			"no communication costs in the budget: 2,880 EUR of costs at 8 participants, none of it to reach learners",
		);
		// 5% of the total: c / (2,880 + c) = 0.05 → c = 151.58 → 152.
		expect(found.suggestion).toContain("at least 152 EUR");
	});

	it("counts a minimum group of one as 1 participant", () => {
		const found = onlyFinding(
			planWith({ participants: { min: 1, max: 14 }, budget: teachingAndMaterials }),
			"NO_COMMUNICATION_BUDGET",
		);
		expect(found.message).toBe(
			"no communication costs in the budget: 2,460 EUR of costs at 1 participant, none of it to reach learners",
		);
	});

	it("asks for at least 1 of the currency when the budget has no costs at all", () => {
		const found = onlyFinding(planWith({ budget: [] }), "NO_COMMUNICATION_BUDGET");
		expect(found.suggestion).toBe(
			"add a communication line of at least 1 EUR (5% of costs) for adverts, flyers and information events",
		);
	});
});

describe("LOW_COMMUNICATION_BUDGET", () => {
	it("warns below 5% of costs at the minimum group", () => {
		const plan = planWith({
			budget: [...teachingAndMaterials, { category: "communication", amount: 100 }],
		});
		const found = onlyFinding(plan, "LOW_COMMUNICATION_BUDGET");
		expect(found.severity).toBe("warning");
		expect(found.message).toBe(
			"communication is 3% of costs at 8 participants (100 EUR of 2,980 EUR), below 5%",
		);
		expect(found.suggestion).toBe("raise communication to at least 152 EUR");
		const enough = planWith({
			budget: [...teachingAndMaterials, { category: "communication", amount: 152 }],
		});
		expect(codes(enough)).not.toContain("LOW_COMMUNICATION_BUDGET");
	});
});

describe("BELOW_BREAK_EVEN_AT_MIN", () => {
	it("warns when the minimum group loses money but a full group does not", () => {
		// 2,700 / (350 − 60) = 9.3 → 10 participants; the minimum is 8.
		const found = onlyFinding(
			planWith({ fee: { amount: 350, currency: "EUR" } }),
			"BELOW_BREAK_EVEN_AT_MIN",
		);
		expect(found.severity).toBe("warning");
		expect(found.message).toBe(
			"breaks even at 10 participants, but the minimum group is 8: running with 8 loses 380 EUR",
		);
		expect(found.suggestion).toBe(
			"raise the minimum group to 10, or the fee to 398 EUR so that it breaks even with 8 participants",
		);
	});

	it("counts a minimum group of one as 1 participant", () => {
		// (2,400 + 50) / (350 − 60) = 8.4 → 9 participants; the minimum is 1.
		const plan = planWith({
			participants: { min: 1, max: 14 },
			fee: { amount: 350, currency: "EUR" },
			budget: [...teachingAndMaterials, { category: "communication", amount: 50 }],
		});
		const found = onlyFinding(plan, "BELOW_BREAK_EVEN_AT_MIN");
		expect(found.message).toBe(
			"breaks even at 9 participants, but the minimum group is 1: running with 1 loses 2,160 EUR",
		);
		expect(found.suggestion).toBe(
			"raise the minimum group to 9, or the fee to 2,510 EUR so that it breaks even with 1 participant",
		);
		expect(onlyFinding(plan, "LOW_COMMUNICATION_BUDGET").message).toBe(
			"communication is 2% of costs at 1 participant (50 EUR of 2,510 EUR), below 5%",
		);
	});
});

describe("NEVER_BREAKS_EVEN", () => {
	it("is an error when even a full group does not cover the costs", () => {
		// 2,700 / (200 − 60) = 19.3 → 20 participants; the maximum is 14.
		const found = onlyFinding(
			planWith({ fee: { amount: 200, currency: "EUR" } }),
			"NEVER_BREAKS_EVEN",
		);
		expect(found.severity).toBe("error");
		expect(found.message).toContain("it needs 20 participants, more than the maximum group of 14");
		expect(found.suggestion).toContain("raise the fee to at least 253 EUR");
		expect(found.suggestion).toContain("subsidy of 740 EUR");
		expect(codes(planWith({ fee: { amount: 200, currency: "EUR" } }))).not.toContain(
			"BELOW_BREAK_EVEN_AT_MIN",
		);
	});

	it("is not found for a free course whose subsidy pays for its whole group", () => {
		// €3,200 of subsidy against €2,800 of teaching and communication and €20 a participant.
		const free = planWith({
			fee: { amount: 0, currency: "EUR" },
			subsidy: { amount: 3200, currency: "EUR" },
			participants: { min: 10, max: 16 },
			budget: [
				{ category: "teaching", amount: 2700 },
				{ category: "materials", amount: 20, per: "participant" },
				{ category: "communication", amount: 100 },
			],
		});
		expect(codes(free)).not.toContain("NEVER_BREAKS_EVEN");
		expect(codes(free)).not.toContain("BELOW_BREAK_EVEN_AT_MIN");
	});

	it("asks a free course whose subsidy pays for too small a group for a fee or more subsidy", () => {
		const found = onlyFinding(
			planWith({
				fee: { amount: 0, currency: "EUR" },
				subsidy: { amount: 3200, currency: "EUR" },
				participants: { min: 30, max: 36 },
				budget: [
					{ category: "teaching", amount: 2700 },
					{ category: "materials", amount: 20, per: "participant" },
				],
			}),
			"NEVER_BREAKS_EVEN",
		);
		// At 36: 3,200 − 2,700 − 36 × (20 − fee) ≥ 0 takes a fee of 7 EUR, or 220 EUR more subsidy.
		expect(found.suggestion).toContain("raise the fee to at least 7 EUR");
		expect(found.suggestion).toContain("subsidy of 220 EUR");
	});

	it("is an error when the fee does not cover the per-participant cost", () => {
		const found = onlyFinding(
			planWith({ fee: { amount: 50, currency: "EUR" } }),
			"NEVER_BREAKS_EVEN",
		);
		expect(found.message).toContain(
			"the fee of 50 EUR does not cover the 60 EUR of costs per participant",
		);
	});
});
