import type { Role } from "../../../model/primitives.ts";
import type { WeekRow } from "./workload-weeks.ts";

/** Each role's colour on the chart: apart from each other, and dark enough on white. */
export const roleColours: Readonly<Record<Role, string>> = {
	manager: "#0b5cad",
	pedagogy: "#6f42c1",
	marketing: "#b4570b",
	support: "#1a7f37",
};

/** The colour of the hours above a role's capacity, always with the text label too. */
const overColour = "#b42318";

/** The texts the chart shows, in the reader's language. */
export interface ChartTexts {
	role(role: Role): string;
	/** A week on the axis, such as "Week 9\n2027". */
	week(week: string): string;
	capacity(role: Role, hours: number): string;
	over: string;
	hoursAxis: string;
}

/** One bar (or part of one) as echarts takes it; the part above capacity is labelled. */
export interface ChartBar {
	value: number;
	label?: { show: true; position: "top"; formatter: string; color: string; fontWeight: "bold" };
}

/** Where echarts may put a capacity line's label: at either end of the line, above or below it. */
export type CapacityLabelPosition =
	| "insideEndTop"
	| "insideEndBottom"
	| "insideStartTop"
	| "insideStartBottom";

/** How tall a capacity line's label is, as a share of the hours axis (12 px text on a plot of about 200 px, with room). */
const labelShare = 0.1;

/**
 * Where each role's capacity label goes, so that no two labels overlap: from the highest line
 * down, each takes the first place of the end above its line, the end below it, then the start
 * above and below, that no other label covers, preferring one no other line runs through; one
 * that finds none stays at the end above.
 */
export function capacityLabelPositions(
	capacities: ReadonlyMap<Role, number>,
	axisMax: number,
): Map<Role, CapacityLabelPosition> {
	const height = axisMax * labelShare;
	const lines = [...capacities.values()];
	const taken: { start: boolean; low: number; high: number }[] = [];
	const positions = new Map<Role, CapacityLabelPosition>();
	const candidates: CapacityLabelPosition[] = [
		"insideEndTop",
		"insideEndBottom",
		"insideStartTop",
		"insideStartBottom",
	];
	const byHeight = [...capacities].sort(([, a], [, b]) => b - a);
	for (const [role, capacity] of byHeight) {
		const place = (position: CapacityLabelPosition) => {
			const above = position.endsWith("Top");
			return {
				start: position.startsWith("insideStart"),
				low: above ? capacity : capacity - height,
				high: above ? capacity + height : capacity,
			};
		};
		const overlapsNoLabel = (position: CapacityLabelPosition) => {
			const { start, low, high } = place(position);
			return (
				low >= 0 &&
				!taken.some((other) => other.start === start && other.low < high && low < other.high)
			);
		};
		const crossesNoLine = (position: CapacityLabelPosition) => {
			const { low, high } = place(position);
			return !lines.some((line) => line > low && line < high);
		};
		const free =
			candidates.find((position) => overlapsNoLabel(position) && crossesNoLine(position)) ??
			candidates.find(overlapsNoLabel);
		const position = free ?? "insideEndTop";
		taken.push(place(position));
		positions.set(role, position);
	}
	return positions;
}

/** The weeks the chart shows at first when the span is long: half a year from `focus`. */
const window = 26;

/** The series id of a role's hours above capacity; its hours within capacity have the role's name. */
export const overSeriesId = (role: Role) => `${role}:over`;

/** The role of a series id of the chart. */
export const roleOfSeries = (id: string) => id.split(":")[0] as Role;

/**
 * The echarts option of the workload chart: for each role over every week of `span` (0 in a
 * week without hours), a bar of its hours within capacity with the part above capacity stacked
 * on it in red and labelled with text, so colour is never the only sign; each role's capacity is
 * a dashed line. A long span opens on the half year from the week `focus`, with a zoom slider.
 */
export function workloadChartOption(
	rows: readonly WeekRow[],
	span: readonly string[],
	roles: readonly Role[],
	texts: ChartTexts,
	focus?: string,
) {
	const loads = new Map(rows.map((row) => [row.week, row.loads]));
	const loadOf = (week: string, role: Role) =>
		loads.get(week)?.find((entry) => entry.role === role);
	const first = Math.max(0, Math.min(span.length - window, span.indexOf(focus ?? "") - 1));
	// The axis reaches every capacity line, so none is left off the chart.
	const capacities = rows.flatMap((row) => row.loads.map((load) => load.capacity ?? 0));
	const highest = Math.max(
		0,
		...capacities,
		...rows.flatMap((row) => row.loads.map((l) => l.hours)),
	);
	const axisMax = Math.ceil((highest * 1.1) / 10) * 10;
	const capacityOf = new Map<Role, number>();
	for (const load of rows.flatMap((row) => row.loads))
		if (roles.includes(load.role) && load.capacity !== null && !capacityOf.has(load.role))
			capacityOf.set(load.role, load.capacity);
	const labelPositions = capacityLabelPositions(capacityOf, axisMax);
	return {
		animation: false,
		aria: { enabled: false },
		grid: { left: 48, right: 24, top: 48, bottom: span.length > window ? 96 : 56 },
		legend: { top: 0, data: roles.map((role) => texts.role(role)) },
		xAxis: {
			type: "category",
			data: span.map((week) => texts.week(week)),
			axisTick: { alignWithLabel: true },
			axisLabel: { lineHeight: 16 },
		},
		yAxis: { type: "value", name: texts.hoursAxis, max: axisMax },
		...(span.length > window && {
			dataZoom: [
				{ type: "slider", startValue: first, endValue: first + window - 1, bottom: 8 },
				{ type: "inside", startValue: first, endValue: first + window - 1 },
			],
		}),
		series: roles.flatMap((role) => {
			const capacity = capacityOf.get(role);
			const within = {
				id: role,
				name: texts.role(role),
				type: "bar",
				stack: role,
				barMaxWidth: 28,
				itemStyle: { color: roleColours[role] },
				data: span.map((week): ChartBar => {
					const load = loadOf(week, role);
					return { value: load ? load.hours - load.over : 0 };
				}),
				...(capacity !== undefined && {
					markLine: {
						silent: true,
						symbol: "none",
						lineStyle: { type: "dashed", color: roleColours[role], width: 1.5 },
						label: {
							formatter: texts.capacity(role, capacity),
							position: labelPositions.get(role) ?? "insideEndTop",
						},
						data: [{ yAxis: capacity }],
					},
				}),
			};
			const above = {
				id: overSeriesId(role),
				name: texts.role(role),
				type: "bar",
				stack: role,
				barMaxWidth: 28,
				itemStyle: { color: overColour },
				data: span.map((week): ChartBar => {
					const over = loadOf(week, role)?.over ?? 0;
					if (over === 0) return { value: 0 };
					return {
						value: over,
						label: {
							show: true,
							position: "top",
							formatter: texts.over,
							color: overColour,
							fontWeight: "bold",
						},
					};
				}),
			};
			return [within, above];
		}),
	};
}
