import { describe, expect, it } from "vitest";
import { healthyOffering, healthyPlan } from "../../../../test/fixtures/plans.ts";
import { isUnchanged, planChanges } from "./plan-changes.ts";

describe("planChanges", () => {
	it("finds nothing to change in the same plan, whatever the order of its keys", () => {
		const plan = healthyPlan();
		const reversed = Object.fromEntries(Object.entries(healthyOffering()).reverse());
		expect(Object.keys(reversed)[0]).not.toBe("id");
		expect(isUnchanged(planChanges(plan, { ...plan, offerings: [reversed as never] }))).toBe(true);
	});

	it("lists offerings added, removed and changed, and the other parts that differ", () => {
		const saved = {
			...healthyPlan(),
			offerings: [healthyOffering(), healthyOffering({ id: "cnc", title: "CNC basics" })],
		};
		const incoming = {
			...healthyPlan(),
			intakes: healthyPlan().intakes.slice(0, 1),
			offerings: [
				healthyOffering({ fee: { amount: 480, currency: "EUR" } }),
				healthyOffering({ id: "tig", title: "TIG welding" }),
			],
		};
		const changes = planChanges(saved, incoming);
		expect(changes.added.map((offering) => offering.id)).toEqual(["tig"]);
		expect(changes.removed.map((offering) => offering.id)).toEqual(["cnc"]);
		expect(changes.changed.map((offering) => offering.id)).toEqual(["mig-welding"]);
		expect(changes.otherParts).toEqual(["intakes"]);
		expect(isUnchanged(changes)).toBe(false);
	});
});
