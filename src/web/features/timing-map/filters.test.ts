import { describe, expect, it } from "vitest";
import { healthyOffering, healthyPlan } from "../../../../test/fixtures/plans.ts";
import { plan } from "../../../engine/plan.ts";
import { textIn } from "../../../model/localized-text.ts";
import type { PlanFile } from "../../../model/plan-file.ts";
import {
	applyFilters,
	filtering,
	filterOptions,
	filtersFrom,
	noIntake,
	withFilter,
	withoutFilters,
} from "./filters.ts";

function school(): PlanFile {
	const file = healthyPlan();
	file.institution.fields = [{ id: "engineering", name: { en: "Engineering", et: "Tehnika" } }];
	file.offerings = [
		healthyOffering({ id: "welding" }),
		healthyOffering({
			id: "pastry",
			title: "Pastry",
			field: "food",
			owners: { manager: "kadri", marketing: "liis" },
			blockedUntil: ["intake.fullTimeGroupsConfirmed"],
		}),
		healthyOffering({
			id: "spring-welding",
			intake: "spring-2028",
			start: "2028-02-14",
			end: "2028-04-28",
		}),
	];
	return file;
}

const file = school();
const report = plan(file, { holidays: [], language: "en" });
const options = filterOptions(report, file, textIn("en", ["et", "en"]));
const ids = (filters: Parameters<typeof applyFilters>[2]) =>
	applyFilters(report, file, filters).offerings.map((offering) => offering.id);

describe("filterOptions", () => {
	it("offers the intakes, the fields by their names and the owners by name", () => {
		expect(options.intake).toEqual([
			{ value: "autumn-2027", label: "Autumn 2027" },
			{ value: "spring-2028", label: "Spring 2028" },
		]);
		expect(options.field).toEqual([
			{ value: "engineering", label: "Engineering" },
			{ value: "food", label: "food" },
		]);
		expect(options.owner.map((option) => option.label)).toEqual(
			[...new Set(options.owner.map((option) => option.label))].sort((a, b) => a.localeCompare(b)),
		);
		expect(options.owner.map((option) => option.value)).toContain("liis");
		expect(options.severity).toEqual(["error", "warning", "none"]);
	});
});

describe("filtersFrom", () => {
	it("reads each filter from the query string", () => {
		const params = new URLSearchParams(
			"intake=spring-2028&field=food&owner=liis&severity=error&other=1",
		);
		expect(filtersFrom(params, options)).toEqual({
			intake: "spring-2028",
			field: "food",
			owner: "liis",
			severity: "error",
		});
	});

	it("ignores values that are not among the choices", () => {
		const params = new URLSearchParams("intake=winter&owner=ghost&severity=fatal");
		const filters = filtersFrom(params, options);
		expect(filters).toEqual({});
		expect(filtering(filters)).toBe(false);
	});
});

describe("withFilter and withoutFilters", () => {
	it("set and clear one filter and keep the other parameters", () => {
		const params = new URLSearchParams("field=food&tab=2");
		expect(withFilter(params, "severity", "error").toString()).toBe(
			"field=food&tab=2&severity=error",
		);
		expect(withFilter(params, "field", undefined).toString()).toBe("tab=2");
		expect(withFilter(params, "field", "").toString()).toBe("tab=2");
		expect(withoutFilters(new URLSearchParams("owner=liis&tab=2&intake=x")).toString()).toBe(
			"tab=2",
		);
	});
});

describe("applyFilters", () => {
	it("keeps every offering and intake without filters", () => {
		expect(ids({})).toEqual(["welding", "pastry", "spring-welding"]);
	});

	it("filters by intake, and shows only that intake", () => {
		const { intakes, offerings } = applyFilters(report, file, { intake: "spring-2028" });
		expect(offerings.map((offering) => offering.id)).toEqual(["spring-welding"]);
		expect(intakes.map((intake) => intake.id)).toEqual(["spring-2028"]);
	});

	it("offers the offerings without an intake as a choice of their own, when there are any", () => {
		const { intake: _intake, ...loose } = healthyOffering({ id: "evening", title: "Evening" });
		const withLoose = { ...file, offerings: [...file.offerings, loose] };
		const looseReport = plan(withLoose, { holidays: [], language: "en" });
		const looseOptions = filterOptions(looseReport, withLoose, textIn("en", ["et", "en"]));
		expect(looseOptions.intake.map((option) => option.value)).toEqual([
			"autumn-2027",
			"spring-2028",
			noIntake,
		]);
		expect(options.intake.map((option) => option.value)).not.toContain(noIntake);
		const { intakes, offerings } = applyFilters(looseReport, withLoose, { intake: noIntake });
		expect(offerings.map((offering) => offering.id)).toEqual(["evening"]);
		expect(intakes).toEqual([]);
	});

	it("filters by field, by owner and by worst finding", () => {
		expect(ids({ field: "food" })).toEqual(["pastry"]);
		expect(ids({ owner: "liis", field: "food" })).toEqual(["pastry"]);
		expect(ids({ severity: "error" })).toEqual(["pastry"]);
		expect(ids({ severity: "none" })).toEqual(["welding", "spring-welding"]);
	});

	it("counts milestone owners as owners", () => {
		const owner = report.offerings
			.find((offering) => offering.id === "welding")
			?.milestones.find((milestone) => milestone.owner)?.owner;
		expect(owner).toBeDefined();
		expect(ids({ owner: owner ?? "" })).toContain("welding");
	});
});
