// @vitest-environment jsdom

import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useLocation } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { healthyOffering, healthyPlan } from "../../../../test/fixtures/plans.ts";
import type { PlanFile } from "../../../model/plan-file.ts";
import type { AppLanguage } from "../../locales/index.ts";
import { testInstitution } from "../../testing/institution.ts";
import { renderInApp } from "../../testing/render.tsx";
import { useWorkspace, WorkspaceState } from "../workspace/WorkspaceProvider.tsx";
import { TimingMapPage } from "./TimingMapPage.tsx";

/** Three autumn courses: one healthy, one without a contact (a warning), one blocked (an error). */
function school(): PlanFile {
	const plan = healthyPlan();
	const { contact, ...withoutContact } = healthyOffering({
		id: "cnc-milling",
		title: "CNC milling",
		field: "metalwork",
	});
	plan.offerings = [
		healthyOffering(),
		withoutContact,
		healthyOffering({
			id: "pastry",
			title: "Pastry and cakes",
			field: "food",
			start: "2027-09-13",
			blockedUntil: ["intake.fullTimeGroupsConfirmed"],
		}),
	];
	return plan;
}

// Before the first milestone is due, so the healthy course has no finding.
const institution = testInstitution("2027-02-01", 3);

const holidays = [
	{ date: "2027-03-26", name: "Good Friday" },
	{ date: "2027-06-23", name: "Victory Day" },
	{ date: "2027-06-24", name: "Midsummer Day" },
];

/** Shows the address, so a test can see the filters kept in the query string. */
function Address() {
	return <output aria-label="address">{useLocation().search}</output>;
}

/** Adds an offering as a draft, as the offerings editor would. */
function AddDraft() {
	const workspace = useWorkspace();
	const create = () =>
		workspace.create(healthyOffering({ id: "new-course", title: "Draft welding course" }));
	return (
		<button type="button" onClick={create}>
			add a draft
		</button>
	);
}

async function renderMap(path = "/timing-map", language: AppLanguage = "en") {
	return renderInApp(
		<WorkspaceState institution={institution} saved={school()} holidays={holidays}>
			<TimingMapPage />
			<Address />
			<AddDraft />
		</WorkspaceState>,
		{ path, language },
	);
}

const rowOf = (title: string) => {
	const row = screen.getByRole("link", { name: title }).closest("li");
	if (!row) throw new Error(`no row for ${title}`);
	return row;
};

describe("TimingMapPage", () => {
	afterEach(cleanup);

	it("draws a bar per offering whose title links to the offering", async () => {
		await renderMap();
		expect(screen.getByRole("heading", { level: 1, name: "Timing map" })).toBeDefined();
		const links = ["CNC milling", "MIG/MAG welding basics", "Pastry and cakes"].map((title) =>
			screen.getByRole("link", { name: title }).getAttribute("href"),
		);
		expect(links).toEqual([
			"/offerings/cnc-milling",
			"/offerings/mig-welding",
			"/offerings/pastry",
		]);
		const bar = within(rowOf("MIG/MAG welding basics")).getByRole("img");
		expect(bar.getAttribute("aria-label")).toBe(
			"No findings. Public 15 Mar 2027, starts 20 Sept 2027, ends 26 Nov 2027; decision window 15 Mar 2027 to 15 Jun 2027, 100% covered.",
		);
		expect(screen.getByText("Showing 3 of 3 offerings")).toBeDefined();
	});

	it("ends a bar's words with its registrations per state", async () => {
		const counts = { interest: 4, applied: 9, waitlisted: 2, enrolled: 0, withdrawn: 1 };
		vi.stubGlobal(
			"fetch",
			vi.fn(async () => Response.json({ items: [{ offering: "mig-welding", counts }] })),
		);
		try {
			await renderMap();
			await waitFor(() =>
				expect(
					within(rowOf("MIG/MAG welding basics")).getByRole("img").getAttribute("title"),
				).toMatch(
					/100% covered\. Registrations: 4 interested, 9 applied, 2 waitlisted, 1 withdrawn\.$/,
				),
			);
			expect(within(rowOf("CNC milling")).getByRole("img").getAttribute("title")).not.toContain(
				"Registrations",
			);
		} finally {
			vi.unstubAllGlobals();
		}
	});

	it("colours each bar by its worst finding and says it in words too", async () => {
		await renderMap();
		const cases = [
			["MIG/MAG welding basics", "No findings", "tm-bar-none"],
			["CNC milling", "Warning", "tm-bar-warning"],
			["Pastry and cakes", "Error", "tm-bar-error"],
		] as const;
		for (const [title, word, fill] of cases) {
			const row = rowOf(title);
			expect(within(row).getByText(word)).toBeDefined();
			expect(row.querySelector(".tm-bar")?.classList.contains(fill)).toBe(true);
		}
	});

	it("shows what a late course waits for, and marks it late", async () => {
		await renderMap();
		const row = rowOf("Pastry and cakes");
		expect(within(row).getByText("waits for full-time groups, 25 Aug")).toBeDefined();
		expect(within(row).getByText("late")).toBeDefined();
		expect(within(row).getByRole("img").getAttribute("aria-label")).toContain("Public 25 Aug 2027");
		expect(within(rowOf("MIG/MAG welding basics")).queryByText("late")).toBeNull();
	});

	it("speaks Estonian", async () => {
		await renderMap("/timing-map", "et");
		expect(screen.getByRole("heading", { level: 1, name: "Ajakaart" })).toBeDefined();
		const row = rowOf("Pastry and cakes");
		expect(within(row).getByText("ootab päevaõppe rühmade kinnitamist, 25. aug")).toBeDefined();
		expect(within(row).getByText("Viga")).toBeDefined();
	});

	it("takes its filters from the URL and keeps changes there", async () => {
		await renderMap("/timing-map?severity=error");
		expect(screen.getByText("Showing 1 of 3 offerings")).toBeDefined();
		expect(screen.queryByRole("link", { name: "CNC milling" })).toBeNull();
		expect(screen.getByLabelText<HTMLSelectElement>("Worst finding").value).toBe("error");

		const user = userEvent.setup();
		await user.selectOptions(screen.getByLabelText("Worst finding"), "warning");
		await user.selectOptions(screen.getByLabelText("Field"), "metalwork");
		expect(screen.getByLabelText("address").textContent).toBe("?severity=warning&field=metalwork");
		expect(screen.getByText("Showing 1 of 3 offerings")).toBeDefined();
		expect(screen.getByRole("link", { name: "CNC milling" })).toBeDefined();

		await user.selectOptions(screen.getByLabelText("Intake"), "spring-2028");
		expect(screen.getByText("No offering matches these filters.")).toBeDefined();
		await user.click(screen.getByRole("button", { name: "Clear filters" }));
		expect(screen.getByLabelText("address").textContent).toBe("");
		expect(screen.getByText("Showing 3 of 3 offerings")).toBeDefined();
	});

	it("filters by owner", async () => {
		await renderMap();
		const owner = screen.getByLabelText<HTMLSelectElement>("Owner");
		const liis = [...owner.options].find((option) => option.text === "Liis Saar");
		expect(liis).toBeDefined();
		await userEvent.setup().selectOptions(owner, liis?.value ?? "");
		expect(screen.getByLabelText("address").textContent).toBe(`?owner=${liis?.value}`);
	});

	it("shows a draft at once, as a preview", async () => {
		await renderMap();
		expect(screen.queryByText(/Preview/)).toBeNull();
		await userEvent.setup().click(screen.getByRole("button", { name: "add a draft" }));
		expect(screen.getByText("Preview: the map includes 1 unsaved change.")).toBeDefined();
		expect(within(rowOf("Draft welding course")).getByText("unsaved")).toBeDefined();
		expect(screen.getByText("Showing 4 of 4 offerings")).toBeDefined();
	});

	it("names the closures and holidays on the axis and lists them", async () => {
		await renderMap();
		const toolbar = screen.getByRole("toolbar", { name: "Closures and public holidays" });
		const marks = within(toolbar).getAllByRole("button");
		expect(marks.map((mark) => mark.textContent)).toEqual([
			"Good Friday, 26 Mar 2027 (public holiday)",
			"Victory Day, 23 Jun 2027 (public holiday)",
			"Midsummer Day, 24 Jun 2027 (public holiday)",
			"staff summer holiday, 1 Jul 2027 to 31 Jul 2027 (closure)",
		]);
		expect(marks.map((mark) => mark.tabIndex)).toEqual([0, -1, -1, -1]);
		const user = userEvent.setup();
		marks[0]?.focus();
		await user.keyboard("{ArrowRight}{ArrowRight}");
		expect(document.activeElement).toBe(marks[2]);
		await user.keyboard("{End}");
		expect(document.activeElement).toBe(marks[3]);

		const list = screen.getByRole("region", { name: "Closures and public holidays" });
		expect(within(list).getByText("Good Friday, 26 Mar 2027 (public holiday)")).toBeDefined();
	});

	it("lists the intakes with their admission periods and decision windows", async () => {
		await renderMap();
		const intakes = screen.getByRole("region", { name: "Intakes" });
		const autumn = within(intakes).getByText("Autumn 2027").closest("li");
		expect(autumn && within(autumn).getByRole("img").getAttribute("aria-label")).toBe(
			"Admission 1 Apr 2027 to 13 Aug 2027; decision window 15 Mar 2027 to 15 Jun 2027; studies start 1 Sept 2027; full-time groups confirmed 25 Aug 2027",
		);
	});
});
