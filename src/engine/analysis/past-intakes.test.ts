import { describe, expect, it } from "vitest";
import { pastOffering } from "../../../test/fixtures/history.ts";
import { healthyPlan } from "../../../test/fixtures/plans.ts";
import type { Intake } from "../../model/intake.ts";
import type { PastOffering } from "../../model/offering.ts";
import { toIso } from "../days.ts";
import { defaultRules, resolveRules } from "../rules.ts";
import { intakeGroup, pastIntakeOf, shiftYears } from "./past-intakes.ts";

// autumn-2027: admission opens 2027-04-01, studies start 2027-09-01, window 2027-03-15 … 06-15;
// spring-2028: admission opens 2027-10-01, studies start 2028-02-01, the default window.
const intakes = healthyPlan().intakes;

function intakeOf(
	past: Partial<PastOffering>,
	planIntakes: readonly Intake[] = intakes,
	rules = defaultRules,
) {
	const found = pastIntakeOf(pastOffering(past), planIntakes, rules);
	return {
		id: found.id,
		group: found.group,
		studiesStart: toIso(found.studiesStart),
		decisionWindow: { from: toIso(found.decisionWindow.from), to: toIso(found.decisionWindow.to) },
	};
}

describe("intakeGroup and shiftYears", () => {
	it("takes the year out of an intake's id", () => {
		expect(intakeGroup("spring-2027")).toBe("spring");
		expect(intakeGroup("2027-spring")).toBe("spring");
		expect(intakeGroup("evening-autumn-2025")).toBe("evening-autumn");
		expect(intakeGroup("autumn")).toBe("autumn");
		expect(intakeGroup("2027")).toBe("2027");
	});

	it("moves a date by whole years, 29 February to the 28th in a common year", () => {
		expect(shiftYears("2027-09-01", -2)).toBe("2025-09-01");
		expect(shiftYears("2028-02-29", -3)).toBe("2025-02-28");
		expect(shiftYears("2028-02-29", -4)).toBe("2024-02-29");
		expect(shiftYears("2024-02-28", 1)).toBe("2025-02-28");
	});
});

describe("pastIntakeOf", () => {
	it("takes the plan's intake years earlier, with its own decision window moved as well", () => {
		expect(intakeOf({ start: "2025-09-14" })).toEqual({
			id: "autumn-2025",
			group: "autumn",
			studiesStart: "2025-09-01",
			decisionWindow: { from: "2025-03-15", to: "2025-06-15" },
		});
	});

	it("gives an intake without a window of its own the default, 22 to 11 weeks before its studies start", () => {
		expect(intakeOf({ publication: "2025-08-01", start: "2026-02-09" })).toEqual({
			id: "spring-2026",
			group: "spring",
			studiesStart: "2026-02-01",
			decisionWindow: { from: "2025-08-31", to: "2025-11-16" },
		});
	});

	it("prefers the nearest of the intakes the start is aligned with", () => {
		// 2025-10-15 is in autumn-2025 (44 days after its studies start, within 70) and in
		// spring-2026 (admission open since 2025-10-01, 109 days before): autumn is nearer.
		expect(intakeOf({ start: "2025-10-15" }).id).toBe("autumn-2025");
		// 2025-11-20 is 80 days after autumn-2025's studies start, too late for it.
		expect(intakeOf({ start: "2025-11-20" }).id).toBe("spring-2026");
	});

	it("takes an aligned intake before a nearer one the start is not aligned with", () => {
		// Admission to autumn opens a week before its studies start; 2025-08-20 is before it
		// opens, but 200 days after spring-2025's studies start, which a school that lets courses
		// start up to 200 days after studies start accepts.
		const lateAdmission = intakes.map((intake) =>
			intake.id === "autumn-2027" ? { ...intake, admissionOpens: "2027-08-25" } : intake,
		);
		const lenient = resolveRules({ maxStartAfterStudiesStartDays: 200 });
		expect(intakeOf({ start: "2025-08-20" }, lateAdmission, lenient).id).toBe("spring-2025");
		expect(intakeOf({ start: "2025-08-20" }, lateAdmission).id).toBe("autumn-2025");
	});

	it("moves a studies start on 29 February to the 28th in a common year", () => {
		const leap: Intake = {
			id: "spring-2028",
			admissionOpens: "2027-10-01",
			admissionCloses: "2028-01-15",
			studiesStart: "2028-02-29",
		};
		expect(intakeOf({ publication: "2025-09-01", start: "2026-03-02" }, [leap])).toEqual({
			id: "spring-2026",
			group: "spring",
			studiesStart: "2026-02-28",
			decisionWindow: { from: "2025-09-27", to: "2025-12-13" },
		});
	});

	it("takes the id of a plan intake it matches as it is, years in the id or not", () => {
		const unyeared = intakes.map((intake) =>
			intake.id === "autumn-2027" ? { ...intake, id: "autumn" } : intake,
		);
		expect(intakeOf({ start: "2027-09-20" }, unyeared).id).toBe("autumn");
		expect(intakeOf({ start: "2026-09-21" }, unyeared).id).toBe("autumn-2026");
		expect(intakeOf({ start: "2028-02-07" }, unyeared).id).toBe("spring-2028");
	});

	it("keeps a decision window the past offering gives", () => {
		const window = { from: "2025-02-01", to: "2025-05-31" };
		expect(intakeOf({ start: "2025-09-14", decisionWindow: window })).toMatchObject({
			id: "autumn-2025",
			decisionWindow: window,
		});
	});

	it("takes a plan intake the past offering names as it is", () => {
		expect(intakeOf({ start: "2026-02-09", intake: "spring-2028" })).toEqual({
			id: "spring-2028",
			group: "spring",
			studiesStart: "2028-02-01",
			decisionWindow: { from: "2027-08-31", to: "2027-11-16" },
		});
	});

	it("keeps the id of an intake the plan does not have, in the group of the intake it matches", () => {
		expect(intakeOf({ start: "2025-09-14", intake: "autumn-term-2025" })).toMatchObject({
			id: "autumn-term-2025",
			group: "autumn",
			studiesStart: "2025-09-01",
		});
	});

	it("lets the start stand in for studies start in a plan without intakes", () => {
		expect(intakeOf({ start: "2025-09-14" }, [])).toEqual({
			id: "other-2025",
			group: "other",
			studiesStart: "2025-09-14",
			decisionWindow: { from: "2025-04-13", to: "2025-06-29" },
		});
		expect(intakeOf({ start: "2025-09-14", intake: "autumn-2025" }, [])).toMatchObject({
			id: "autumn-2025",
			group: "autumn",
		});
	});
});
