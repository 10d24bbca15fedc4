// @vitest-environment jsdom

import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { healthyPlan } from "../../../../test/fixtures/plans.ts";
import {
	type Analysis,
	analysis as analysisSchema,
	type PastFacts,
} from "../../../model/analysis.ts";
import type { AppLanguage } from "../../locales/index.ts";
import { testInstitution } from "../../testing/institution.ts";
import { renderInApp } from "../../testing/render.tsx";
import { WorkspaceState } from "../workspace/WorkspaceProvider.tsx";
import { AnalysisPage } from "./AnalysisPage.tsx";

function past(id: string, year: number, changes: Partial<PastFacts>): PastFacts {
	return {
		id,
		title: id,
		field: "welding",
		intake: { id: `autumn-${year}`, group: "autumn", studiesStart: `${year}-09-01` },
		year,
		outcome: "ran",
		publication: `${year}-03-01`,
		start: `${year}-09-15`,
		leadTimeDays: 198,
		decisionWindow: { from: `${year}-03-15`, to: `${year}-06-15` },
		coverage: 1,
		minimum: 8,
		places: 14,
		finalRegistrations: 11,
		fill: 11 / 14,
		reachedMinimum: true,
		...changes,
	};
}

const band = (x: number, fit: number) => ({ x, fit, low: fit - 0.1, high: fit + 0.1 });

/** Fill against lead time over the three past offerings: the plot's line and the summary's. */
const leadTimeFit = {
	n: 3,
	slope: 0.003,
	intercept: 0.15,
	slopeLow: -0.01,
	slopeHigh: 0.016,
	xMin: 76,
	xMax: 198,
	conclusive: false,
};

/** Three past offerings, two with spend; one offering planned now at risk by its lead time. */
const analysis: Analysis = analysisSchema.parse({
	institution: { id: "test-vc", name: "Test Vocational College" },
	today: "2027-03-01",
	minGroup: 5,
	minFitPoints: 5,
	pastOfferings: [
		past("welding-2025", 2025, { communicationSpend: 440, costPerEnrolment: 40 }),
		past("welding-2026", 2026, {
			publication: "2026-07-01",
			leadTimeDays: 76,
			coverage: 0,
			finalRegistrations: 5,
			fill: 5 / 14,
			reachedMinimum: false,
			communicationSpend: 300,
			costPerEnrolment: 60,
		}),
		past("pastry-2026", 2026, { field: "food", fill: 0.5, finalRegistrations: 7 }),
	],
	fill: { n: 3, mean: 0.55, low: 0.2, high: 0.9 },
	leadTime: { ...leadTimeFit, band: [band(76, 0.38), band(198, 0.74)] },
	coverage: null,
	coverageGroups: {
		comparison: {
			a: { n: 2, mean: 0.64, low: 0.1, high: 1 },
			b: { n: 1, mean: 0.36, low: null, high: null },
			difference: null,
			conclusive: false,
		},
		partial: { n: 0, mean: null, low: null, high: null },
	},
	byField: [
		{ key: "welding", label: "Welding", n: 2, mean: 0.5714, low: 0.1234, high: 0.9876 },
		{ key: "food", label: "Food", n: 1, mean: 0.5, low: null, high: null },
	],
	byIntake: [{ key: "autumn", label: "Autumn", n: 3, mean: 0.55, low: 0.2, high: 0.9 }],
	byChannel: [
		{ channel: "facebook", registrations: 12, share: 0.5217 },
		{ channel: "website", registrations: 11, share: 0.4783 },
	],
	spend: null,
	registrationsBySpend: null,
	costPerEnrolment: { offerings: 2, spend: 740, enrolments: 16, perEnrolment: 740 / 16 },
	summary: [
		{ kind: "tooLittleData", n: 3, needed: 5 },
		{
			kind: "leadTime",
			perDays: 30,
			fit: { ...leadTimeFit, band: [] },
		},
	],
	atRisk: [
		{
			id: "mig-welding",
			title: "MIG/MAG welding basics",
			intake: "autumn-2027",
			leadTimeDays: 80,
			coverage: 0.25,
			minimum: 8,
			places: 14,
			expectedFill: { fit: 0.39, low: 0.21, high: 0.57, prediction: { low: 0.05, high: 0.73 } },
			by: "leadTime",
		},
	],
});

const summary = [
	"3 past offerings are too few to conclude anything: the analysis needs at least 5.",
	"Each 30 days of lead time went with 9 points more fill, but the interval (−30 to +48 points) includes no difference.",
];

let requests: string[];
let answer: { status: number; body: unknown };

beforeEach(() => {
	requests = [];
	answer = { status: 200, body: { analysis, summary } };
	vi.stubGlobal("fetch", async (url: string) => {
		requests.push(url);
		return Response.json(answer.body, {
			status: answer.status,
			headers: {
				"content-type": answer.status >= 400 ? "application/problem+json" : "application/json",
			},
		});
	});
});

afterEach(() => {
	cleanup();
	vi.unstubAllGlobals();
});

async function renderAnalysis(language: AppLanguage = "en") {
	await renderInApp(
		<WorkspaceState institution={testInstitution("2027-03-01")} saved={healthyPlan()} holidays={[]}>
			<AnalysisPage />
		</WorkspaceState>,
		{ language, path: "/analysis" },
	);
}

const rowsOf = (table: HTMLElement) =>
	within(table)
		.getAllByRole("row")
		.map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent));

describe("AnalysisPage", () => {
	it("shows the server's summary in words and each plot as the server's SVG, described", async () => {
		await renderAnalysis();
		const summaryRegion = await screen.findByRole("region", { name: "Summary" });
		expect([...summaryRegion.querySelectorAll("p")].map((p) => p.textContent)).toEqual(summary);
		expect(requests).toEqual(["/api/v1/institutions/test-vc/analysis?language=en"]);
		const images = within(screen.getByRole("region", { name: "Plots" })).getAllByRole("img");
		expect(images.map((image) => image.getAttribute("src"))).toEqual([
			"/api/v1/institutions/test-vc/analysis/plots/lead-time.svg?language=en",
			"/api/v1/institutions/test-vc/analysis/plots/coverage.svg?language=en",
			"/api/v1/institutions/test-vc/analysis/plots/spend.svg?language=en",
			"/api/v1/institutions/test-vc/analysis/plots/cost-per-enrolment.svg?language=en",
		]);
		expect(images.map((image) => image.getAttribute("alt"))).toEqual([
			`Scatter plot of the fill of 3 past offerings against their lead time, with the fitted line and its 95% band. ${summary[1]}`,
			"Scatter plot of the fill of 3 past offerings against the share of the decision window they were public for, with the fitted line and its 95% band.",
			"Scatter plot of past offerings' registrations against their communication spend, with the fitted line and its 95% band.",
			"Scatter plot of the communication cost per enrolment of the past offerings that ran against their communication spend, with the fitted line and its 95% band. Spend is on both axes, so the line rises with spend partly by arithmetic alone.",
		]);
		expect(images.map((image) => image.closest("figure")?.textContent)).toEqual([
			"Fill against lead time",
			"Fill against decision-window coverage",
			"Registrations against communication spend",
			"Cost per enrolment against communication spend",
		]);
	});

	it("gives fill by field, intake and channel as tables with the intervals", async () => {
		await renderAnalysis();
		const region = await screen.findByRole("region", { name: "Fill by group" });
		expect(within(region).getByText(/do not rank them by their means/).textContent).toBe(
			"Each mean comes with its number of offerings and its 95% interval: a small group's interval is wide. The tables do not test whether groups differ, so do not rank them by their means.",
		);
		expect(rowsOf(await screen.findByRole("table", { name: "Fill by field" }))).toEqual([
			["Field", "Offerings", "Mean fill", "95% interval"],
			["Welding", "2", "57%", "12% – 99%"],
			["Food", "1", "50%", "too few to tell"],
		]);
		expect(rowsOf(screen.getByRole("table", { name: "Fill by intake" }))).toEqual([
			["Intake", "Offerings", "Mean fill", "95% interval"],
			["Autumn", "3", "55%", "20% – 90%"],
		]);
		expect(rowsOf(screen.getByRole("table", { name: "Registrations by channel" }))).toEqual([
			["Channel", "Registrations", "Share"],
			["facebook", "12", "52%"],
			["website", "11", "48%"],
		]);
	});

	it("says so in a group table when no past offering gives a group", async () => {
		answer.body = { analysis: { ...analysis, byIntake: [], byChannel: [] }, summary };
		await renderAnalysis();
		expect(rowsOf(await screen.findByRole("table", { name: "Fill by intake" }))).toEqual([
			["Intake", "Offerings", "Mean fill", "95% interval"],
			["No past offering gives this."],
		]);
		const channels = screen.getByRole("table", { name: "Registrations by channel" });
		expect(rowsOf(channels)).toEqual([
			["Channel", "Registrations", "Share"],
			["No past offering gives this."],
		]);
		expect(channels.querySelector("td")?.getAttribute("colspan")).toBe("3");
	});

	it("lists the offerings at risk this year with their expected fill and a link to each", async () => {
		await renderAnalysis();
		const region = await screen.findByRole("region", { name: "At risk this year" });
		expect(rowsOf(within(region).getByRole("table"))).toEqual([
			[
				"Offering",
				"Intake",
				"Lead time",
				"Coverage",
				"Expected fill (95% range)",
				"Minimum group",
				"Judged by",
			],
			[
				"MIG/MAG welding basics",
				"Autumn 2027",
				"11 weeks",
				"25%",
				"39% (5% – 73%)",
				"8 of 14 (57%)",
				"lead time",
			],
		]);
		expect(
			within(region).getByRole("link", { name: "MIG/MAG welding basics" }).getAttribute("href"),
		).toBe("/offerings/mig-welding");
	});

	it("says the history cannot tell yet when no line links timing to fill", async () => {
		answer.body = { analysis: { ...analysis, atRisk: [] }, summary };
		await renderAnalysis();
		const region = await screen.findByRole("region", { name: "At risk this year" });
		expect(within(region).queryByRole("table")).toBeNull();
		expect([...region.querySelectorAll("p")].at(-1)?.textContent).toBe(
			"The history shows no clear link between timing and fill yet, so it cannot tell which offerings planned now are at risk.",
		);
	});

	it("says no offering is at risk when a line links timing to fill and none falls below it", async () => {
		const leadTime = { ...analysis.leadTime, conclusive: true } as Analysis["leadTime"];
		answer.body = { analysis: { ...analysis, leadTime, atRisk: [] }, summary };
		await renderAnalysis("et");
		const region = await screen.findByRole("region", { name: "Tänavu ohus" });
		expect([...region.querySelectorAll("p")].at(-1)?.textContent).toBe(
			"Ükski praegu plaanitud kursus ei jää sinna, kus varasemad kursused halvasti täitusid.",
		);
	});

	it("opens the yearly report of the year picked, today's first, in a new tab", async () => {
		await renderAnalysis();
		const region = await screen.findByRole("region", { name: "Yearly report" });
		await within(region).findByRole("option", { name: "2025" });
		const year = within(region).getByRole("combobox", { name: "Year" }) as HTMLSelectElement;
		expect([...year.options].map((option) => option.value)).toEqual([
			"2028",
			"2027",
			"2026",
			"2025",
		]);
		expect(year.value).toBe("2027");
		const link = within(region).getByRole("link", { name: /Open the yearly report for 2027/ });
		expect(link.getAttribute("href")).toBe(
			"/api/v1/institutions/test-vc/reports/yearly?year=2027&language=en",
		);
		expect(link.getAttribute("target")).toBe("_blank");
		expect(link.textContent).toContain("(opens in a new tab)");
		fireEvent.change(year, { target: { value: "2026" } });
		expect(
			within(region)
				.getByRole("link", { name: /Open the yearly report for 2026/ })
				.getAttribute("href"),
		).toBe("/api/v1/institutions/test-vc/reports/yearly?year=2026&language=en");
	});

	it("speaks Estonian and asks for the Estonian texts and plots", async () => {
		await renderAnalysis("et");
		expect(screen.getByRole("heading", { level: 1, name: "Analüüs" })).toBeDefined();
		await screen.findByRole("table", { name: "Täitumus valdkondade kaupa" });
		expect(requests).toEqual(["/api/v1/institutions/test-vc/analysis?language=et"]);
		const plots = within(screen.getByRole("region", { name: "Joonised" })).getAllByRole("img");
		expect(plots[0]?.getAttribute("src")).toBe(
			"/api/v1/institutions/test-vc/analysis/plots/lead-time.svg?language=et",
		);
		expect(
			screen.getByRole("link", { name: /Ava 2027\. aasta aruanne/ }).getAttribute("href"),
		).toBe("/api/v1/institutions/test-vc/reports/yearly?year=2027&language=et");
		expect(screen.getByText("liiga vähe, et öelda")).toBeDefined();
	});

	it("says why there is no analysis when the server refuses, and still offers the report", async () => {
		answer = {
			status: 404,
			body: {
				title: "Not Found",
				detail: 'institution "test-vc" does not exist',
				code: "not_found",
			},
		};
		await renderAnalysis();
		expect((await screen.findByRole("alert")).textContent).toBe(
			'Not Found: institution "test-vc" does not exist',
		);
		expect(screen.queryByRole("region", { name: "Plots" })).toBeNull();
		expect(screen.getByRole("link", { name: /Open the yearly report for 2027/ })).toBeDefined();
	});
});
