import { describe, expect, it } from "vitest";
import { codes, onlyFinding } from "../../../test/fixtures/findings.ts";
import { healthyOffering, planWith, planWithout } from "../../../test/fixtures/plans.ts";
import type { Offering } from "../../model/offering.ts";
import type { PlanFile } from "../../model/plan-file.ts";
import type { Qualification } from "../../model/qualification.ts";

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
	/** The plan's qualifications: two in the offering's field (engineering), others not. */
	function withQualifications(offering: Partial<Offering>): PlanFile {
		const input = planWith({ pathways: [], ...offering });
		const [welder] = input.qualifications as [Qualification];
		input.qualifications = [
			{ ...welder, id: "cook-4", title: "Cook", field: "hospitality" },
			{ ...welder, field: "engineering" },
			{ ...welder, id: "accountant-5", title: "Accountant" },
			{ ...welder, id: "cnc-operator-4", title: "CNC machine operator", field: "engineering" },
		];
		return input;
	}

	it("warns when the course leads to no qualification, suggesting those of its own field", () => {
		const found = onlyFinding(withQualifications({}), "NO_PATHWAY");
		expect(found.suggestion).toBe(
			"add a pathway to a qualification and module in engineering, for example one of welder-4 and cnc-operator-4",
		);
	});

	it.each([
		["no qualification of its field", { field: "logistics" }],
		["no field of its own", { field: undefined }],
	])("gives the generic suggestion when the offering has %s", (_, offering) => {
		const input = withQualifications(offering);
		if (offering.field === undefined) delete input.offerings[0]?.field;
		expect(onlyFinding(input, "NO_PATHWAY").suggestion).toBe(
			"add the qualification it leads to under qualifications, then link it as a pathway",
		);
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
