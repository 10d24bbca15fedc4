import { describe, expect, it } from "vitest";
import { healthyOffering, healthyPlan } from "../../../../test/fixtures/plans.ts";
import type { PlanFile } from "../../../model/plan-file.ts";
import { blockersOf } from "./blockers.ts";

function planWith(...blockedUntil: string[][]): PlanFile {
	const plan = healthyPlan();
	plan.offerings = blockedUntil.map((blockers, index) =>
		healthyOffering({ id: `course-${index}`, blockedUntil: blockers }),
	);
	return plan;
}

describe("blockersOf", () => {
	it("resolves an intake anchor against the offering's intake", () => {
		const blockers = blockersOf(planWith(["intake.fullTimeGroupsConfirmed"]), []);
		expect(blockers.get("course-0")).toEqual({
			date: "2027-08-25",
			anchor: "intake.fullTimeGroupsConfirmed",
		});
	});

	it("keeps a literal date as a date", () => {
		const blockers = blockersOf(planWith(["2027-05-10"]), []);
		expect(blockers.get("course-0")).toEqual({ date: "2027-05-10", anchor: "date" });
	});

	it("names the latest blocker when several hold publication back", () => {
		const blockers = blockersOf(planWith(["2027-05-10", "intake.fullTimeGroupsConfirmed"]), []);
		expect(blockers.get("course-0")?.anchor).toBe("intake.fullTimeGroupsConfirmed");
	});

	it("leaves out a blocker that falls before the planned publication", () => {
		// The decision window opens on 2027-03-15, so publication is planned for that day.
		const blockers = blockersOf(planWith(["2027-03-01"], []), []);
		expect(blockers.size).toBe(0);
	});

	it("leaves out an anchor the intake does not have", () => {
		const plan = planWith(["intake.fullTimeGroupsConfirmed"]);
		const [offering] = plan.offerings;
		// The spring intake gives no date for its full-time groups.
		if (offering) Object.assign(offering, { intake: "spring-2028", start: "2028-02-14" });
		expect(blockersOf(plan, []).size).toBe(0);
	});
});
