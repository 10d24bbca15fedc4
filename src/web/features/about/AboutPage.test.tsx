// @vitest-environment jsdom

import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { healthyOffering, healthyPlan } from "../../../../test/fixtures/plans.ts";
import type { PlanFile } from "../../../model/plan-file.ts";
import type { AppLanguage } from "../../locales/index.ts";
import { testInstitution } from "../../testing/institution.ts";
import { renderInApp } from "../../testing/render.tsx";
import { WorkspaceState } from "../workspace/WorkspaceProvider.tsx";
import { AboutPage } from "./AboutPage.tsx";

const institution = testInstitution("2027-05-03", 2);

function estonianPlan(): PlanFile {
	return {
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
}

/**
 * The healthy plan as a Latvian school's: country LV, titles in English and Russian, courses
 * in ECTS and the qualification in ECVET points, with no national level.
 */
function latvianPlan(): PlanFile {
	const plan = healthyPlan();
	const ects = (value: number) => ({ value, unit: "ECTS" as const });
	return {
		...plan,
		institution: {
			...plan.institution,
			country: "LV",
			timezone: "Europe/Riga",
			languages: ["en", "ru"],
		},
		intakes: plan.intakes.map((intake, index) => ({
			...intake,
			label:
				index === 0
					? { en: "Autumn 2027", ru: "Осень 2027" }
					: { en: "Spring 2028", ru: "Весна 2028" },
		})),
		qualifications: [
			{
				id: "welder-4",
				title: { en: "Welder", ru: "Сварщик" },
				level: { eqf: 4 },
				credits: { value: 120, unit: "ECVET" },
				modules: [{ id: "mig-mag", title: { en: "MIG/MAG welding", ru: "Сварка MIG/MAG" } }],
			},
		],
		offerings: [
			healthyOffering({
				title: { en: "MIG/MAG welding basics", ru: "Основы сварки MIG/MAG" },
				language: "ru",
				credits: ects(3),
				level: { eqf: 3 },
				modules: [{ id: "safety", title: "Safety and equipment", credits: ects(1) }],
			}),
			healthyOffering({
				id: "cnc-spring",
				title: { en: "CNC basics", ru: "Основы ЧПУ" },
				intake: "spring-2028",
				start: "2028-02-14",
				end: "2028-04-28",
				credits: ects(6),
				modules: [],
			}),
		],
	};
}

function renderAbout(language: AppLanguage = "en", plan: PlanFile = estonianPlan()) {
	const languages = plan.institution.languages ?? [];
	return renderInApp(
		<WorkspaceState institution={{ ...institution, languages }} saved={plan} holidays={[]}>
			<AboutPage />
		</WorkspaceState>,
		{ language },
	);
}

/** The standard elements' table, each row as its cells' texts, by the element's name. */
function elementCells() {
	const table = screen.getByRole("table", {
		name: "The EU standard elements, and where Kairos keeps each of them for our courses",
	});
	const rows = within(table).getAllByRole("row").slice(1) as HTMLElement[];
	return new Map(
		rows.map((row) => {
			const [name, ...rest] = cellsOf(row);
			return [name, rest];
		}),
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

	it("says the Estonian school's languages, EKAP and levels", async () => {
		await renderAbout();
		const elements = elementCells();
		expect(elements.get("Title")?.[1]).toBe("The course's title, in Estonian and English.");
		expect(elements.get("Workload")?.[0]).toContain("1 EKAP is 26 hours of the learner's work");
		expect(elements.get("Level")?.[0]).toContain(
			"Estonian vocational qualifications are at levels 2 to 5.",
		);
		expect(screen.getByText(/A course is short \(6 EKAP in this plan\)/)).toBeDefined();
	});

	it("says a Latvian school's own languages, credit systems and levels, and nothing Estonian", async () => {
		await renderAbout("en", latvianPlan());
		const elements = elementCells();
		expect(elements.get("Title")?.[1]).toBe("The course's title, in English and Russian.");
		expect(elements.get("Country")?.[1]).toBe("The school's country, Latvia.");
		expect(elements.get("Workload")?.[0]).toBe(
			"How much work it takes, in credits: our courses count it in ECTS. ECTS is the European credit of higher education: 1 ECTS credit is 25 to 30 hours of the learner's work, and 60 credits make a year of full-time study.",
		);
		expect(elements.get("Level")).toEqual([
			"How demanding it is, on the European Qualifications Framework (EQF, levels 1 to 8).",
			"The EQF level, and the national level where given. In this plan, the courses are at EQF levels 3 to 4 and the qualifications at level 4.",
		]);
		expect(screen.getByText(/A course is short \(3 to 6 ECTS in this plan\)/)).toBeDefined();

		const links = screen.getByRole("table", {
			name: "This year's courses and the qualifications they count towards",
		});
		expect(within(links).getByText("120 ECVET points")).toBeDefined();
		const autumn = screen.getByRole("table", { name: "Courses in Autumn 2027" });
		expect(within(autumn).getByText("3 ECTS · EQF 3 · blended")).toBeDefined();

		const page = document.body.textContent ?? "";
		expect(page).not.toMatch(/Eston|EKAP|26 hours|3 to 15/);
	});

	it("prints the briefing, and speaks Estonian", async () => {
		const print = vi.fn();
		vi.stubGlobal("print", print);
		await renderAbout("et");
		fireEvent.click(screen.getByRole("button", { name: "Prindi ülevaade" }));
		expect(print).toHaveBeenCalledOnce();
		expect(screen.getByRole("table", { name: "Sügis 2027: kursused" })).toBeDefined();
		expect(screen.getByText("Vastuvõtud")).toBeDefined();
		expect(screen.getByText("Kursuse nimetus eesti ja inglise keeles.")).toBeDefined();
		expect(screen.getByText(/Kursus on lühike \(selles plaanis 6 EKAP\)/)).toBeDefined();
	});

	it("speaks Estonian to a Latvian school without Estonian facts", async () => {
		await renderAbout("et", latvianPlan());
		expect(screen.getByText("Kursuse nimetus inglise ja vene keeles.")).toBeDefined();
		expect(screen.getByText("Kooli riik, Läti.")).toBeDefined();
		expect(screen.getByText(/1 EAP on 25–30 tundi õppija tööd/)).toBeDefined();
		expect(screen.getByText(/Kursus on lühike \(selles plaanis 3–6 EAP\)/)).toBeDefined();
		expect(screen.getByText("120 ECVET-punkti")).toBeDefined();
		expect(document.body.textContent).not.toMatch(/Eesti|EKAP|eesti/);
	});
});
