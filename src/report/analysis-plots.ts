import { LineChart, ScatterChart } from "echarts/charts";
import { GraphicComponent, GridComponent, LegendComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { html } from "../html/template.ts";
import type { Analysis, AnalysisPlot, LinearFit, PastFacts } from "../model/analysis.ts";
import { type AnalysisWords, analysisWords } from "./analysis-format.ts";

// Only the parts these plots draw, so the server loads a fraction of echarts.
echarts.use([
	LineChart,
	ScatterChart,
	GraphicComponent,
	GridComponent,
	LegendComponent,
	SVGRenderer,
]);

/** The plot's area inside the picture, in pixels from its edges: fixed, so data maps to pixels. */
export const plotGrid = { left: 64, right: 24, top: 48, bottom: 56 } as const;

/** A series with more points than this is drawn as one path (echarts' large mode). */
export const largePlotPoints = 500;

const colours = {
	ran: "#175cd3",
	cancelled: "#b42318",
	line: "#101828",
	band: "#98a2b3",
	text: "#475467",
	/** Opaque, so the picture reads the same on a dark page (a README in dark mode). */
	background: "#ffffff",
};

/** What one plot shows: its points' coordinates, its fit in the axes' units, and its axes. */
interface PlotFrame {
	point(offering: PastFacts): [number, number] | undefined;
	fit: LinearFit | null;
	/** From the fit's x (days, a share, an amount) to the axis' units (weeks, %, the amount). */
	xScale: number;
	yScale: number;
	xName: string;
	yName: string;
	xMax?: number;
	yMax?: number;
}

function frameOf(analysis: Analysis, plot: AnalysisPlot, words: AnalysisWords): PlotFrame {
	const t = (key: string) => words.t(`analysis.plot.${key}`);
	switch (plot) {
		case "lead-time": {
			const weeks = analysis.pastOfferings.map((offering) => offering.leadTimeDays / 7);
			return {
				point: (offering) => [offering.leadTimeDays / 7, offering.fill * 100],
				fit: analysis.leadTime,
				xScale: 1 / 7,
				yScale: 100,
				xName: t("leadTimeAxis"),
				yName: t("fillAxis"),
				// A multiple of 5 weeks, so the axis ends on a tick.
				xMax: Math.max(5, Math.ceil(Math.max(0, ...weeks) / 5) * 5),
				yMax: 100,
			};
		}
		case "coverage":
			return {
				point: (offering) => [offering.coverage * 100, offering.fill * 100],
				fit: analysis.coverage,
				xScale: 100,
				yScale: 100,
				xName: t("coverageAxis"),
				yName: t("fillAxis"),
				xMax: 100,
				yMax: 100,
			};
		case "spend":
			return {
				point: (offering) =>
					offering.communicationSpend === undefined
						? undefined
						: [offering.communicationSpend, offering.finalRegistrations],
				fit: analysis.registrationsBySpend,
				xScale: 1,
				yScale: 1,
				xName: t("spendAxis"),
				yName: t("registrationsAxis"),
			};
		case "cost-per-enrolment":
			// The line of `Analysis.spend`, fitted to the courses that ran: a cancelled course's
			// registrations were never enrolments.
			return {
				point: (offering) =>
					offering.outcome !== "ran" ||
					offering.communicationSpend === undefined ||
					offering.costPerEnrolment === undefined
						? undefined
						: [offering.communicationSpend, offering.costPerEnrolment],
				fit: analysis.spend,
				xScale: 1,
				yScale: 1,
				xName: t("spendAxis"),
				yName: t("costPerEnrolmentAxis"),
			};
	}
}

/**
 * One plot of the analysis as a whole `<svg>` document, drawn by echarts on the server: the
 * past offerings as points (those that ran as blue circles, the cancelled as red triangles, so
 * shape tells them apart without colour), the fitted line over the points' x range only and
 * its 95% band shaded. Without a fit it draws the points and says no line was fitted; without
 * points it says there is too little data. It holds no text from the plan (no titles), only the
 * numbers and the words of `language`. Deterministic: the same analysis gives the same bytes.
 */
export function analysisPlotSvg(
	analysis: Analysis,
	plot: AnalysisPlot,
	options: { language: string; width?: number; height?: number },
): string {
	const words = analysisWords(options.language);
	const width = options.width ?? 640;
	const height = options.height ?? 400;
	const frame = frameOf(analysis, plot, words);
	const points = (outcome: PastFacts["outcome"]) =>
		analysis.pastOfferings
			.filter((offering) => offering.outcome === outcome)
			.flatMap((offering) => {
				const point = frame.point(offering);
				return point === undefined ? [] : [point];
			});
	const ran = points("ran");
	const cancelled = points("cancelled");
	const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
	try {
		chart.setOption(
			ran.length + cancelled.length === 0
				? {
						animation: false,
						backgroundColor: colours.background,
						graphic: [note(words.t("analysis.plot.tooLittleData"), "center")],
					}
				: plotOption(frame, { ran, cancelled }, words),
		);
		const label = html`${words.t(`analysis.plot.${plot}`)}`.toString();
		const svg = chart
			.renderToSVGString()
			.replace("<svg ", `<svg role="img" aria-label="${label}" `);
		return fixedIds(svg, `kairos-${plot}`);
	} finally {
		chart.dispose();
	}
}

function plotOption(
	frame: PlotFrame,
	points: { ran: [number, number][]; cancelled: [number, number][] },
	words: AnalysisWords,
) {
	const t = (key: string) => words.t(`analysis.plot.${key}`);
	const axis = (name: string, max: number | undefined, nameGap: number) => ({
		type: "value" as const,
		name,
		nameLocation: "middle" as const,
		nameGap,
		min: 0,
		...(max !== undefined && { max }),
		axisLabel: { formatter: (value: number) => words.points(value) },
	});
	const scatter = (name: string, data: [number, number][], symbol: string, color: string) => ({
		type: "scatter" as const,
		name,
		data,
		symbol,
		symbolSize: symbol === "triangle" ? 11 : 9,
		itemStyle: { color, opacity: 0.85 },
		silent: true,
		// Above this many points echarts draws the series as one path instead of one element per
		// point: the same picture, in a fraction of the time and the bytes.
		large: true,
		largeThreshold: largePlotPoints,
	});
	const { fit } = frame;
	const legend = [
		...(points.ran.length > 0 ? [{ name: t("ran") }] : []),
		...(points.cancelled.length > 0 ? [{ name: t("cancelled") }] : []),
		...(fit === null
			? []
			: [
					{ name: t("line"), icon: "path://M0 0h24v3H0z" },
					{ name: t("band"), icon: "rect" },
				]),
	];
	return {
		animation: false,
		backgroundColor: colours.background,
		grid: { ...plotGrid, outerBoundsMode: "none" as const },
		legend: { top: 6, itemGap: 18, data: legend, textStyle: { color: colours.text } },
		xAxis: axis(frame.xName, frame.xMax, 32),
		yAxis: axis(frame.yName, frame.yMax, 44),
		series: [
			...(fit === null ? [] : fitSeries(fit, frame, t)),
			...(points.ran.length > 0 ? [scatter(t("ran"), points.ran, "circle", colours.ran)] : []),
			...(points.cancelled.length > 0
				? [scatter(t("cancelled"), points.cancelled, "triangle", colours.cancelled)]
				: []),
		],
		graphic: fit === null ? [note(t("noLine"), "top")] : [],
	};
}

/** The band as two stacked lines, its low edge unseen and the width above it shaded, then the line. */
function fitSeries(fit: LinearFit, frame: PlotFrame, t: (key: string) => string) {
	const x = (value: number) => value * frame.xScale;
	const y = (value: number) => value * frame.yScale;
	const edge = { type: "line" as const, stack: "band", stackStrategy: "all" as const };
	const unseen = { symbol: "none", silent: true, lineStyle: { opacity: 0 } };
	return [
		{ ...edge, ...unseen, data: fit.band.map((point) => [x(point.x), y(point.low)]) },
		{
			...edge,
			...unseen,
			name: t("band"),
			itemStyle: { color: colours.band },
			areaStyle: { color: colours.band, opacity: 0.35 },
			data: fit.band.map((point) => [x(point.x), y(point.high - point.low)]),
		},
		{
			type: "line" as const,
			name: t("line"),
			symbol: "none",
			silent: true,
			itemStyle: { color: colours.line },
			lineStyle: { color: colours.line, width: 2 },
			data: [fit.xMin, fit.xMax].map((value) => [x(value), y(fit.intercept + fit.slope * value)]),
		},
	];
}

/** A line of text in the middle of the picture, or above the plot's area under the legend. */
function note(text: string, placement: "center" | "top") {
	return {
		type: "text" as const,
		...(placement === "center" ? { left: "center", top: "middle" } : { left: "center", top: 28 }),
		// Alone on an empty plot, the note is large enough to read where the plot is shown small.
		style: { text, fill: colours.text, fontSize: placement === "center" ? 26 : 13 },
		silent: true,
	};
}

/**
 * echarts numbers its instances and their style classes per process; renumbered from 0 under
 * the plot's own prefix, the same analysis gives the same bytes and two plots on one page keep
 * their ids and classes apart.
 */
function fixedIds(svg: string, prefix: string): string {
	const classes = new Map<string, number>();
	return svg
		.replace(/\bzr\d+-cls-(\d+)/g, (_, number: string) => {
			if (!classes.has(number)) classes.set(number, classes.size);
			return `${prefix}-cls-${classes.get(number)}`;
		})
		.replace(/\bzr\d+-/g, `${prefix}-`);
}
