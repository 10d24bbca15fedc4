import { describe, expect, it } from "vitest";
import { healthyPlan } from "../../../../test/fixtures/plans.ts";
import { serializePlan } from "../../../model/serialize.ts";
import { checkPlanFile, planContentType } from "./plan-check.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("checkPlanFile", () => {
	it("accepts a valid plan of the institution, in YAML or JSON", () => {
		const yaml = checkPlanFile(bytes(serializePlan(healthyPlan(), "yaml")), "plan.yaml", "test-vc");
		expect(yaml).toEqual({ ok: true, plan: healthyPlan(), format: "yaml" });
		const json = checkPlanFile(bytes(JSON.stringify(healthyPlan())), "plan.json", "test-vc");
		expect(json.ok && planContentType(json.format)).toBe("application/json");
	});

	it("names the line and column of a syntax error", () => {
		const broken = "version: 1\ninstitution:\n  id: [test-vc\n";
		const check = checkPlanFile(bytes(broken), "plan.yaml", "test-vc");
		expect(check.ok).toBe(false);
		expect(!check.ok && check.problems[0]?.message).toMatch(/^line \d+, column \d+: /);
	});

	it("names the path of every invalid value", () => {
		const plan = healthyPlan();
		const text = serializePlan(plan, "yaml")
			.replace("start: 2027-09-20", "start: 2027-02-30")
			.replace("intake: autumn-2027", "intake: autumn-2072");
		const check = checkPlanFile(bytes(text), "plan.yaml", "test-vc");
		expect(!check.ok && check.problems.map((problem) => problem.path)).toEqual([
			"offerings[0] (mig-welding).intake",
			"offerings[0] (mig-welding).start",
		]);
	});

	it("refuses another institution's plan and bytes that are not UTF-8", () => {
		const other = {
			...healthyPlan(),
			institution: { ...healthyPlan().institution, id: "other-vc" },
		};
		const check = checkPlanFile(bytes(JSON.stringify(other)), "plan.json", "test-vc");
		expect(!check.ok && check.problems).toEqual([
			{
				path: "institution.id",
				message: '"other-vc" is not "test-vc", the institution whose plan it would replace',
			},
		]);
		const latin1 = Uint8Array.from([...bytes("version: 1\nname: "), 0xe4]);
		const notText = checkPlanFile(latin1, "plan.yaml", "test-vc");
		expect(!notText.ok && notText.problems[0]?.message).toMatch(/^is not UTF-8 text/);
	});
});
