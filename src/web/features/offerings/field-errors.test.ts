import { describe, expect, it } from "vitest";
import { healthyOffering } from "../../../../test/fixtures/plans.ts";
import { startI18n } from "../../lib/i18n.ts";
import {
	mergeErrors,
	parseProblemPath,
	problemKey,
	problemsElsewhere,
	refusalErrors,
	schemaErrors,
} from "./field-errors.ts";

describe("problem paths", () => {
	it("are read back into segments", () => {
		expect(parseProblemPath("pathways[0].qualification")).toEqual(["pathways", 0, "qualification"]);
		expect(parseProblemPath('milestoneStatus["odd key"]')).toEqual(["milestoneStatus", "odd key"]);
		expect(parseProblemPath("(body)")).toEqual([]);
		expect(parseProblemPath("budget[x]")).toBeUndefined();
	});

	it("name the field of the offering they lie in, whether relative or placed in the plan", () => {
		expect(problemKey("pathways[0].qualification", "welding")).toBe("pathways.0.qualification");
		expect(problemKey("offerings[3] (welding).pathways[0].qualification", "welding")).toBe(
			"pathways.0.qualification",
		);
		expect(problemKey("offerings[3] (welding)", "welding")).toBe("");
		expect(problemKey("(body)", "welding")).toBe("");
	});

	it("lie outside the offering when they are another's", () => {
		expect(problemKey("offerings[2] (cnc).intake", "welding")).toBeUndefined();
		expect(problemKey("offerings[2].intake", "welding")).toBeUndefined();
	});
});

describe("schemaErrors", () => {
	it("is empty for a valid offering", async () => {
		expect(schemaErrors(healthyOffering(), "mig-welding", await startI18n("en")).size).toBe(0);
	});

	it("gives the API schema's messages by field", async () => {
		const errors = schemaErrors(
			{ ...healthyOffering(), participants: { min: 20, max: 14 }, end: "2027-02-30" },
			"mig-welding",
			await startI18n("en"),
		);
		expect(errors.get("participants.min")).toEqual(["20 is above the maximum group size 14"]);
		expect(errors.get("end")).toEqual(['"2027-02-30" is not a date']);
	});

	it("names a missing required field and a budget line's amount", async () => {
		const { title: _title, ...untitled } = healthyOffering();
		const errors = schemaErrors(
			{ ...untitled, budget: [{ category: "communication" }] },
			"mig-welding",
			await startI18n("en"),
		);
		expect(errors.get("title")).toEqual(["is required"]);
		expect(errors.get("budget.0.amount")).toEqual(["is required"]);
	});
});

describe("a refused save", () => {
	const problem = {
		status: 422,
		title: "Unprocessable Content",
		detail: "the offering does not fit the plan",
		code: "validation_failed",
		errors: [
			{ path: "pathways[0].qualification", message: '"welder-9" is not a qualification' },
			{ path: "offerings[1] (cnc).intake", message: '"x" is not an intake' },
		],
	};

	it("puts each problem of the offering next to its field", () => {
		expect(refusalErrors(problem, "mig-welding")).toEqual(
			new Map([["pathways.0.qualification", ['"welder-9" is not a qualification']]]),
		);
	});

	it("keeps those of other offerings apart", () => {
		expect(problemsElsewhere(problem, "mig-welding")).toEqual([problem.errors[1]]);
	});

	it("merges with the schema's errors without repeating one", () => {
		const merged = mergeErrors(
			new Map([["end", ["a"]]]),
			new Map([
				["end", ["a", "b"]],
				["id", ["c"]],
			]),
		);
		expect(merged).toEqual(
			new Map([
				["end", ["a", "b"]],
				["id", ["c"]],
			]),
		);
	});
});
