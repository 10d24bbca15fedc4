// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { healthyPlan } from "../../../../test/fixtures/plans.ts";
import type { AccountRole } from "../../../model/api/roles.ts";
import { NewOfferingPage } from "./NewOfferingPage.tsx";
import { OfferingEditorPage } from "./OfferingEditorPage.tsx";
import { renderOverPlan } from "./test-workspace.tsx";

function render(role?: AccountRole) {
	return renderOverPlan(healthyPlan(), {
		path: "/offerings/new",
		routes: {
			"/offerings/new": <NewOfferingPage />,
			"/offerings/:offeringId/edit": <OfferingEditorPage />,
		},
		today: "2027-05-03",
		...(role && { role }),
	});
}

describe("NewOfferingPage", () => {
	afterEach(cleanup);

	it("creates an offering with the upcoming intake's defaults and opens it in the editor", async () => {
		await render();
		expect((screen.getByLabelText("Intake") as HTMLSelectElement).value).toBe("autumn-2027");
		await userEvent.type(screen.getByLabelText("Id"), "cnc-basics");
		await userEvent.type(screen.getByLabelText("Title (English)"), "CNC basics");
		await userEvent.click(screen.getByRole("button", { name: "Create and edit" }));
		expect(await screen.findByRole("heading", { level: 1, name: "Edit CNC basics" })).toBeDefined();
		expect((screen.getByLabelText("Start") as HTMLInputElement).value).toBe("2027-09-01");
		expect((screen.getByLabelText("Minimum group") as HTMLInputElement).value).toBe("8");
		expect((screen.getByLabelText("Maximum group") as HTMLInputElement).value).toBe("16");
		expect((screen.getByLabelText("Fee") as HTMLInputElement).value).toBe("0");
		expect(screen.getByText("New: not saved yet.")).toBeDefined();
	});

	it("refuses an id that is taken or not an id, and a missing title", async () => {
		await render();
		await userEvent.type(screen.getByLabelText("Id"), "mig-welding");
		expect(screen.getByText("mig-welding is already the id of an offering")).toBeDefined();
		await userEvent.clear(screen.getByLabelText("Id"));
		await userEvent.type(screen.getByLabelText("Id"), "CNC");
		expect(screen.getByText(/is not an id/)).toBeDefined();
		await userEvent.click(screen.getByRole("button", { name: "Create and edit" }));
		expect(screen.getByText("is required")).toBeDefined();
		expect(screen.getByRole("heading", { level: 1, name: "New offering" })).toBeDefined();
	});

	it("is not offered to a role that may not create offerings", async () => {
		await render("pedagogy");
		expect(screen.getByText("Your role may not create offerings.")).toBeDefined();
		expect(screen.queryByLabelText("Id")).toBeNull();
	});
});
