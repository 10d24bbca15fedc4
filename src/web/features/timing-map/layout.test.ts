import { describe, expect, it } from "vitest";
import { healthyOffering, healthyPlan } from "../../../../test/fixtures/plans.ts";
import { toDay } from "../../../engine/days.ts";
import { plan } from "../../../engine/plan.ts";
import type { PlanFile } from "../../../model/plan-file.ts";
import { blockersOf } from "./blockers.ts";
import { layoutMap } from "./layout.ts";

function school(): PlanFile {
	const file = healthyPlan();
	file.offerings = [
		healthyOffering({ id: "welding", start: "2027-09-20" }),
		healthyOffering({
			id: "pastry",
			title: "Pastry",
			start: "2027-09-13",
			blockedUntil: ["intake.fullTimeGroupsConfirmed"],
		}),
		healthyOffering({
			id: "spring",
			intake: "spring-2028",
			start: "2028-02-14",
			end: "2028-04-28",
		}),
		healthyOffering({ id: "loose", intake: undefined, start: "2027-10-04", end: "2027-12-10" }),
	];
	return file;
}

const file = school();
const report = plan(file, { holidays: [] });
const layout = layoutMap({
	intakes: report.intakes,
	offerings: report.offerings,
	planIntakes: file.intakes,
	blockers: blockersOf(file, []),
});
if (!layout) throw new Error("nothing laid out");
const { scale } = layout;
const row = (id: string) =>
	layout.groups.flatMap((group) => group.rows).find((candidate) => candidate.offering.id === id);

describe("layoutMap", () => {
	it("spans the months from the first admission opening to the last course's end", () => {
		// Autumn 2027's admission opens on 2027-04-01 but its decision window opens on 2027-03-15.
		expect(scale.first).toBe(toDay("2027-03-01"));
		expect(scale.end).toBe(toDay("2028-05-01"));
	});

	it("groups offerings by intake in the intakes' order, sorted by start, the others last", () => {
		expect(
			layout.groups.map((group) => [
				group.intake?.id ?? null,
				group.rows.map((candidate) => candidate.offering.id),
			]),
		).toEqual([
			["autumn-2027", ["pastry", "welding"]],
			["spring-2028", ["spring"]],
			[null, ["loose"]],
		]);
	});

	it("gives each intake its admission period, decision window and studies start", () => {
		const [autumn] = layout.lanes;
		expect(autumn?.admission?.from).toBe("2027-04-01");
		expect(autumn?.admission?.span.left).toBeCloseTo(scale.at(toDay("2027-04-01")), 10);
		expect(autumn?.window.left).toBeCloseTo(scale.at(toDay("2027-03-15")), 10);
		expect(autumn?.studiesStart).toBeCloseTo(scale.at(toDay("2027-09-01")), 10);
		expect(autumn?.fullTimeGroupsConfirmed?.date).toBe("2027-08-25");
	});

	it("draws a bar from publication to start and a line from start to end", () => {
		const welding = row("welding");
		expect(welding?.risk).toBe("none");
		expect(welding?.late).toBe(false);
		expect(welding?.publicSpan.left).toBeCloseTo(scale.at(toDay("2027-03-15")), 10);
		expect(welding?.course.left).toBeCloseTo(scale.at(toDay("2027-09-20")), 10);
		expect(welding?.missed).toBeUndefined();
		expect(welding?.window).toBeUndefined();
	});

	it("shows what a late course missed of its decision window, and the blocker it waits for", () => {
		const pastry = row("pastry");
		expect(pastry?.risk).toBe("error");
		expect(pastry?.late).toBe(true);
		// The whole window, 2027-03-15 to 2027-06-15, passed before the 2027-08-25 publication.
		expect(pastry?.missed?.left).toBeCloseTo(scale.at(toDay("2027-03-15")), 10);
		expect(pastry?.missed?.width).toBeCloseTo(
			scale.at(toDay("2027-06-16")) - scale.at(toDay("2027-03-15")),
			10,
		);
		expect(pastry?.blocker).toEqual({
			date: "2027-08-25",
			anchor: "intake.fullTimeGroupsConfirmed",
			at: scale.at(toDay("2027-08-25")),
		});
	});

	it("shades its own decision window on a row without an intake", () => {
		expect(row("loose")?.window?.width).toBeGreaterThan(0);
	});

	it("has nothing to lay out when nothing is in view", () => {
		expect(
			layoutMap({ intakes: [], offerings: [], planIntakes: file.intakes, blockers: new Map() }),
		).toBeUndefined();
	});
});
