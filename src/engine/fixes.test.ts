import { describe, expect, it } from "vitest";
import { demoPlan } from "../../test/fixtures/demo.ts";
import { estonianHolidays } from "../../test/fixtures/holidays.ts";
import { healthyOffering, healthyPlan } from "../../test/fixtures/plans.ts";
import { planWithHolidays } from "../holidays/plan-with-holidays.ts";
import type { Offering } from "../model/offering.ts";
import { offering as offeringSchema } from "../model/offering.ts";
import type { PlanFile } from "../model/plan-file.ts";
import { validatePlan } from "../model/validate.ts";
import { applyFix, type FixAction, oneClickFixes } from "./fixes.ts";
import { plan } from "./plan.ts";

const today = "2027-05-03";
const options = { today, holidays: estonianHolidays };

function planOf(...offerings: Offering[]): PlanFile {
	return { ...healthyPlan(), offerings };
}

function codes(input: PlanFile, id: string): string[] {
	const report = plan(input, options);
	return report.offerings.find((entry) => entry.id === id)?.findings.map((f) => f.code) ?? [];
}

function fixed(action: FixAction, offering: Offering, input = planOf(offering)): Offering {
	const result = applyFix(action, offering, input, options);
	if (!result) throw new Error(`${action} does not apply to ${offering.id}`);
	expect(offeringSchema.safeParse(result).success).toBe(true);
	return result;
}

describe("announce as planned", () => {
	const blocked = healthyOffering({ blockedUntil: ["intake.fullTimeGroupsConfirmed"] });

	it("drops the blocker and makes the course public from today, released", () => {
		expect(codes(planOf(blocked), "mig-welding")).toEqual(
			expect.arrayContaining([
				"PUBLISHED_AFTER_DECISION_WINDOW",
				"MARKETING_BLOCKED_BY_DEPENDENCY",
			]),
		);
		const announced = fixed("announce-as-planned", blocked);
		expect(announced.blockedUntil).toBeUndefined();
		expect(announced).toMatchObject({ publication: today, released: true });
		const after = codes(planOf(announced), "mig-welding");
		expect(after).not.toContain("PUBLISHED_AFTER_DECISION_WINDOW");
		expect(after).not.toContain("MARKETING_BLOCKED_BY_DEPENDENCY");
		expect(after).not.toContain("NOT_RELEASED");
	});

	it("keeps a planned publication still to come, only dropping the blocker", () => {
		const early = { ...blocked, publication: "2027-06-01" };
		const announced = fixed("announce-as-planned", early);
		expect(announced.publication).toBe("2027-06-01");
		expect(announced.blockedUntil).toBeUndefined();
		expect(announced.released).toBeUndefined();
	});

	it("does not apply without a blocker", () => {
		expect(applyFix("announce-as-planned", healthyOffering(), healthyPlan(), options)).toBe(
			undefined,
		);
	});
});

describe("move to the next intake", () => {
	it("moves the intake and the dates by the studies starts' difference in whole weeks", () => {
		// Autumn 2027 studies start on 2027-09-01, spring 2028 on 2028-02-01: 153 days, 22 weeks.
		const offering = healthyOffering({
			blockedUntil: ["2027-04-01", "intake.admissionOpens"],
			milestoneStatus: { "go-no-go": { status: "todo", due: "2027-09-07" } },
		});
		const moved = fixed("move-to-next-intake", offering);
		expect(moved).toMatchObject({
			intake: "spring-2028",
			start: "2028-02-21",
			end: "2028-04-28",
			blockedUntil: ["2027-09-02", "intake.admissionOpens"],
			milestoneStatus: { "go-no-go": { status: "todo", due: "2028-02-08" } },
		});
	});

	it("moves a start or end that would land on a holiday or a closure on to the next working day", () => {
		// 2027-09-23 + 22 weeks is 2028-02-24, Independence Day; 2027-11-26 + 22 weeks is 2028-04-28.
		const offering = healthyOffering({ start: "2027-09-23" });
		const input = planOf(offering);
		input.institution.closures = [{ from: "2028-04-28", to: "2028-05-02", label: "spring break" }];
		const moved = fixed("move-to-next-intake", offering, input);
		expect(moved).toMatchObject({ start: "2028-02-25", end: "2028-05-03" });
		expect(codes({ ...input, offerings: [moved] }, "mig-welding")).not.toContain(
			"START_OR_END_ON_HOLIDAY",
		);
	});

	it("drops a publication that would still be late in the new intake, keeps an early one", () => {
		const late = fixed("move-to-next-intake", healthyOffering({ publication: "2027-08-16" }));
		expect(late.publication).toBeUndefined();
		const early = fixed("move-to-next-intake", healthyOffering({ publication: "2027-03-01" }));
		expect(early.publication).toBe("2027-08-02");
	});

	it("does not apply when it waits for full-time groups the next intake does not confirm", () => {
		const waiting = healthyOffering({ blockedUntil: ["intake.fullTimeGroupsConfirmed"] });
		expect(applyFix("move-to-next-intake", waiting, planOf(waiting), options)).toBeUndefined();
	});

	it("does not apply without a next intake", () => {
		const last = healthyOffering({ intake: "spring-2028", start: "2028-02-07", end: "2028-04-01" });
		expect(applyFix("move-to-next-intake", last, planOf(last), options)).toBeUndefined();
	});
});

describe("add a communication budget line", () => {
	it("adds just enough to reach the minimum share", () => {
		// Costs at 8 participants without communication: 2,400 + 8 × 60 = 2,880 EUR.
		const silent = healthyOffering({
			budget: [
				{ category: "teaching", amount: 2400 },
				{ category: "materials", amount: 60, per: "participant" },
			],
		});
		const withLine = fixed("add-communication-line", silent);
		// 5% of the costs: c / (2,880 + c) ≥ 0.05 from c = 151.58, so 152 EUR.
		expect(withLine.budget?.at(-1)).toEqual({ category: "communication", amount: 152 });
		expect(codes(planOf(withLine), "mig-welding")).not.toContain("NO_COMMUNICATION_BUDGET");
		const less = {
			...withLine,
			budget: [...(silent.budget ?? []), { category: "communication" as const, amount: 151 }],
		};
		expect(codes(planOf(less), "mig-welding")).toContain("LOW_COMMUNICATION_BUDGET");
	});
});

describe("raise the minimum group", () => {
	it("raises the minimum to the break-even participants", () => {
		const costly = healthyOffering({ fee: { amount: 300, currency: "EUR" } });
		expect(codes(planOf(costly), "mig-welding")).toContain("BELOW_BREAK_EVEN_AT_MIN");
		const raised = fixed("raise-minimum-group", costly);
		// 2,700 EUR of fixed costs over a 240 EUR margin: 12 participants.
		expect(raised.participants).toEqual({ min: 12, max: 14 });
		expect(codes(planOf(raised), "mig-welding")).not.toContain("BELOW_BREAK_EVEN_AT_MIN");
	});

	it("does not apply when break-even is beyond the maximum group", () => {
		const hopeless = healthyOffering({ fee: { amount: 100, currency: "EUR" } });
		expect(applyFix("raise-minimum-group", hopeless, planOf(hopeless), options)).toBeUndefined();
	});
});

describe("one-click fixes", () => {
	it("offers only fixes the engine confirms, naming the findings they remove", () => {
		const offering = healthyOffering({ blockedUntil: ["intake.fullTimeGroupsConfirmed"] });
		const found = oneClickFixes(planOf(offering), offering, options);
		expect(found.map(({ action, removes }) => [action, removes])).toEqual([
			[
				"announce-as-planned",
				["MARKETING_BLOCKED_BY_DEPENDENCY", "PUBLISHED_AFTER_DECISION_WINDOW"],
			],
		]);
		expect(oneClickFixes(healthyPlan(), healthyOffering(), options)).toEqual([]);
	});
});

describe("the demo school's problems on 2027-05-03", () => {
	const demo = demoPlan();
	const cases: [string, FixAction, string[]][] = [
		[
			"mig-welding-autumn-2027",
			"announce-as-planned",
			["PUBLISHED_AFTER_DECISION_WINDOW", "MARKETING_BLOCKED_BY_DEPENDENCY"],
		],
		["heat-pump-autumn-2027", "move-to-next-intake", ["PUBLISHED_AFTER_DECISION_WINDOW"]],
		["web-dev-autumn-2027", "add-communication-line", ["LOW_COMMUNICATION_BUDGET"]],
		["warehouse-wms-autumn-2027", "add-communication-line", ["NO_COMMUNICATION_BUDGET"]],
		["pastry-autumn-2027", "raise-minimum-group", ["BELOW_BREAK_EVEN_AT_MIN"]],
	];

	it.each(cases)("%s: %s removes %j, as the server reports the saved plan", (id, action, gone) => {
		const offering = demo.offerings.find((entry) => entry.id === id) as Offering;
		const before = planWithHolidays(demo, { today });
		const findingsOf = (report: typeof before) =>
			report.offerings.find((entry) => entry.id === id)?.findings.map((f) => f.code) ?? [];
		expect(findingsOf(before)).toEqual(expect.arrayContaining(gone));
		const offered = oneClickFixes(demo, offering, options).find((fix) => fix.action === action);
		expect(offered?.removes.sort()).toEqual([...gone].sort());
		if (!offered) throw new Error(`${action} is not offered for ${id}`);
		const fixedPlan = {
			...demo,
			offerings: demo.offerings.map((o) => (o.id === id ? offered.offering : o)),
		};
		const after = planWithHolidays(fixedPlan, { today });
		for (const code of gone) expect(findingsOf(after)).not.toContain(code);
		expect(validatePlan(fixedPlan).ok).toBe(true);
	});
});
