import { describe, expect, it } from "vitest";
import { healthyPlan } from "../../../../test/fixtures/plans.ts";
import { offering as offeringSchema } from "../../../model/offering.ts";
import { newOffering } from "./new-offering.ts";

describe("newOffering", () => {
	const plan = healthyPlan();

	it("starts with the upcoming intake's studies, for a group of 8 to 16, without a fee yet", () => {
		const created = newOffering(plan, "2027-05-03", { id: "cnc", title: "CNC basics" });
		expect(created).toEqual({
			id: "cnc",
			title: "CNC basics",
			intake: "autumn-2027",
			start: "2027-09-01",
			end: "2027-11-09",
			fee: { amount: 0, currency: "EUR" },
			participants: { min: 8, max: 16 },
			language: "et",
		});
		expect(offeringSchema.safeParse(created).success).toBe(true);
	});

	it("takes the intake it is given", () => {
		const created = newOffering(plan, "2027-05-03", {
			id: "cnc",
			title: "CNC basics",
			intake: "spring-2028",
		});
		expect(created.start).toBe("2028-02-01");
	});

	it("has no intake when given none, and starts today then", () => {
		const created = newOffering(plan, "2027-05-03", { id: "cnc", title: "CNC", intake: null });
		expect(created).not.toHaveProperty("intake");
		expect(created.start).toBe("2027-05-03");
	});

	it("uses the currency of the plan's offerings", () => {
		const inSek = {
			...plan,
			offerings: plan.offerings.map((entry) => ({
				...entry,
				fee: { amount: 10, currency: "SEK" },
			})),
		};
		expect(newOffering(inSek, "2027-05-03", { id: "cnc", title: "CNC" }).fee).toEqual({
			amount: 0,
			currency: "SEK",
		});
	});
});
