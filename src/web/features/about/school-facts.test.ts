import { describe, expect, it } from "vitest";
import { healthyOffering, healthyPlan } from "../../../../test/fixtures/plans.ts";
import {
	courseCreditsOf,
	creditUnitsOf,
	frameworkOf,
	schoolFacts,
	spanOf,
} from "./school-facts.ts";

describe("schoolFacts", () => {
	it("states the Estonian test school's languages, credits, levels and framework", () => {
		expect(schoolFacts(healthyPlan())).toEqual({
			titleLanguages: ["et", "en"],
			creditUnits: ["EKAP"],
			courseCredits: [{ unit: "EKAP", min: 6, max: 6 }],
			courseLevels: { min: 4, max: 4 },
			qualificationLevels: { min: 4, max: 4 },
			framework: "EE",
		});
	});

	it("takes a Latvian school's own languages, credit system and levels, and names no framework", () => {
		const plan = healthyPlan();
		const ects = (value: number) => ({ value, unit: "ECTS" as const });
		const facts = schoolFacts({
			...plan,
			institution: { ...plan.institution, country: "LV", languages: ["en", "ru"] },
			offerings: [
				healthyOffering({ credits: ects(3), modules: [] }),
				healthyOffering({ id: "cnc", credits: ects(10), level: { eqf: 5 }, modules: [] }),
			],
		});
		expect(facts).toMatchObject({
			titleLanguages: ["en", "ru"],
			creditUnits: ["ECTS"],
			courseCredits: [{ unit: "ECTS", min: 3, max: 10 }],
			courseLevels: { min: 4, max: 5 },
			framework: undefined,
		});
	});

	it("knows a school without languages, credits, levels or qualifications", () => {
		const plan = healthyPlan();
		const facts = schoolFacts({
			...plan,
			institution: { ...plan.institution, languages: undefined },
			qualifications: undefined,
			offerings: [healthyOffering({ credits: undefined, level: undefined, modules: undefined })],
		});
		expect(facts).toMatchObject({
			titleLanguages: [],
			creditUnits: [],
			courseCredits: [],
			courseLevels: undefined,
			qualificationLevels: undefined,
		});
	});
});

describe("the plan's credits", () => {
	it("lists the units of courses and of their modules, in the units' order", () => {
		const offerings = [
			healthyOffering({
				credits: { value: 40, unit: "hours" },
				modules: [{ id: "a", title: "A", credits: { value: 2, unit: "ECVET" } }],
			}),
			healthyOffering({ credits: { value: 6, unit: "EKAP" }, modules: [] }),
		];
		expect(creditUnitsOf(offerings)).toEqual(["EKAP", "ECVET", "hours"]);
	});

	it("gives each unit's least and most credits of a course, modules left out", () => {
		const offerings = [
			healthyOffering({ credits: { value: 15, unit: "EKAP" } }),
			healthyOffering({ credits: { value: 2.5, unit: "ECTS" } }),
			healthyOffering({ credits: { value: 3, unit: "EKAP" } }),
			healthyOffering({ credits: undefined }),
		];
		expect(courseCreditsOf(offerings)).toEqual([
			{ unit: "EKAP", min: 3, max: 15 },
			{ unit: "ECTS", min: 2.5, max: 2.5 },
		]);
	});
});

describe("spanOf", () => {
	it("spans the numbers given and skips the missing", () => {
		expect(spanOf([5, undefined, 2, 4])).toEqual({ min: 2, max: 5 });
		expect(spanOf([undefined])).toBeUndefined();
		expect(spanOf([])).toBeUndefined();
	});
});

describe("frameworkOf", () => {
	it("knows Estonia's national framework, and no other", () => {
		expect(frameworkOf("EE")).toBe("EE");
		expect(frameworkOf("LV")).toBeUndefined();
		expect(frameworkOf("FI")).toBeUndefined();
	});
});
