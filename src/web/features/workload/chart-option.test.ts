import { describe, expect, it } from "vitest";
import { capacityLabelPositions, workloadChartOption } from "./chart-option.ts";
import type { WeekRow } from "./workload-weeks.ts";

const texts = {
	role: (role: string) => role,
	week: (week: string) => week,
	capacity: (role: string, hours: number) => `${role} ${hours}`,
	over: "over",
	hoursAxis: "h",
};

function weeks(count: number): string[] {
	return Array.from({ length: count }, (_, index) => `2027-W${String(index + 1).padStart(2, "0")}`);
}

const rows: WeekRow[] = [
	{
		week: "2027-W02",
		monday: "2027-01-11",
		loads: [{ role: "support", hours: 30, capacity: 24, over: 6 }],
	},
];

describe("workloadChartOption", () => {
	it("reaches every capacity line, even one above all the hours", () => {
		const quiet: WeekRow[] = [
			{
				week: "2027-W02",
				monday: "2027-01-11",
				loads: [{ role: "pedagogy", hours: 5, capacity: 70, over: 0 }],
			},
		];
		expect(workloadChartOption(quiet, weeks(3), ["pedagogy"], texts).yAxis.max).toBe(80);
	});

	it("shows a short span whole, without a zoom", () => {
		const option = workloadChartOption(rows, weeks(10), ["support"], texts, "2027-W05");
		expect(option.dataZoom).toBeUndefined();
		expect(option.series.map((series) => series.data[1]?.value)).toEqual([24, 6]);
		// 30 h, and room above it.
		expect(option.yAxis.max).toBe(40);
	});

	it("opens a long span on the half year from the week before the focus", () => {
		const span = weeks(52);
		const zoom = (focus: string) =>
			workloadChartOption(rows, span, ["support"], texts, focus).dataZoom?.[0];
		expect(zoom("2027-W20")).toMatchObject({ startValue: 18, endValue: 43 });
		// Never past either end of the span.
		expect(zoom("2027-W50")).toMatchObject({ startValue: 26, endValue: 51 });
		expect(zoom("2031-W01")).toMatchObject({ startValue: 0, endValue: 25 });
	});
});

describe("capacityLabelPositions", () => {
	it("keeps the labels of lines close together apart, off the other lines", () => {
		// The demo school: support's 24 h and the programme manager's 20 h on an axis to 150 h.
		const capacities = new Map([
			["pedagogy", 70],
			["marketing", 42],
			["support", 24],
			["manager", 20],
		] as const);
		expect(Object.fromEntries(capacityLabelPositions(capacities, 150))).toEqual({
			pedagogy: "insideEndTop",
			marketing: "insideEndTop",
			support: "insideEndTop",
			manager: "insideEndBottom",
		});
	});

	it("moves a label to the line's start when both places at its end are taken, and lets a line cross it rather", () => {
		const capacities = new Map([
			["support", 24],
			["manager", 20],
			["marketing", 16],
		] as const);
		expect(Object.fromEntries(capacityLabelPositions(capacities, 150))).toEqual({
			support: "insideEndTop",
			manager: "insideEndBottom",
			marketing: "insideStartBottom",
		});
	});

	it("gives the chart's capacity lines those places", () => {
		const close: WeekRow[] = [
			{
				week: "2027-W02",
				monday: "2027-01-11",
				loads: [
					{ role: "support", hours: 100, capacity: 24, over: 76 },
					{ role: "manager", hours: 5, capacity: 20, over: 0 },
				],
			},
		];
		const option = workloadChartOption(close, weeks(3), ["support", "manager"], texts);
		const positions = option.series.map(
			(series) =>
				(series as { markLine?: { label: { position: string } } }).markLine?.label.position,
		);
		expect(positions).toEqual(["insideEndTop", undefined, "insideEndBottom", undefined]);
	});
});
