import { describe, expect, it } from "vitest";
import { codes, onlyFinding } from "../../../test/fixtures/findings.ts";
import { healthyOffering, planWith, planWithout } from "../../../test/fixtures/plans.ts";

describe("MISSING_OWNER", () => {
	it("names the role, its tasks and who could own them", () => {
		const found = onlyFinding(
			planWith({ owners: { manager: "kadri", pedagogy: "mart", support: "anu" } }),
			"MISSING_OWNER",
		);
		expect(found.severity).toBe("warning");
		expect(found.message).toBe(
			"no marketing owner for marketing-plan-ready, catalogue-published, campaign-launch and campaign-reminder",
		);
		expect(found.suggestion).toBe("name a marketing owner, for example Liis Saar");
	});

	it("reports each role without an owner", () => {
		expect(codes(planWithout("owners")).filter((code) => code === "MISSING_OWNER")).toHaveLength(4);
	});
});

describe("MISSING_CONTACT", () => {
	it("suggests the support owner as the contact point", () => {
		const found = onlyFinding(planWithout("contact"), "MISSING_CONTACT");
		expect(found.suggestion).toBe(
			"add a contact, for example the support owner Anu Kask (anu@test.ee)",
		);
	});
});

describe("NO_PATHWAY", () => {
	it("warns when the course leads to no qualification", () => {
		const found = onlyFinding(planWith({ pathways: [] }), "NO_PATHWAY");
		expect(found.suggestion).toContain("welder-4");
	});
});

describe("INCOMPLETE_EU_ELEMENTS", () => {
	it("lists the missing standard elements", () => {
		const found = onlyFinding(
			planWithout("assessment", "qualityAssurance", "credits"),
			"INCOMPLETE_EU_ELEMENTS",
		);
		expect(found.message).toBe(
			"missing EU standard elements: workload (credits), type of assessment (assessment) and type of quality assurance (qualityAssurance)",
		);
		expect(found.suggestion).toContain("before publication on 2027-03-15");
	});

	it("counts empty learning outcomes as missing", () => {
		expect(
			onlyFinding(planWith({ learningOutcomes: [] }), "INCOMPLETE_EU_ELEMENTS").message,
		).toContain("learning outcomes");
	});
});

describe("MODULE_INCOMPLETE", () => {
	it("names the module and what it lacks", () => {
		const found = onlyFinding(
			planWith({ modules: [{ id: "joints", title: "Fillet joints" }] }),
			"MODULE_INCOMPLETE",
		);
		expect(found.message).toBe(
			'module "joints" (Fillet joints) has no credits, learning outcomes and assessment',
		);
		expect(codes(planWith({ modules: healthyOffering().modules ?? [] }))).not.toContain(
			"MODULE_INCOMPLETE",
		);
	});
});
