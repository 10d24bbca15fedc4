// @vitest-environment jsdom

import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { healthyPlan } from "../../../../test/fixtures/plans.ts";
import { testInstitution } from "../../testing/institution.ts";
import { renderInApp } from "../../testing/render.tsx";
import { WorkspaceState } from "../workspace/WorkspaceProvider.tsx";
import { WorkloadPage } from "./WorkloadPage.tsx";

/** A stand-in for echarts: it keeps the last option and lets the test click a bar. */
const chart = vi.hoisted(() => {
	const state = {
		option: undefined as unknown,
		click: undefined as ((event: object) => void) | undefined,
	};
	const instance = {
		setOption: (option: unknown) => {
			state.option = option;
		},
		on: (_: string, handler: (event: object) => void) => {
			state.click = handler;
		},
		off: () => {
			state.click = undefined;
		},
		resize: () => {},
		dispose: () => {},
	};
	return { state, echarts: { init: () => instance } };
});
vi.mock("./load-echarts.ts", () => ({ echarts: chart.echarts }));

const institution = testInstitution("2027-03-01");

/** The healthy plan with marketing's capacity cut to 10 h: week 10 has 14 h of marketing. */
async function renderWorkload() {
	chart.state.option = undefined;
	chart.state.click = undefined;
	const plan = healthyPlan();
	plan.institution.capacity = { ...plan.institution.capacity, marketing: 10 };
	await renderInApp(
		<WorkspaceState institution={institution} saved={plan} holidays={[]}>
			<WorkloadPage />
		</WorkspaceState>,
	);
	await screen.findByText(/Choose a bar, or a figure in the table/);
	// The chart is drawn in an effect after the render that shows it is ready.
	await waitFor(() => expect(chart.state.click).toBeDefined());
}

interface SeriesOption {
	id: string;
	data: { value: number; label?: { formatter: string } }[];
	markLine?: { data: { yAxis: number }[] };
}

function seriesOf(role: string): SeriesOption {
	const option = chart.state.option as { series: SeriesOption[]; xAxis: { data: string[] } };
	const series = option.series.find((entry) => entry.id === role);
	if (!series) throw new Error(`no series ${role}`);
	return series;
}

function weekIndex(label: string): number {
	return (chart.state.option as { xAxis: { data: string[] } }).xAxis.data.indexOf(label);
}

function behindRows(): string[][] {
	const section = screen.getByRole("region", { name: /^Tasks behind/ });
	return within(section)
		.getAllByRole("row")
		.slice(1)
		.map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent ?? ""));
}

describe("WorkloadPage", () => {
	afterEach(cleanup);

	it("marks the weeks over capacity, in the table and on the chart, with text", async () => {
		await renderWorkload();
		expect(screen.getByText("1 week and role over capacity.")).toBeDefined();
		const table = screen.getByRole("table", { name: "Hours per week and role" });
		const row10 = within(table)
			.getByRole("rowheader", { name: /^Week 10/ })
			.closest("tr");
		expect(within(row10 as HTMLElement).getByText("Over capacity by 4 h")).toBeDefined();
		expect(within(table).getAllByText(/^Over capacity/)).toHaveLength(1);
		// 10 h within capacity, and the 4 h above it stacked on them, in red and labelled.
		const week10 = weekIndex("Week 10\n2027");
		expect(seriesOf("marketing").data[week10]).toEqual({ value: 10 });
		expect(seriesOf("marketing:over").data[week10]).toMatchObject({
			value: 4,
			label: { formatter: "over" },
		});
		expect(seriesOf("marketing").data[weekIndex("Week 9\n2027")]).toEqual({ value: 4.8 });
		expect(seriesOf("marketing:over").data[weekIndex("Week 9\n2027")]).toEqual({ value: 0 });
		expect(seriesOf("marketing").markLine?.data).toEqual([{ yAxis: 10 }]);
		expect(screen.getByRole("img").getAttribute("aria-label")).toContain(
			"1 week and role over capacity.",
		);
	});

	it("lists the tasks behind a bar that is clicked", async () => {
		await renderWorkload();
		chart.state.click?.({
			componentType: "series",
			seriesId: "marketing:over",
			dataIndex: weekIndex("Week 10\n2027"),
		});
		await screen.findByRole("heading", { name: /^Tasks behind marketing in week 10/ });
		expect(screen.getByText("14 h planned, capacity 10 h.")).toBeDefined();
		expect(behindRows()).toEqual([
			["MIG/MAG welding basics", "Campaign launched", "15 Mar 2027", "Liis Saar", "12 h", "9.6 h"],
			[
				"MIG/MAG welding basics",
				"Published in the catalogue",
				"15 Mar 2027",
				"Liis Saar",
				"4 h",
				"3.2 h",
			],
			["MIG/MAG welding basics", "Marketing plan ready", "8 Mar 2027", "Liis Saar", "6 h", "1.2 h"],
		]);
		const link = screen.getAllByRole("link", { name: "MIG/MAG welding basics" })[0];
		expect(link?.getAttribute("href")).toBe("/offerings/mig-welding");
	});

	it("lists the same tasks from the table's buttons, and filters by role", async () => {
		await renderWorkload();
		const button = screen.getByRole("button", {
			name: "Show the tasks behind 14 h of marketing in week 10",
		});
		fireEvent.click(button);
		expect(button.getAttribute("aria-pressed")).toBe("true");
		expect(behindRows()).toHaveLength(3);
		fireEvent.click(screen.getByRole("button", { name: "Close the list" }));
		expect(screen.queryByRole("region", { name: /^Tasks behind/ })).toBeNull();

		fireEvent.change(screen.getByLabelText("Role"), { target: { value: "pedagogy" } });
		const table = screen.getByRole("table", { name: "Hours per week and role" });
		expect(
			within(table)
				.getAllByRole("columnheader")
				.map((cell) => cell.textContent),
		).toEqual(["Week", "pedagogy"]);
		await waitFor(() =>
			expect((chart.state.option as { series: SeriesOption[] }).series.map((s) => s.id)).toEqual([
				"pedagogy",
				"pedagogy:over",
			]),
		);
		expect(screen.getByText("No week is over capacity.")).toBeDefined();
	});

	it("shows only the weeks over capacity when asked", async () => {
		await renderWorkload();
		fireEvent.click(screen.getByLabelText("Only weeks over capacity"));
		const table = screen.getByRole("table", { name: "Hours per week and role" });
		expect(
			within(table)
				.getAllByRole("rowheader")
				.map((cell) => cell.textContent),
		).toEqual(["Week 10 from 8 Mar 2027"]);
	});
});
