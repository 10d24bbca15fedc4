import { describe, expect, it } from "vitest";
import { useHarness } from "../../../../test/fixtures/api.ts";
import { pastOffering } from "../../../../test/fixtures/history.ts";
import { healthyPlan } from "../../../../test/fixtures/plans.ts";
import { seedPlans, storeTargets } from "../../../../test/fixtures/stores.ts";
import type { Analysis } from "../../../model/analysis.ts";
import type { PlanFile } from "../../../model/plan-file.ts";
import { analysisPlotSvg } from "../../../report/analysis-plots.ts";
import { summaryTexts } from "../../../report/analysis-texts.ts";
import { selfContainedPolicy } from "../../self-contained-policy.ts";

/**
 * test-vc's plan (languages et, en) with four autumn courses of 6 to 10 starting on 2026-09-14:
 * two public from March (9 and 8 registrations), two from July (4, and 3 when cancelled).
 */
function planWithHistory(): PlanFile {
	return {
		...healthyPlan(),
		history: [
			pastOffering({ id: "early-1", publication: "2026-03-01", finalRegistrations: 9 }),
			pastOffering({ id: "early-2", publication: "2026-03-02", finalRegistrations: 8 }),
			pastOffering({ id: "late-1", publication: "2026-07-01", finalRegistrations: 4 }),
			pastOffering({
				id: "late-2",
				publication: "2026-07-02",
				finalRegistrations: 3,
				outcome: "cancelled",
			}),
		],
	};
}

const base = "/api/v1/institutions/test-vc";

/** A page's headings in order, as `h2 Autumn 2026`. */
const headings = (page: string) =>
	[...page.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map(
		([, level, text]) => `h${level} ${text?.replace(/<[^>]+>/g, "")}`,
	);

/** The points echarts draws for the chart (not its legend): one per past offering. */
const points = (svg: string) =>
	[...svg.matchAll(/<path\b([^>]*)>/g)].filter(
		([, attributes = ""]) =>
			attributes.includes('ecmeta_ssr_type="chart"') && attributes.includes('transform="matrix('),
	).length;

describe.each(storeTargets)("the analysis API on $name", (target) => {
	const harness = useHarness(target);
	const run = it.skipIf(!target.available);
	const withHistory = () => seedPlans(harness.store, [planWithHistory()]);

	run(
		"lets a viewer read the analysis with its summary in the institution's first language, or the one asked for",
		async () => {
			await withHistory();
			const viewer = await harness.as("viewer");
			const response = await viewer.request("GET", `${base}/analysis`);
			expect(response.statusCode).toBe(200);
			const { analysis, summary } = response.json<{ analysis: Analysis; summary: string[] }>();
			expect(analysis.today).toBe("2027-03-01");
			expect(analysis.pastOfferings.map((past) => [past.id, past.fill])).toEqual([
				["early-1", 0.9],
				["early-2", 0.8],
				["late-1", 0.4],
				["late-2", 0.3],
			]);
			expect(summary).toEqual(summaryTexts(analysis, "et"));
			const english = await viewer.request("GET", `${base}/analysis?language=en`);
			expect(english.json().summary).toEqual(summaryTexts(analysis, "en"));
			expect(english.json().summary).not.toEqual(summary);

			const etag = String(response.headers.etag);
			const again = await viewer.request("GET", `${base}/analysis`, {
				headers: { "if-none-match": etag },
			});
			expect(again.statusCode).toBe(304);
			expect(String(english.headers.etag)).not.toBe(etag);
		},
	);

	run("draws each plot as the renderer does, a point per past offering", async () => {
		await withHistory();
		const viewer = await harness.as("viewer");
		const { analysis } = (await viewer.request("GET", `${base}/analysis?language=en`)).json<{
			analysis: Analysis;
		}>();
		const response = await viewer.request(
			"GET",
			`${base}/analysis/plots/lead-time.svg?language=en`,
		);
		expect(response.statusCode).toBe(200);
		expect(response.headers["content-type"]).toBe("image/svg+xml; charset=utf-8");
		expect(response.body).toBe(analysisPlotSvg(analysis, "lead-time", { language: "en" }));
		expect(response.body).toMatch(/^<svg\b/);
		expect(points(response.body)).toBe(4);
		expect(response.headers["content-security-policy"]).toBe(selfContainedPolicy(response.body));
		const coverage = await viewer.request("GET", `${base}/analysis/plots/coverage.svg`);
		expect(points(coverage.body)).toBe(4);
		const etag = String(response.headers.etag);
		const again = await viewer.request("GET", `${base}/analysis/plots/lead-time.svg?language=en`, {
			headers: { "if-none-match": etag },
		});
		expect(again.statusCode).toBe(304);
	});

	run("answers 404 for a plot it does not draw, naming those it does", async () => {
		const viewer = await harness.as("viewer");
		const response = await viewer.request("GET", `${base}/analysis/plots/pie.svg`);
		expect(response.statusCode).toBe(404);
		expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
		expect(response.json().detail).toBe(
			'the analysis has no plot "pie": it draws lead-time, coverage, spend, cost-per-enrolment',
		);
	});

	run("serves the yearly report as a page with its own styles only, and a file name", async () => {
		await withHistory();
		const viewer = await harness.as("viewer");
		const response = await viewer.request("GET", `${base}/reports/yearly?year=2026&language=en`);
		expect(response.statusCode).toBe(200);
		expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
		expect(response.headers["content-disposition"]).toBe(
			'inline; filename="test-vc-yearly-report-2026.html"',
		);
		const policy = String(response.headers["content-security-policy"]);
		expect(policy).toBe(selfContainedPolicy(response.body));
		expect(policy).not.toMatch(/script|unsafe-eval/);
		expect(response.body).not.toMatch(/<script/i);
		expect(headings(response.body)).toEqual([
			"h1 Test Vocational College: the year 2026",
			"h2 Autumn 2026",
			"h2 What the history shows",
			"h3 Summary",
			"h3 The plots",
		]);
	});

	run(
		"refuses a year that is missing or not one, and a language it does not write, with 400",
		async () => {
			const viewer = await harness.as("viewer");
			const problems = async (query: string) => {
				const response = await viewer.request("GET", `${base}/reports/yearly${query}`);
				expect(response.statusCode, query).toBe(400);
				return response.json().errors;
			};
			expect(await problems("")).toEqual([
				{ path: "year", message: "give the year of the report, such as 2027" },
			]);
			expect(await problems("?year=20x7")).toEqual([
				{ path: "year", message: '"20x7" is not a year, such as 2027' },
			]);
			expect(await problems("?year=1800")).toEqual([
				{ path: "year", message: "1800 is outside the years 1990–2099 that a plan covers" },
			]);
			expect(await problems("?year=2027&language=fr")).toEqual([
				{
					path: "language",
					message:
						'"fr" is not one of the institution\'s languages or those of the reports (et, en)',
				},
			]);
			const analysis = await viewer.request("GET", `${base}/analysis?language=fr`);
			expect(analysis.statusCode).toBe(400);
		},
	);

	run("hides another institution's analysis, plots and report as not found", async () => {
		const manager = await harness.as("manager");
		for (const path of [
			"/analysis",
			"/analysis/plots/lead-time.svg",
			"/reports/yearly?year=2027",
		]) {
			const response = await manager.request("GET", `/api/v1/institutions/other-vc${path}`);
			expect(response.statusCode, path).toBe(404);
		}
	});
});
