import { describe, expect, it } from "vitest";
import { pastOffering } from "../../../test/fixtures/history.ts";
import { estonianHolidays } from "../../../test/fixtures/holidays.ts";
import { healthyOffering, healthyPlan } from "../../../test/fixtures/plans.ts";
import { yearlyReport as yearlyReportSchema } from "../../model/analysis.ts";
import type { PlanFile } from "../../model/plan-file.ts";
import { plan } from "../plan.ts";
import { yearlyFigures } from "./yearly.ts";

/**
 * autumn-2027 of the plan: mig-welding planned (published 2027-03-15, start 09-20: 189 days),
 * cnc-autumn cancelled by a no-go (start 09-27: 196 days), each budgeting 300 for communication;
 * done-early, a past course of autumn-2027 that ran: 10 of 14, spent 280, 189 days ahead.
 * spring-2027, from the history only (spring-2028 a year earlier, the default window
 * 2026-08-30 … 11-15): s1 ran, 7 of 10, spent 210, published 2026-08-15 (coverage 1, 177
 * days); s2 cancelled with 3, spent 100, published after the window (coverage 0, 76 days).
 */
function yearPlan(): PlanFile {
	return {
		...healthyPlan(),
		offerings: [
			healthyOffering(),
			healthyOffering({
				id: "cnc-autumn",
				start: "2027-09-27",
				end: "2027-12-03",
				decision: "no-go",
			}),
			healthyOffering({
				id: "spring-welding",
				intake: "spring-2028",
				start: "2028-02-07",
				end: "2028-04-07",
			}),
		],
		history: [
			pastOffering({
				id: "done-early",
				intake: "autumn-2027",
				publication: "2027-03-01",
				start: "2027-09-06",
				participants: { min: 8, max: 14 },
				finalRegistrations: 10,
				communicationSpend: 280,
			}),
			pastOffering({
				id: "s1",
				publication: "2026-08-15",
				start: "2027-02-08",
				finalRegistrations: 7,
				communicationSpend: 210,
			}),
			pastOffering({
				id: "s2",
				publication: "2026-12-01",
				start: "2027-02-15",
				finalRegistrations: 3,
				outcome: "cancelled",
				communicationSpend: 100,
			}),
			pastOffering({ id: "autumn-2026", publication: "2026-03-01", start: "2026-09-14" }),
		],
	};
}

function figures(input: PlanFile, year: number, language = "en") {
	const report = plan(input, { holidays: estonianHolidays, today: "2027-01-10" });
	return yearlyFigures(input, report, { year, language });
}

describe("yearlyFigures", () => {
	const result = figures(yearPlan(), 2027);

	it("gives the shape of the contract, with the analysis of the whole history", () => {
		expect(yearlyReportSchema.safeParse(result).success).toBe(true);
		expect(result).toMatchObject({ year: 2027, today: "2027-01-10", currency: "EUR" });
		expect(result.institution.id).toBe("test-vc");
		expect(result.analysis.pastOfferings).toHaveLength(4);
	});

	it("holds the intakes whose studies start in the year, by studies start", () => {
		expect(
			result.intakes.map(({ id, label, studiesStart }) => ({ id, label, studiesStart })),
		).toEqual([
			{ id: "spring-2027", label: "Spring 2027", studiesStart: "2027-02-01" },
			{ id: "autumn-2027", label: "Autumn 2027", studiesStart: "2027-09-01" },
		]);
		expect(figures(yearPlan(), 2027, "et").intakes[0]?.label).toBe("Kevad 2027");
	});

	it("sums up a plan intake with its offerings and the past ones that ran in it", () => {
		const autumn = result.intakes[1];
		expect(autumn?.offerings.map(({ id, status }) => ({ id, status }))).toEqual([
			{ id: "done-early", status: "ran" },
			{ id: "mig-welding", status: "planned" },
			{ id: "cnc-autumn", status: "cancelled" },
		]);
		expect(autumn?.offerings[1]).toEqual({
			id: "mig-welding",
			title: "MIG/MAG welding basics",
			field: "engineering",
			status: "planned",
			publication: "2027-03-15",
			start: "2027-09-20",
			leadTimeDays: 189,
			coverage: 1,
			places: 14,
			minimum: 8,
			communicationSpend: 300,
		});
		expect(autumn).toMatchObject({
			ran: 1,
			cancelled: 1,
			running: 0,
			planned: 1,
			fill: { n: 1, mean: 10 / 14, low: null, high: null },
			leadTimeDays: { median: 189, min: 189, max: 196 },
			coverage: { n: 3, mean: 1, low: 1, high: 1 },
			enrolments: 10,
			communicationSpend: 880,
			costPerEnrolment: 28,
		});
	});

	it("puts a plan offering of no intake where its start matches one, as the history does", () => {
		const { intake: _, ...withoutIntake } = healthyOffering({
			id: "first-aid",
			start: "2027-10-04",
			end: "2027-10-05",
		});
		const lastYear = {
			...withoutIntake,
			id: "first-aid-2026",
			start: "2026-10-05",
			end: "2026-10-06",
		};
		const input = { ...healthyPlan(), offerings: [withoutIntake, lastYear] };
		const autumn = figures(input, 2027).intakes.find((intake) => intake.id === "autumn-2027");
		expect(autumn?.offerings.map(({ id, status }) => ({ id, status }))).toEqual([
			{ id: "first-aid", status: "planned" },
		]);
		expect(figures(input, 2026).intakes).toMatchObject([
			{ id: "autumn-2026", label: "Autumn 2026", ran: 1, offerings: [{ id: "first-aid-2026" }] },
		]);
	});

	it("says running of a plan offering that has started and ran once it ended, with the plan's latest count", () => {
		const input = yearPlan();
		input.offerings[0] = healthyOffering({
			registrations: [
				{ date: "2027-09-10", count: 11 },
				{ date: "2027-06-01", count: 6 },
			],
		});
		const at = (today: string) =>
			yearlyFigures(input, plan(input, { holidays: estonianHolidays, today }), { year: 2027 })
				.intakes[1];
		// mig-welding starts on 2027-09-20; its counts give no forecast once it has started.
		const running = at("2027-10-01");
		expect(running?.offerings.find((offering) => offering.id === "mig-welding")).toMatchObject({
			status: "running",
			registrations: 11,
		});
		expect(running).toMatchObject({ ran: 1, cancelled: 1, running: 1, planned: 0 });
		expect(at("2027-09-19")).toMatchObject({ running: 0, planned: 1 });
		// Ended on 2027-12-03 and still in the plan: it ran with its latest count, 11 of 14, and
		// its communication budget at the minimum group, 300: 300 ÷ 11 per enrolment. With
		// done-early (10 of 14): mean fill (11 + 10) ÷ 28 = 0.75, 21 enrolments.
		const ended = at("2027-12-06");
		expect(ended?.offerings.find((offering) => offering.id === "mig-welding")).toMatchObject({
			status: "ran",
			registrations: 11,
			fill: 11 / 14,
			costPerEnrolment: 300 / 11,
		});
		expect(ended).toMatchObject({ ran: 2, running: 0, planned: 0, enrolments: 21 });
		expect(ended?.fill.mean).toBeCloseTo(0.75, 12);
	});

	it("counts an ended plan offering's registrations beyond its maximum group as the group", () => {
		const input = yearPlan();
		input.offerings[0] = healthyOffering({ registrations: [{ date: "2027-09-10", count: 17 }] });
		const report = plan(input, { holidays: estonianHolidays, today: "2027-12-06" });
		// mig-welding ran with 17 registered for 14 places: 14 enrolled, 300 ÷ 14 per enrolment,
		// as the history job would record it; with done-early's 10, 24 enrolments.
		const autumn = yearlyFigures(input, report, { year: 2027 }).intakes[1];
		expect(autumn?.offerings.find((offering) => offering.id === "mig-welding")).toMatchObject({
			registrations: 14,
			fill: 1,
			costPerEnrolment: 300 / 14,
		});
		expect(autumn).toMatchObject({ enrolments: 24, costPerEnrolment: 580 / 24 });
	});

	it("sums up an intake of the history, as computed by hand", () => {
		// Lead times 177 and 76: median 126.5. Coverage 1 and 0: mean 0.5, s = √0.5,
		// s/√2 = 0.5, t(0.975, 1) = 12.706205: [−5.853102, 6.853102], cut to [0, 1]. Spend 210 + 100 = 310;
		// cost per enrolment 210 ÷ 7 = 30 (the cancelled course's spend is not in it).
		const spring = result.intakes[0];
		// The cancelled course enrolled no one, so it has no cost per enrolment of its own.
		expect(
			spring?.offerings.map(({ id, status, fill, costPerEnrolment }) => ({
				id,
				status,
				fill,
				costPerEnrolment,
			})),
		).toEqual([
			{ id: "s1", status: "ran", fill: 0.7, costPerEnrolment: 30 },
			{ id: "s2", status: "cancelled", fill: 0.3, costPerEnrolment: undefined },
		]);
		expect(spring).toMatchObject({
			ran: 1,
			cancelled: 1,
			planned: 0,
			fill: { n: 1, mean: 0.7 },
			leadTimeDays: { median: 126.5, min: 76, max: 177 },
			enrolments: 7,
			communicationSpend: 310,
			costPerEnrolment: 30,
		});
		expect(spring?.coverage.mean).toBe(0.5);
		expect(spring?.coverage).toMatchObject({ low: 0, high: 1 });
	});

	it("has no cost per enrolment without enrolments, and EUR without offerings", () => {
		const input = { ...yearPlan(), offerings: [] };
		const empty = figures(input, 2030);
		expect(empty.intakes).toEqual([]);
		expect(empty.currency).toBe("EUR");
		const onlyCancelled = figures(
			{ ...input, history: [pastOffering({ outcome: "cancelled", finalRegistrations: 2 })] },
			2026,
		);
		expect(onlyCancelled.intakes[0]).toMatchObject({
			id: "autumn-2026",
			enrolments: 0,
			costPerEnrolment: null,
		});
	});

	it("takes the currency of the plan's first offering", () => {
		const input = yearPlan();
		input.offerings = input.offerings.map((offering) => ({
			...offering,
			fee: { amount: 400, currency: "SEK" },
		}));
		expect(figures(input, 2027).currency).toBe("SEK");
	});
});
