import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estonianHolidays } from "../../test/fixtures/holidays.ts";
import {
	healthyPlan,
	planWith,
	planWithout,
	planWithRegistrations,
} from "../../test/fixtures/plans.ts";
import { planReport } from "../model/report.ts";
import { toDay, toIso } from "./days.ts";
import type { PublicHoliday } from "./holidays.ts";
import { plan } from "./plan.ts";

describe("plan", () => {
	it("finds nothing wrong with a healthy plan", () => {
		const report = plan(healthyPlan(), { today: "2027-01-10", holidays: estonianHolidays });
		expect(report.offerings[0]?.findings).toEqual([]);
		expect(report.findings).toEqual([]);
		expect(report.summary).toEqual({ offerings: 1, errors: 0, warnings: 0 });
	});

	it("writes titles, milestone labels and intake names in the report's language, by default the institution's first", () => {
		const input = planWith({ title: { et: "Keevituse alused", en: "Welding basics" } });
		const shown = (language?: string) => {
			const report = plan(input, { holidays: estonianHolidays, language });
			return {
				title: report.offerings[0]?.title,
				label: report.offerings[0]?.milestones[0]?.label,
				intake: report.intakes[0]?.label,
			};
		};
		expect(shown()).toEqual({
			title: "Keevituse alused",
			label: "Sisu kinnitatud",
			intake: "Sügis 2027",
		});
		expect(shown("en")).toEqual({
			title: "Welding basics",
			label: "Content approved",
			intake: "Autumn 2027",
		});
		// A language the texts lack falls back to the institution's first.
		expect(shown("ru")).toEqual(shown());
	});

	it("returns the documented shape of --format json", () => {
		const report = plan(healthyPlan(), { today: "2027-01-10", holidays: estonianHolidays });
		expect(planReport.safeParse(report).success).toBe(true);
		expect(Object.keys(report.offerings[0] ?? {})).toEqual(
			expect.arrayContaining([
				"id",
				"intake",
				"publication",
				"leadTimeDays",
				"decisionWindowCoverage",
				"breakEvenParticipants",
				"communicationShare",
				"milestones",
				"findings",
			]),
		);
		expect(report.today).toBe("2027-01-10");
	});

	it("gives the fill forecast in the documented shape, only to an offering with counts", () => {
		const report = plan(planWithRegistrations(4), {
			today: "2027-08-01",
			holidays: estonianHolidays,
		});
		expect(planReport.parse(report)).toEqual(report);
		expect(report.offerings[0]?.forecast).toEqual({
			current: 4,
			expectedFinal: 7,
			low: 5,
			high: 12,
			probabilityMinReached: 0.41,
		});
		const without = plan(healthyPlan(), { today: "2027-08-01", holidays: estonianHolidays });
		expect(without.offerings[0]).not.toHaveProperty("forecast");
		const malformed = structuredClone(report);
		Reflect.deleteProperty(malformed.offerings[0]?.forecast ?? {}, "low");
		expect(planReport.safeParse(malformed).success).toBe(false);
	});

	it("counts errors and warnings across offerings and the institution", () => {
		const report = plan(planWithout("contact", "budget"), { holidays: estonianHolidays });
		const all = [...report.offerings.flatMap((offering) => offering.findings), ...report.findings];
		expect(report.summary.errors).toBe(all.filter((entry) => entry.severity === "error").length);
		expect(report.summary.warnings).toBe(
			all.filter((entry) => entry.severity === "warning").length,
		);
		expect(report.summary.errors).toBeGreaterThan(0);
	});

	it("takes the public holidays as input and names the one a task moves off", () => {
		const due = (holidays: readonly PublicHoliday[]) =>
			plan(healthyPlan(), { holidays }).offerings[0]?.milestones.find(
				(milestone) => milestone.key === "campaign-reminder",
			);
		// Six calendar weeks before the start on Monday 2027-09-20.
		expect(due([])).toMatchObject({ due: "2027-08-09" });
		expect(due([{ date: "2027-08-09", name: "Founders' Day" }])).toMatchObject({
			due: "2027-08-06",
			moved: { from: "2027-08-09", reason: "Founders' Day" },
		});
	});

	it("is deterministic: the same plan and today give the same report", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 300 }),
				fc.integer({ min: 0, max: 120 }),
				fc.constantFrom(undefined, "2027-01-10", "2027-06-01"),
				(startShift, publicationShift, today) => {
					const start = isoPlus("2027-09-01", startShift);
					const input = planWith({
						start,
						end: isoPlus(start, 60),
						publication: isoPlus("2027-02-01", publicationShift),
					});
					const first = plan(input, { today, holidays: estonianHolidays });
					const second = plan(structuredClone(input), { today, holidays: estonianHolidays });
					expect(JSON.stringify(second)).toBe(JSON.stringify(first));
				},
			),
			{ numRuns: 60 },
		);
	});
});

const isoPlus = (iso: string, days: number) => toIso(toDay(iso) + days);
