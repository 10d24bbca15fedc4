import { describe, expect, it } from "vitest";
import { healthyOffering } from "../../../../test/fixtures/plans.ts";
import { offeringBudget } from "../../../engine/budget-overview.ts";
import { breakEvenStanding, categoryLines } from "./budget-lines.ts";

describe("categoryLines", () => {
	it("lists the categories with costs, marking those that grow with the group", () => {
		const { costs } = offeringBudget(healthyOffering(), "MIG");
		expect(categoryLines(costs)).toEqual([
			{ category: "teaching", atMin: 2400, atMax: 2400, perParticipant: false },
			{ category: "materials", atMin: 480, atMax: 840, perParticipant: true },
			{ category: "communication", atMin: 300, atMax: 300, perParticipant: false },
		]);
	});
});

describe("breakEvenStanding", () => {
	const group = { min: 8, max: 14 };
	it("says whether the break-even is within the group, above it, or never reached", () => {
		expect(breakEvenStanding({ breakEvenParticipants: 8, participants: group })).toBe("within");
		expect(breakEvenStanding({ breakEvenParticipants: 9, participants: group })).toBe("aboveMin");
		expect(breakEvenStanding({ breakEvenParticipants: 15, participants: group })).toBe("aboveMax");
		expect(breakEvenStanding({ breakEvenParticipants: null, participants: group })).toBe("never");
	});
});
