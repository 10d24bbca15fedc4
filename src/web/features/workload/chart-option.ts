import type { Role } from "../../../model/primitives.ts";
import type { WeekRow } from "./workload-weeks.ts";

/** Each role's colour on the chart: apart from each other, and dark enough on white. */
export const roleColours: Readonly<Record<Role, string>> = {
	manager: "#0b5cad",
	pedagogy: "#6f42c1",
	marketing: "#b4570b",
	support: "#1a7f37",
};

/** The texts the chart shows, in the reader's language. */
export interface ChartTexts {
	role(role: Role): string;
	week(week: string): string;
	capacity(role: Role, hours: number): string;
	over: string;
	hoursAxis: string;
}

/** One bar of the chart as echarts takes it; over-capacity bars are outlined and labelled. */
export interface ChartBar {
	value: number;
	itemStyle?: { borderColor: string; borderWidth: number; borderType: "solid" };
	label?: { show: true; position: "top"; formatter: string; color: string; fontWeight: "bold" };
}

/**
 * The echarts option of the workload chart: one bar series per role over every week of `span`
 * (0 in a week without hours), the role's capacity as a dashed line, and bars above capacity
 * outlined and labelled with text, so colour is never the only sign.
 */
export function workloadChartOption(
	rows: readonly WeekRow[],
	span: readonly string[],
	roles: readonly Role[],
	texts: ChartTexts,
) {
	const loads = new Map(rows.map((row) => [row.week, row.loads]));
	return {
		animation: false,
		aria: { enabled: false },
		color: roles.map((role) => roleColours[role]),
		grid: { left: 48, right: 24, top: 48, bottom: 40 },
		legend: { top: 0, data: roles.map((role) => texts.role(role)) },
		xAxis: {
			type: "category",
			data: span.map((week) => texts.week(week)),
			axisTick: { alignWithLabel: true },
		},
		yAxis: { type: "value", name: texts.hoursAxis },
		series: roles.map((role) => {
			const capacity = rows
				.flatMap((row) => row.loads)
				.find((load) => load.role === role)?.capacity;
			return {
				id: role,
				name: texts.role(role),
				type: "bar",
				barMaxWidth: 28,
				data: span.map((week): ChartBar => {
					const load = loads.get(week)?.find((entry) => entry.role === role);
					if (!load) return { value: 0 };
					if (load.over === 0) return { value: load.hours };
					return {
						value: load.hours,
						itemStyle: { borderColor: "#1b1f24", borderWidth: 2, borderType: "solid" },
						label: {
							show: true,
							position: "top",
							formatter: texts.over,
							color: "#b42318",
							fontWeight: "bold",
						},
					};
				}),
				...(capacity !== undefined &&
					capacity !== null && {
						markLine: {
							silent: true,
							symbol: "none",
							lineStyle: { type: "dashed", color: roleColours[role], width: 1.5 },
							label: { formatter: texts.capacity(role, capacity), position: "insideEndTop" },
							data: [{ yAxis: capacity }],
						},
					}),
			};
		}),
	};
}
