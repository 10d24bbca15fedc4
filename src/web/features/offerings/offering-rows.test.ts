import { describe, expect, it } from "vitest";
import { healthyOffering, healthyPlan } from "../../../../test/fixtures/plans.ts";
import { plan } from "../../../engine/plan.ts";
import { textIn } from "../../../model/localized-text.ts";
import type { PlanFile } from "../../../model/plan-file.ts";
import { folded, latestRegistrations, offeringRows } from "./offering-rows.ts";

function planOf(): PlanFile {
	const base = healthyPlan();
	return {
		...base,
		institution: {
			...base.institution,
			fields: [{ id: "engineering", name: { et: "Tehnika", en: "Engineering" } }],
		},
		offerings: [
			healthyOffering({
				title: { et: "Keevituse alused", en: "Welding basics" },
				registrations: [
					{ date: "2027-05-01", count: 3 },
					{ date: "2027-04-01", count: 1 },
				],
			}),
			healthyOffering({
				id: "cnc",
				title: "CNC",
				budget: [{ category: "teaching", amount: 2400 }],
			}),
		],
	};
}

describe("offeringRows", () => {
	const preview = planOf();
	const report = plan(preview, { today: "2027-03-01", holidays: [], language: "en" });
	const rows = offeringRows(report, preview, textIn("en", ["et", "en"]), new Set(["cnc"]));

	it("joins the report's figures with the plan's fill", () => {
		const [welding] = rows;
		expect(welding).toMatchObject({
			id: "mig-welding",
			title: "Welding basics",
			intake: "autumn-2027",
			intakeLabel: "Autumn 2027",
			intakeStart: "2027-09-01",
			fieldName: "Engineering",
			start: "2027-09-20",
			min: 8,
			max: 14,
			registrations: 3,
			unsaved: false,
		});
		expect(welding?.communicationShare).toBe(report.offerings[0]?.communicationShare);
		// Judged on 2027-03-01, the counts of April and May are yet to come.
		expect(welding?.forecast).toBeNull();
	});

	it("takes the count and the forecast of the report when it has one", () => {
		const later = plan(preview, { today: "2027-05-03", holidays: [], language: "en" });
		const [welding] = offeringRows(later, preview, textIn("en", ["et", "en"]));
		expect(welding?.forecast).toEqual(later.offerings[0]?.forecast);
		expect(welding?.forecast).toMatchObject({ current: 3 });
		expect(welding?.registrations).toBe(3);
	});

	it("gives the worst finding's severity and how many there are", () => {
		const cnc = rows.find((row) => row.id === "cnc");
		expect(cnc?.severity).toBe("error");
		expect(cnc?.findings).toBe(report.offerings[1]?.findings.length);
		expect(cnc?.registrations).toBeNull();
		expect(cnc?.unsaved).toBe(true);
	});

	it("searches every language of the title", () => {
		expect(rows[0]?.searchText).toContain(folded("Keevituse"));
	});
});

describe("helpers", () => {
	it("fold case and accents", () => {
		expect(folded("Mägi ÕPE")).toBe("magi ope");
	});

	it("take the count of the latest date, not the last listed", () => {
		expect(
			latestRegistrations(
				healthyOffering({
					registrations: [
						{ date: "2027-05-01", count: 4 },
						{ date: "2027-03-01", count: 1 },
					],
				}),
			),
		).toBe(4);
		expect(latestRegistrations(healthyOffering())).toBeNull();
	});
});
