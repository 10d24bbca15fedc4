import { describe, expect, it } from "vitest";
import { estonianHolidays } from "../../../../test/fixtures/holidays.ts";
import { planWith } from "../../../../test/fixtures/plans.ts";
import { plan } from "../../../engine/plan.ts";
import type { OfferingReport } from "../../../model/report.ts";
import { type FigureFormat, figuresOf } from "./figures.ts";
import { findingKey, goneFindings } from "./findings-diff.ts";

const format: FigureFormat = {
	intake: (id) => id ?? "none",
	range: (from, to) => `${from}..${to}`,
	date: (iso) => iso,
	days: (count) => `${count} d`,
	percent: (share) => `${Math.round(share * 100)}%`,
	participants: (count) => (count === null ? "never" : String(count)),
	group: (min, max) => `${min}-${max}`,
};

const reportOf = (changes: Parameters<typeof planWith>[0]) =>
	plan(planWith(changes), { holidays: estonianHolidays, today: "2027-05-03" })
		.offerings[0] as OfferingReport;

describe("figuresOf", () => {
	it("gives every figure, with the saved value only where the preview changed it", () => {
		const saved = reportOf({ blockedUntil: ["intake.fullTimeGroupsConfirmed"] });
		const preview = reportOf({});
		const figures = figuresOf(preview, saved, format);
		expect(figures.map((figure) => figure.key)).toEqual([
			"intake",
			"dates",
			"publication",
			"leadTime",
			"coverage",
			"breakEven",
			"communicationShare",
			"group",
		]);
		expect(figures.filter((figure) => figure.saved !== undefined)).toEqual([
			{ key: "publication", value: "2027-03-15", saved: "2027-08-25" },
			{ key: "leadTime", value: "189 d", saved: "26 d" },
			{ key: "coverage", value: "100%", saved: "0%" },
		]);
	});

	it("has nothing to compare for a new offering", () => {
		const figures = figuresOf(reportOf({}), undefined, format);
		expect(figures.every((figure) => figure.saved === undefined)).toBe(true);
	});
});

describe("goneFindings", () => {
	it("lists the saved findings the preview no longer reports, by code and milestone", () => {
		const saved = reportOf({ blockedUntil: ["intake.fullTimeGroupsConfirmed"] }).findings;
		const preview = reportOf({}).findings;
		expect(goneFindings(saved, preview).map((finding) => finding.code)).toEqual([
			"PUBLISHED_AFTER_DECISION_WINDOW",
			"MARKETING_BLOCKED_BY_DEPENDENCY",
			"SHORT_LEAD_TIME",
		]);
		expect(goneFindings(saved, saved)).toEqual([]);
	});

	it("tells apart the findings of one code by their role or module", () => {
		const modules = [
			{ id: "safety", title: "Safety" },
			{ id: "joints", title: "Joints" },
		];
		const saved = reportOf({ owners: {}, modules }).findings;
		const preview = reportOf({ owners: { pedagogy: "mart" }, modules }).findings;
		const keys = saved.map(findingKey);
		expect(new Set(keys).size).toBe(keys.length);
		expect(goneFindings(saved, preview).map((finding) => finding.params?.role)).toEqual([
			"pedagogy",
		]);
	});
});
