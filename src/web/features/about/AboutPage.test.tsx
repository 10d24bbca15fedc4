// @vitest-environment jsdom

import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { healthyOffering, healthyPlan } from "../../../../test/fixtures/plans.ts";
import type { AppLanguage } from "../../locales/index.ts";
import { testInstitution } from "../../testing/institution.ts";
import { renderInApp } from "../../testing/render.tsx";
import { WorkspaceState } from "../workspace/WorkspaceProvider.tsx";
import { AboutPage } from "./AboutPage.tsx";

const institution = testInstitution("2027-05-03", 2);

function renderAbout(language: AppLanguage = "en") {
	const plan = {
		...healthyPlan(),
		offerings: [
			healthyOffering(),
			healthyOffering({
				id: "cnc-spring",
				title: { et: "CNC alused", en: "CNC basics" },
				intake: "spring-2028",
				start: "2028-02-14",
				end: "2028-04-28",
				owners: { manager: "kadri", marketing: "liis" },
			}),
		],
	};
	return renderInApp(
		<WorkspaceState institution={institution} saved={plan} holidays={[]}>
			<AboutPage />
		</WorkspaceState>,
		{ language },
	);
}

const cellsOf = (row: HTMLElement) =>
	[...row.querySelectorAll("th, td")].map((cell) => cell.textContent);

describe("AboutPage", () => {
	afterEach(() => {
		cleanup();
		vi.unstubAllGlobals();
	});

	it("lists the intakes with their dates, and this year's courses with their key dates and owners", async () => {
		await renderAbout();
		expect(
			screen.getByRole("heading", { level: 1, name: "About micro-credentials" }),
		).toBeDefined();
		const autumn = screen.getByRole("region", { name: "Autumn 2027" });
		expect(within(autumn).getByText("15 Mar 2027 to 15 Jun 2027")).toBeDefined();
		expect(within(autumn).getByText("25 Aug 2027")).toBeDefined();
		expect(
			within(autumn).getByText(
				"The full-time groups are confirmed 71 days after the decision window closes.",
			),
		).toBeDefined();

		const autumnCourses = screen.getByRole("table", { name: "Courses in Autumn 2027" });
		const [header, welding] = within(autumnCourses).getAllByRole("row") as HTMLElement[];
		expect(cellsOf(header as HTMLElement)).toEqual([
			"Course",
			"Published",
			"Registration closes",
			"Go/no-go",
			"Starts",
			"Owners",
			"Contact",
		]);
		const weldingCells = cellsOf(welding as HTMLElement);
		expect(weldingCells[0]).toContain("MIG/MAG welding basics");
		expect(weldingCells[0]).toContain("Counts towards Welder (module “MIG/MAG welding”)");
		expect(weldingCells.slice(1, 5)).toEqual([
			"15 Mar 2027",
			"6 Sept 2027",
			"8 Sept 2027",
			"20 Sept 2027",
		]);
		expect(weldingCells[5]).toBe(
			"Programme manager: Kadri TammPedagogy: Mart KaskMarketing: Liis SaarSupport: Anu Kask",
		);
		expect(weldingCells[6]).toContain("anu@test.ee");

		const spring = screen.getByRole("table", { name: "Courses in Spring 2028" });
		const [, cnc] = within(spring).getAllByRole("row") as HTMLElement[];
		expect(cellsOf(cnc as HTMLElement)[0]).toContain("CNC basics");
		expect(cellsOf(cnc as HTMLElement)[5]).toBe(
			"Programme manager: Kadri TammMarketing: Liis Saar",
		);
	});

	it("shows which qualification each course counts towards, and the standard elements", async () => {
		await renderAbout();
		const links = screen.getByRole("table", {
			name: "This year's courses and the qualifications they count towards",
		});
		expect(within(links).getByRole("rowheader", { name: "Welder" })).toBeDefined();
		expect(
			within(links).getByText("MIG/MAG welding basics, as the module “MIG/MAG welding”"),
		).toBeDefined();
		const elements = screen.getByRole("table", {
			name: "The EU standard elements, and where Kairos keeps each of them for our courses",
		});
		expect(
			within(elements)
				.getAllByRole("rowheader")
				.map((cell) => cell.textContent),
		).toContain("Level");
		expect(within(elements).getByText("Our school, Test Vocational College.")).toBeDefined();
	});

	it("prints the briefing, and speaks Estonian", async () => {
		const print = vi.fn();
		vi.stubGlobal("print", print);
		await renderAbout("et");
		fireEvent.click(screen.getByRole("button", { name: "Prindi ülevaade" }));
		expect(print).toHaveBeenCalledOnce();
		expect(screen.getByRole("table", { name: "Sügis 2027: kursused" })).toBeDefined();
		expect(screen.getByText("Kaks vastuvõttu")).toBeDefined();
	});
});
