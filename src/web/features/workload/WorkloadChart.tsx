import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Role } from "../../../model/primitives.ts";
import { type ChartTexts, roleOfSeries, workloadChartOption } from "./chart-option.ts";
import type { WeekRow } from "./workload-weeks.ts";

type Echarts = typeof import("./load-echarts.ts")["echarts"];
type Chart = ReturnType<Echarts["init"]>;

interface WorkloadChartProps {
	rows: readonly WeekRow[];
	span: readonly string[];
	roles: readonly Role[];
	texts: ChartTexts;
	/** The week the chart opens on when it shows a long span. */
	focus: string;
	/** What the chart shows, for people who do not see it. */
	label: string;
	onSelect: (week: string, role: Role) => void;
}

/**
 * The workload as bars per role and week (echarts, loaded when the view opens). A click on a
 * bar selects its week and role; the table beside it offers the same by keyboard.
 */
export function WorkloadChart({
	rows,
	span,
	roles,
	texts,
	focus,
	label,
	onSelect,
}: WorkloadChartProps) {
	const { t } = useTranslation("workload");
	const element = useRef<HTMLDivElement>(null);
	const [chart, setChart] = useState<Chart | null>(null);
	const [failed, setFailed] = useState(false);
	const select = useRef(onSelect);
	select.current = onSelect;

	useEffect(() => {
		let made: Chart | undefined;
		let stopped = false;
		import("./load-echarts.ts")
			.then(({ echarts }) => {
				if (stopped || !element.current) return;
				made = echarts.init(element.current, null, { renderer: "svg" });
				setChart(made);
			})
			.catch(() => setFailed(true));
		return () => {
			stopped = true;
			made?.dispose();
		};
	}, []);

	useEffect(() => {
		if (!chart) return;
		const resize = () => chart.resize();
		window.addEventListener("resize", resize);
		return () => window.removeEventListener("resize", resize);
	}, [chart]);

	const weeks = useRef(span);
	weeks.current = span;
	useEffect(() => {
		if (!chart) return;
		chart.off("click");
		chart.on("click", (event) => {
			const week = weeks.current[event.dataIndex];
			if (event.componentType === "series" && week && typeof event.seriesId === "string")
				select.current(week, roleOfSeries(event.seriesId));
		});
		chart.setOption(workloadChartOption(rows, span, roles, texts, focus), { notMerge: true });
	}, [chart, rows, span, roles, texts, focus]);

	return (
		<figure className="workload-chart">
			<div ref={element} className="workload-chart-canvas" role="img" aria-label={label} />
			<figcaption>
				{failed ? t("chartFailed") : chart ? t("chartHint") : t("chartLoading")}
			</figcaption>
		</figure>
	);
}
