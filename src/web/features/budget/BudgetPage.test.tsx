// @vitest-environment jsdom

import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import {
	healthyOffering,
	healthyPlan,
	subsidisedOffering,
} from "../../../../test/fixtures/plans.ts";
import type { PlanFile } from "../../../model/plan-file.ts";
import { testInstitution } from "../../testing/institution.ts";
import { renderInApp } from "../../testing/render.tsx";
import { WorkspaceState } from "../workspace/WorkspaceProvider.tsx";
import { BudgetPage } from "./BudgetPage.tsx";

const institution = testInstitution("2027-03-01", 3);

/**
 * Autumn: MIG welding (teaching 2,400, materials 60 per participant, communication 300, fee 450,
 * 8–14) and TIG welding (teaching 3,000, premises 500, communication 20 per participant, fee
 * 300, subsidy 1,000, 10–12). Spring: CNC, MIG's budget with a fee of 350.
 */
function smallPlan(): PlanFile {
	return {
		...healthyPlan(),
		offerings: [
			healthyOffering(),
			healthyOffering({
				id: "tig",
				title: "TIG welding",
				fee: { amount: 300, currency: "EUR" },
				subsidy: { amount: 1000, currency: "EUR" },
				participants: { min: 10, max: 12 },
				budget: [
					{ category: "teaching", amount: 3000 },
					{ category: "communication", amount: 20, per: "participant" },
					{ category: "premises", amount: 500 },
				],
			}),
			healthyOffering({
				id: "cnc",
				title: "CNC basics",
				intake: "spring-2028",
				start: "2028-02-14",
				end: "2028-04-28",
				fee: { amount: 350, currency: "EUR" },
			}),
		],
	};
}

async function renderBudget() {
	await renderInApp(
		<WorkspaceState institution={institution} saved={smallPlan()} holidays={[]}>
			<BudgetPage />
		</WorkspaceState>,
	);
}

const cells = (row: HTMLElement) =>
	[...row.querySelectorAll("th, td")].map((cell) => cell.textContent ?? "");

function footOf(name: string): string[][] {
	const table = screen.getByRole("table", { name });
	return [...table.querySelectorAll("tfoot tr")].map((row) => cells(row as HTMLElement));
}

describe("BudgetPage", () => {
	afterEach(cleanup);

	it("totals each intake as a hand computation does", async () => {
		await renderBudget();
		// At the minimum groups: MIG 2,400 + 8 × 60 + 300 = 3,180 and TIG 3,000 + 500 + 10 × 20 =
		// 3,700 of costs; revenue 450 × 8 = 3,600 and 300 × 10 + 1,000 = 4,000. At the maximum:
		// 3,540 and 3,740 of costs, 6,300 and 4,600 of revenue. Communication 500 of 6,880: 7%.
		expect(footOf("Autumn 2027")).toEqual([
			[
				"Total (2 offerings)",
				"Teaching: €5,400Materials: €480 – €840Premises: €500Communication: €500 – €540",
				"€6,880",
				"€7,600",
				"€720",
				"€7,280",
				"€10,900",
				"€3,620",
				"",
				"7%",
			],
		]);
	});

	it("totals all intakes, and says in words when a group loses money", async () => {
		await renderBudget();
		const spring = screen.getByRole("table", { name: "Spring 2028" });
		const cnc = within(spring).getByRole("rowheader", { name: "CNC basics" }).closest("tr");
		// 350 × 8 = 2,800 against 3,180 of costs.
		expect(cells(cnc as HTMLElement)).toContain("-€380 (loss)");
		expect(cells(cnc as HTMLElement)).toContain("10above the minimum group");
		const all = screen.getByRole("table", { name: "All intakes" });
		const rows = [...all.querySelectorAll("tbody tr, tfoot tr")].map((row) =>
			cells(row as HTMLElement).filter((_, index) => index !== 2),
		);
		expect(rows).toEqual([
			["Autumn 2027", "2", "€6,880", "€7,600", "€720", "€7,280", "€10,900", "€3,620", "7%"],
			["Spring 2028", "1", "€3,180", "€2,800", "-€380 (loss)", "€3,540", "€4,900", "€1,360", "9%"],
			["All intakes", "3", "€10,060", "€10,400", "€340", "€10,820", "€15,800", "€4,980", "8%"],
		]);
	});

	it("shows each offering's own line and links it, with the workbook to download", async () => {
		await renderBudget();
		const autumn = screen.getByRole("table", { name: "Autumn 2027" });
		const tig = within(autumn).getByRole("rowheader", { name: "TIG welding" }).closest("tr");
		// Break-even: (3,500 − 1,000) / (300 − 20) = 8.9 → 9.
		expect(cells(tig as HTMLElement)).toEqual([
			"TIG welding",
			"10–12",
			"€300subsidy €1,000",
			"Teaching: €3,000Premises: €500Communication: €200 – €240",
			"€3,700",
			"€4,000",
			"€300",
			"€3,740",
			"€4,600",
			"€860",
			"9",
			"5%",
		]);
		expect(within(autumn).getByRole("link", { name: "TIG welding" }).getAttribute("href")).toBe(
			"/offerings/tig",
		);
		expect(screen.getByRole("link", { name: "Download as XLSX" }).getAttribute("href")).toBe(
			"/api/v1/institutions/test-vc/budget.xlsx",
		);
	});

	it("says that any group size breaks even when the subsidy covers the fixed costs", async () => {
		const free = subsidisedOffering();
		await renderInApp(
			<WorkspaceState
				institution={institution}
				saved={{ ...healthyPlan(), offerings: [free] }}
				holidays={[]}
			>
				<BudgetPage />
			</WorkspaceState>,
		);
		const autumn = screen.getByRole("table", { name: "Autumn 2027" });
		const row = within(autumn)
			.getByRole("rowheader", { name: free.title as string })
			.closest("tr");
		expect(cells(row as HTMLElement).at(-2)).toBe("any group size");
	});

	it("speaks Estonian", async () => {
		await renderInApp(
			<WorkspaceState institution={institution} saved={smallPlan()} holidays={[]}>
				<BudgetPage />
			</WorkspaceState>,
			{ language: "et" },
		);
		expect(screen.getByRole("heading", { level: 1, name: "Eelarve" })).toBeDefined();
		expect(screen.getByRole("table", { name: "Sügis 2027" })).toBeDefined();
		expect(screen.getByRole("link", { name: "Laadi alla XLSX-failina" })).toBeDefined();
	});
});
