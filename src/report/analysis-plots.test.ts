import { describe, expect, it } from "vitest";
import { fitOf, pastFact, sampleAnalysis } from "../../test/fixtures/analysis.ts";
import { analysisPlotSvg, plotGrid } from "./analysis-plots.ts";

const width = 640;
const height = 400;

/** The attributes of every `<path>` of an SVG (echarts writes one element per line). */
function paths(svg: string): Record<string, string>[] {
	return [...svg.matchAll(/<path\b([^>]*)>/g)].map((match) =>
		Object.fromEntries(
			[...(match[1] ?? "").matchAll(/([\w:-]+)="([^"]*)"/g)].map((pair) => [pair[1], pair[2]]),
		),
	);
}

/** The drawn points: echarts' symbols of the chart (not of its legend), with their centres. */
function points(svg: string) {
	return paths(svg)
		.filter((path) => path.ecmeta_ssr_type === "chart" && path.transform?.startsWith("matrix("))
		.map((path) => {
			const [, , , , x = 0, y = 0] = (path.transform ?? "").slice(7, -1).split(",").map(Number);
			return { x, y, fill: path.fill, shape: path.d?.includes("A") ? "circle" : "triangle" };
		});
}

/** The fitted line: the one path drawn in the line's colour and width outside the legend. */
function fittedLine(svg: string): number[][] {
	const lines = paths(svg).filter(
		(path) => path.stroke === "#101828" && path["stroke-width"] === "2" && !path.transform,
	);
	expect(lines).toHaveLength(1);
	return [...(lines[0]?.d ?? "").matchAll(/[ML]([\d.-]+) ([\d.-]+)/g)].map((m) => [
		Number(m[1]),
		Number(m[2]),
	]);
}

/** Data to pixels for axes from 0 to `xMax` and 0 to `yMax` in the fixed plot area. */
function pixel(x: number, y: number, xMax: number, yMax: number): [number, number] {
	const plotWidth = width - plotGrid.left - plotGrid.right;
	const plotHeight = height - plotGrid.top - plotGrid.bottom;
	return [
		plotGrid.left + (x / xMax) * plotWidth,
		height - plotGrid.bottom - (y / yMax) * plotHeight,
	];
}

describe("analysisPlotSvg", () => {
	it("draws fill against lead time: a point per past offering, cancelled ones as red triangles, the line from fit(xMin) to fit(xMax)", () => {
		const svg = analysisPlotSvg(sampleAnalysis(), "lead-time", { language: "en", width, height });
		expect(svg).toMatch(/^<svg role="img" aria-label="Fill against lead time" width="640"/);
		// The sample's lead times reach 20 weeks, so the x axis runs from 0 to 20 weeks.
		const drawn = points(svg);
		expect(drawn).toHaveLength(5);
		const expected = [
			[4, 25, "#175cd3", "circle"],
			[8, 37.5, "#175cd3", "circle"],
			[16, 75, "#175cd3", "circle"],
			[20, 87.5, "#175cd3", "circle"],
			[12, 50, "#b42318", "triangle"],
		] as const;
		for (const [weeks, fill, colour, shape] of expected) {
			const [x, y] = pixel(weeks, fill, 20, 100);
			const near = drawn.filter((point) => Math.abs(point.x - x) < 1 && Math.abs(point.y - y) < 1);
			expect(near, `${weeks} weeks, ${fill}%`).toEqual([
				{ x: near[0]?.x, y: near[0]?.y, fill: colour, shape },
			]);
		}
		// fill = 0.1 + 0.005 × days over 28 to 140 days: 24% at 4 weeks, 80% at 20 weeks.
		const line = fittedLine(svg);
		expect(line).toHaveLength(2);
		const [start, end] = [pixel(4, 24, 20, 100), pixel(20, 80, 20, 100)];
		expect(line[0]?.[0]).toBeCloseTo(start[0], 0);
		expect(line[0]?.[1]).toBeCloseTo(start[1], 0);
		expect(line[1]?.[0]).toBeCloseTo(end[0], 0);
		expect(line[1]?.[1]).toBeCloseTo(end[1], 0);
	});

	it("draws fill against coverage with the fitted line and its band around it", () => {
		const analysis = sampleAnalysis({
			coverage: fitOf(
				{ slope: 0.4, intercept: 0.3, xMin: 0.2, xMax: 0.9, n: 5 },
				{ halfWidth: 0.05 },
			),
		});
		const svg = analysisPlotSvg(analysis, "coverage", { language: "en", width, height });
		expect(points(svg)).toHaveLength(5);
		const line = fittedLine(svg);
		const [start, end] = [pixel(20, 38, 100, 100), pixel(90, 66, 100, 100)];
		expect(Math.abs((line[0]?.[0] ?? 0) - start[0])).toBeLessThan(1.5);
		expect(Math.abs((line[0]?.[1] ?? 0) - start[1])).toBeLessThan(1.5);
		expect(Math.abs((line[1]?.[0] ?? 0) - end[0])).toBeLessThan(1.5);
		expect(Math.abs((line[1]?.[1] ?? 0) - end[1])).toBeLessThan(1.5);
		// The band: one shaded polygon from 5 points above the line at 20% back to 5 below it.
		const band = paths(svg).filter((path) => path.fill === "#98a2b3" && path["fill-opacity"]);
		expect(band).toHaveLength(1);
		const corners = [...(band[0]?.d ?? "").matchAll(/[ML]([\d.-]+) ([\d.-]+)/g)].map((m) => [
			Number(m[1]),
			Number(m[2]),
		]);
		const [upperLeft, lowerLeft] = [pixel(20, 43, 100, 100), pixel(20, 33, 100, 100)];
		expect(corners[0]?.[0]).toBeCloseTo(upperLeft[0], 0);
		expect(corners[0]?.[1]).toBeCloseTo(upperLeft[1], 0);
		expect(corners.at(-1)?.[1]).toBeCloseTo(lowerLeft[1], 0);
		expect(svg).toContain("95% band");
		expect(svg).toContain("Decision window covered (%)");
	});

	it("without a fit draws the points and says there is no line", () => {
		const svg = analysisPlotSvg(sampleAnalysis({ leadTime: null }), "lead-time", {
			language: "en",
		});
		expect(points(svg)).toHaveLength(5);
		expect(paths(svg).filter((path) => path.stroke === "#101828" && !path.transform)).toEqual([]);
		expect(svg).toContain("Too few points or too little spread: no line fitted");
		expect(svg).not.toContain("Fitted line");
	});

	it("draws registrations against spend for every offering that records its spend, cancelled ones too", () => {
		// d and e ran and spent 600 and 900 (12 and 14 enrolments); a cancelled course spent 300 on 3.
		const cancelled = pastFact("f", {
			leadTimeDays: 35,
			coverage: 0,
			fill: 3 / 16,
			outcome: "cancelled",
			communicationSpend: 300,
		});
		const analysis = sampleAnalysis({
			pastOfferings: [...sampleAnalysis().pastOfferings, cancelled],
			registrationsBySpend: fitOf({ slope: 0.018, intercept: -2, xMin: 300, xMax: 900, n: 3 }),
		});
		const svg = analysisPlotSvg(analysis, "spend", { language: "en" });
		expect(svg).toMatch(/^<svg role="img" aria-label="Registrations against communication spend"/);
		const drawn = points(svg);
		expect(drawn).toHaveLength(3);
		expect(drawn.filter((point) => point.shape === "triangle")).toHaveLength(1);
		expect(fittedLine(svg)).toHaveLength(2);
		expect(svg).toContain("Registrations");
		expect(svg).toContain("Communication spend");
		expect(svg).not.toContain("Cost per enrolment");
	});

	it("draws the cost per enrolment against spend for the offerings that ran only, with its line", () => {
		// d and e ran: 600 on 12 (50 each) and 900 on 14 (64.29 each); the cancelled f spent 300
		// on 3 registrations, never enrolments, so it is not drawn.
		const cancelled = pastFact("f", {
			leadTimeDays: 35,
			coverage: 0,
			fill: 3 / 16,
			outcome: "cancelled",
			communicationSpend: 300,
			costPerEnrolment: 100,
		});
		const analysis = sampleAnalysis({
			pastOfferings: [...sampleAnalysis().pastOfferings, cancelled],
			spend: fitOf({ slope: 0.0476, intercept: 21.43, xMin: 600, xMax: 900, n: 2 }),
		});
		const svg = analysisPlotSvg(analysis, "cost-per-enrolment", { language: "en" });
		expect(svg).toMatch(
			/^<svg role="img" aria-label="Cost per enrolment against communication spend"/,
		);
		const drawn = points(svg);
		expect(drawn).toHaveLength(2);
		expect(drawn.filter((point) => point.shape === "triangle")).toHaveLength(0);
		expect(fittedLine(svg)).toHaveLength(2);
		expect(svg).toContain("Cost per enrolment");
	});

	it("with no points says there is too little data, in the language asked for", () => {
		const empty = sampleAnalysis({ pastOfferings: [] });
		const svg = analysisPlotSvg(empty, "coverage", { language: "et" });
		expect(svg).toMatch(/^<svg /);
		expect(svg).toContain("Selle joonise jaoks on andmeid liiga vähe");
		expect(points(svg)).toEqual([]);
	});

	it("writes the axes in the language asked for, with no text from the plan", () => {
		const hostile = sampleAnalysis({
			pastOfferings: [
				pastFact("x", {
					leadTimeDays: 70,
					coverage: 0.5,
					fill: 0.5,
					title: "<script>alert(1)</script>",
				}),
			],
		});
		const svg = analysisPlotSvg(hostile, "lead-time", { language: "et" });
		expect(svg).toContain("Ettevalmistusaeg (nädalat)");
		expect(svg).toContain("Täitumus (% kohtadest)");
		expect(svg).not.toContain("script");
		expect(svg).not.toContain("Course x");
	});

	it("gives the same bytes every time, its ids apart from the other plots'", () => {
		const analysis = sampleAnalysis();
		const first = analysisPlotSvg(analysis, "coverage", { language: "en" });
		expect(analysisPlotSvg(analysis, "coverage", { language: "en" })).toBe(first);
		expect(first).not.toMatch(/zr\d+-/);
		expect(first).toContain('id="kairos-coverage-');
	});
});
