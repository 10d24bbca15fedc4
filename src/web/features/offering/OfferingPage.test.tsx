// @vitest-environment jsdom

import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Route, Routes } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { estonianHolidays } from "../../../../test/fixtures/holidays.ts";
import { healthyPlan, planWith, subsidisedOffering } from "../../../../test/fixtures/plans.ts";
import type { Offering } from "../../../model/offering.ts";
import type { PlanFile } from "../../../model/plan-file.ts";
import type { AppLanguage } from "../../locales/index.ts";
import { testInstitution } from "../../testing/institution.ts";
import { renderInApp } from "../../testing/render.tsx";
import { SaveBar } from "../workspace/SaveBar.tsx";
import { useWorkspace, WorkspaceState } from "../workspace/WorkspaceProvider.tsx";
import { OfferingPage } from "./OfferingPage.tsx";

const institution = testInstitution("2027-05-03");

/** The draft of the offering as the workspace holds it, for the test to read. */
function DraftProbe() {
	const { drafts } = useWorkspace();
	return (
		<output aria-label="draft">{JSON.stringify(drafts.get("mig-welding")?.edited ?? null)}</output>
	);
}

/** Serves the saved offering with an ETag, as GET …/offerings/{id} does when an edit starts. */
function serve(plan: PlanFile) {
	const [offering] = plan.offerings as [Offering];
	vi.stubGlobal(
		"fetch",
		vi.fn(async () =>
			Response.json(offering, { headers: { etag: '"1"', "content-type": "application/json" } }),
		),
	);
}

async function show(plan: PlanFile, language: AppLanguage = "en") {
	serve(plan);
	await renderInApp(
		<WorkspaceState institution={institution} saved={plan} holidays={estonianHolidays}>
			<SaveBar />
			<Routes>
				<Route path="/offerings/:offeringId" element={<OfferingPage />} />
			</Routes>
			<DraftProbe />
		</WorkspaceState>,
		{ path: "/offerings/mig-welding", language },
	);
}

const draft = () => JSON.parse(screen.getByLabelText("draft").textContent ?? "null") as Offering;
const row = (label: string) => {
	const header = screen.getByRole("rowheader", { name: new RegExp(label) });
	return within(header.closest("tr") as HTMLElement);
};

describe("OfferingPage", () => {
	beforeEach(() => vi.unstubAllGlobals());
	afterEach(cleanup);

	it("names the built-in milestones in the reader's language, whatever the school's languages", async () => {
		const plan = healthyPlan();
		plan.institution.languages = ["en"];
		await show(plan, "et");
		expect(screen.getByRole("rowheader", { name: /Sisu kinnitatud/ })).toBeDefined();
		expect(screen.queryByRole("rowheader", { name: /Content approved/ })).toBeNull();
		// The school's own texts stay in its language.
		expect(screen.getByRole("heading", { level: 1, name: "MIG/MAG welding basics" })).toBeDefined();
	});

	it("shows each milestone's owner, status, due date and why its date moved", async () => {
		// Six weeks before a start on 16 August is 5 July, inside the July closure.
		await show(planWith({ start: "2027-08-16", end: "2027-10-01" }));
		expect(screen.getByRole("heading", { level: 1, name: "MIG/MAG welding basics" })).toBeDefined();
		const reminder = row("Campaign reminder");
		expect(reminder.getByText("Marketing")).toBeDefined();
		const owner = reminder.getByLabelText("Owner of “Campaign reminder”") as HTMLSelectElement;
		expect(owner.selectedOptions[0]?.textContent).toBe("Liis Saar (role owner)");
		const status = reminder.getByLabelText("Status of “Campaign reminder”") as HTMLSelectElement;
		expect(status.selectedOptions[0]?.textContent).toBe("To do");
		expect(reminder.getByLabelText("Due date of “Campaign reminder”")).toHaveProperty(
			"value",
			"2027-06-30",
		);
		expect(reminder.getByText("Moved from 5 Jul: staff summer holiday")).toBeDefined();
		// The content approval was due in February and is not done.
		expect(row("Content approved").getByText("Overdue")).toBeDefined();
		expect(screen.getByRole("link", { name: "Edit the offering" })).toHaveProperty(
			"href",
			expect.stringMatching(/\/offerings\/mig-welding\/edit$/),
		);
	});

	it("speaks Estonian, the weekday of a weekend move included", async () => {
		// A start on Sunday 19 September puts the reminder on Sunday 8 August.
		await show(planWith({ start: "2027-09-19", end: "2027-11-26" }), "et");
		const reminder = row("Kampaania meeldetuletus");
		expect(reminder.getByText("Nihutatud (algselt 8. aug): pühapäev")).toBeDefined();
		expect(reminder.getByLabelText("Verstaposti „Kampaania meeldetuletus” olek")).toBeDefined();
	});

	it("says that any group size breaks even when the subsidy covers the fixed costs", async () => {
		const free = { ...healthyPlan(), offerings: [subsidisedOffering()] };
		const breakEven = () =>
			screen.getByText(/^(Break-even|Tasuvuspiir)$/, { selector: "dt" }).nextElementSibling
				?.textContent;
		await show(free);
		expect(breakEven()).toBe("any group size");
		cleanup();
		await show(free, "et");
		expect(breakEven()).toBe("iga rühmaga");
	});

	it("puts the findings in Estonian, with Estonian dates", async () => {
		await show(planWith({ blockedUntil: ["intake.fullTimeGroupsConfirmed"] }), "et");
		const findings = within(screen.getByRole("list", { name: "Leiud" }));
		expect(
			findings.getByText(
				"avalik alates 25. aug 2027, kuid otsustusaken sulgus juba 15. juuni 2027; avaldamist takistab päevaõppe rühmade kinnitamine 25. aug 2027",
			),
		).toBeDefined();
		expect(findings.getByText(/^kuuluta see kohe välja kui „planeeritud”/)).toBeDefined();
		expect(findings.queryByText(/public from/)).toBeNull();
	});

	it("shows the fill forecast: registered, expected with its range, the chance of the minimum", async () => {
		// 140 days before the start, by the default curve's 32.5%: 2 / 0.325 = 6.2, from 3.7 to
		// 10.3, and Φ((ln(1 / 0.325) − ln(8 / 2)) / 0.4) = 0.26 (docs/forecast.md).
		await show(planWith({ registrations: [{ date: "2027-05-01", count: 2 }] }));
		const panel = within(screen.getByRole("region", { name: "Fill forecast" }));
		const figure = (term: string) => panel.getByText(term).nextElementSibling?.textContent;
		expect(figure("Registered")).toBe("2 of a minimum 8");
		expect(figure("Expected at the start")).toBe("6 (likely 4–10)");
		expect(figure("Chance of reaching 8")).toBe("26%");
		cleanup();
		await show(planWith({ registrations: [{ date: "2027-05-01", count: 2 }] }), "et");
		const estonian = within(screen.getByRole("region", { name: "Täitumise prognoos" }));
		expect(estonian.getByText("Oodatav arv alguses").nextElementSibling?.textContent).toBe(
			"6 (tõenäoliselt 4–10)",
		);
	});

	it("has no fill forecast without registration counts", async () => {
		await show(planWith({}));
		expect(screen.queryByRole("region", { name: "Fill forecast" })).toBeNull();
	});

	it("previews a fix at once: the finding goes before saving, and Discard brings it back", async () => {
		const user = userEvent.setup();
		await show(planWith({ blockedUntil: ["intake.fullTimeGroupsConfirmed"] }));
		const findings = () => within(screen.getByRole("list", { name: "Findings" }));
		expect(findings().getByText("Published after the decision window")).toBeDefined();
		expect(findings().getByText("PUBLISHED_AFTER_DECISION_WINDOW")).toBeDefined();
		expect(findings().getByText(/blocked until full-time groups are confirmed/)).toBeDefined();
		expect(findings().getByText("“Announce as planned” above removes this one too.")).toBeDefined();
		await user.click(findings().getByRole("button", { name: "Announce as planned" }));

		// Beside the figures, and on the findings it removed.
		expect(await screen.findAllByText("Preview — not saved yet")).toHaveLength(2);
		expect(findings().queryByText("Published after the decision window")).toBeNull();
		expect(findings().queryByText("Marketing blocked by a dependency")).toBeNull();
		const gone = within(screen.getByRole("list", { name: /Gone in the preview/ }));
		expect(gone.getByText("Published after the decision window")).toBeDefined();
		// Public from today instead of the blocker's date: saved → preview.
		const publication = screen.getByText("Public from").closest("div") as HTMLElement;
		expect(publication.textContent).toBe(
			"Public fromSaved: 25 Aug 2027 →  In the preview: 3 May 2027",
		);
		expect(draft()).toMatchObject({ publication: "2027-05-03", released: true });
		expect(draft().blockedUntil).toBeUndefined();

		await user.click(screen.getByRole("button", { name: "Discard" }));
		expect(findings().getByText("Published after the decision window")).toBeDefined();
		expect(screen.queryAllByText("Preview — not saved yet")).toEqual([]);
	});

	it("puts a status, an owner and a date changed in the plan into the draft", async () => {
		const user = userEvent.setup();
		await show(planWith({}));
		const goNoGo = row("Go/no-go decision");
		await user.selectOptions(goNoGo.getByLabelText("Status of “Go/no-go decision”"), "Done");
		await waitFor(() =>
			expect(draft().milestoneStatus).toEqual({
				"go-no-go": { status: "done", doneOn: "2027-05-03" },
			}),
		);
		expect(screen.getByText(/1 unsaved change/)).toBeDefined();
		const status = goNoGo.getByLabelText("Status of “Go/no-go decision”") as HTMLSelectElement;
		expect(status.selectedOptions[0]?.textContent).toBe("Done");

		await user.selectOptions(goNoGo.getByLabelText("Owner of “Go/no-go decision”"), "Liis Saar");
		await waitFor(() =>
			expect(draft().milestoneStatus?.["go-no-go"]).toMatchObject({ owner: "liis" }),
		);

		const briefed = row("Staff briefed");
		const due = briefed.getByLabelText("Due date of “Staff briefed”");
		// A date picker gives the whole date at once.
		fireEvent.change(due, { target: { value: "2027-03-06" } });
		expect(await briefed.findByText("Date set by hand; the plan gives 8 Mar")).toBeDefined();
		expect(briefed.getByText("Not a working day: Saturday")).toBeDefined();
		expect(briefed.getByText("Saved: 8 Mar")).toBeDefined();
		expect(draft().milestoneStatus?.["staff-briefed"]).toEqual({
			status: "todo",
			due: "2027-03-06",
		});
		await user.click(
			briefed.getByRole("button", { name: "Use the planned date for “Staff briefed”" }),
		);
		await waitFor(() =>
			expect(draft().milestoneStatus?.["staff-briefed"]).toEqual({ status: "todo" }),
		);
	});
});
