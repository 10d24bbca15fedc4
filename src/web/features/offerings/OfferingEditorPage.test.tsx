// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { healthyPlan } from "../../../../test/fixtures/plans.ts";
import type { AccountRole } from "../../../model/api/roles.ts";
import { OfferingEditorPage } from "./OfferingEditorPage.tsx";
import { OfferingsPage } from "./OfferingsPage.tsx";
import { renderOverPlan } from "./test-workspace.tsx";

const routes = {
	"/offerings": <OfferingsPage />,
	"/offerings/:offeringId/edit": <OfferingEditorPage />,
};

function render(role?: AccountRole) {
	return renderOverPlan(healthyPlan(), {
		path: "/offerings/mig-welding/edit",
		routes,
		...(role && { role }),
	});
}

/** The live figure after its label: "9%", or "was 9% → , now 31%". */
function figure(label: string): string {
	const aside = screen.getByRole("complementary", { name: "Live figures" });
	const term = within(aside).getByText(label, { selector: "dt" });
	return term.nextElementSibling?.textContent ?? "";
}

describe("OfferingEditorPage", () => {
	afterEach(() => {
		cleanup();
		vi.unstubAllGlobals();
	});

	it("groups every part of the offering in fieldsets with legends", async () => {
		await render();
		expect(
			screen.getByRole("heading", { level: 1, name: "Edit MIG/MAG welding basics" }),
		).toBeDefined();
		for (const legend of [
			"Course",
			"Intake and dates",
			"EU standard elements",
			"Modules",
			"Pathways to qualifications",
			"Fee, group size and budget",
			"Owners and contact",
			"Publication",
			"Registrations",
		])
			expect(screen.getByRole("group", { name: legend })).toBeDefined();
		// One input per institution language; the plain title is the first language's.
		expect((screen.getByLabelText("Title (Estonian)") as HTMLInputElement).value).toBe(
			"MIG/MAG welding basics",
		);
		expect((screen.getByLabelText("Title (English)") as HTMLInputElement).value).toBe("");
		expect((screen.getByLabelText("Programme manager") as HTMLSelectElement).value).toBe("kadri");
	});

	it("shows the API schema's error next to the field once it was touched", async () => {
		await render();
		const min = screen.getByLabelText("Minimum group");
		expect(screen.queryByText("20 is above the maximum group size 14")).toBeNull();
		await userEvent.clear(min);
		await userEvent.type(min, "20");
		const error = screen.getAllByText("20 is above the maximum group size 14");
		const nextToField = error.find((element) => element.classList.contains("field-error"));
		expect(nextToField?.id).toBeTruthy();
		expect(min.getAttribute("aria-describedby")).toContain(nextToField?.id);
		expect(min.getAttribute("aria-invalid")).toBe("true");
		expect(screen.getByRole("alert").textContent).toContain("1 field needs attention");
	});

	it("shows a refused draft's errors at its fields when the editor opens on it again", async () => {
		await render();
		const min = screen.getByLabelText("Minimum group");
		await userEvent.clear(min);
		await userEvent.type(min, "20");
		await userEvent.click(
			screen.getAllByRole("link", { name: "Back to the offerings" })[0] as HTMLElement,
		);
		await userEvent.click(await screen.findByRole("link", { name: "Edit MIG/MAG welding basics" }));
		const again = await screen.findByLabelText("Minimum group");
		expect((again as HTMLInputElement).value).toBe("20");
		expect(again.getAttribute("aria-invalid")).toBe("true");
	});

	it("words the schema's error next to the field in Estonian", async () => {
		await renderOverPlan(healthyPlan(), {
			path: "/offerings/mig-welding/edit",
			routes,
			language: "et",
		});
		const min = screen.getByLabelText("Väikseim rühm");
		await userEvent.clear(min);
		await userEvent.type(min, "20");
		const message = "20 on suurem kui rühma suurim lubatud suurus 14";
		const nextToField = screen
			.getAllByText(message)
			.find((element) => element.classList.contains("field-error"));
		expect(min.getAttribute("aria-describedby")).toContain(nextToField?.id);
		expect(screen.queryByText("20 is above the maximum group size 14")).toBeNull();
	});

	it("shows the communication share of what is typed in a new budget line, beside the saved one", async () => {
		await render();
		// 300 of 2,400 + 8 × 60 + 300 at the minimum group.
		expect(figure("Communication share")).toBe("9%");
		await userEvent.click(screen.getByRole("button", { name: "Add a budget line" }));
		const line = screen.getByRole("group", { name: "Budget line 4" });
		expect((within(line).getByLabelText("Category") as HTMLSelectElement).value).toBe(
			"communication",
		);
		await userEvent.type(within(line).getByLabelText("Amount"), "1000");
		// 1,300 of 4,180.
		expect(figure("Communication share")).toBe("was 9% → , now 31%");
	});

	it("starts again from the saved version when its changes are discarded", async () => {
		await render();
		const location = screen.getByLabelText("Location (English)") as HTMLInputElement;
		await userEvent.type(location, "Tartu");
		await userEvent.clear(screen.getByLabelText("Minimum group"));
		await userEvent.type(screen.getByLabelText("Minimum group"), "20");
		await userEvent.click(screen.getByRole("button", { name: "Discard changes to this offering" }));
		expect(location.value).toBe("");
		expect((screen.getByLabelText("Minimum group") as HTMLInputElement).value).toBe("8");
		expect(screen.queryByText("20 is above the maximum group size 14")).toBeNull();
	});

	it("duplicates the offering for the next intake, its dates moved", async () => {
		await render();
		await userEvent.click(screen.getByRole("button", { name: "Duplicate for the next intake" }));
		expect(screen.getByText("mig-welding-spring-2028")).toBeDefined();
		expect(screen.getByRole("status").textContent).toBe(
			"A copy for Spring 2028, its dates moved by 154 days. It is an unsaved change until you save it.",
		);
		expect((screen.getByLabelText("Intake") as HTMLSelectElement).value).toBe("spring-2028");
		expect((screen.getByLabelText("Start") as HTMLInputElement).value).toBe("2028-02-21");
		expect((screen.getByLabelText("End") as HTMLInputElement).value).toBe("2028-04-28");
	});

	it("deletes the offering after asking", async () => {
		await render();
		await userEvent.click(screen.getByRole("button", { name: "Delete offering" }));
		const dialog = screen.getByRole("dialog", { name: "Delete MIG/MAG welding basics?" });
		await userEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
		expect(screen.queryByRole("dialog")).toBeNull();
		// The keyboard goes on from where it was, not from the top of the page.
		expect(document.activeElement).toBe(screen.getByRole("button", { name: "Delete offering" }));
		await userEvent.click(screen.getByRole("button", { name: "Delete offering" }));
		await userEvent.click(screen.getByRole("button", { name: "Delete" }));
		expect(await screen.findByRole("heading", { level: 1, name: "Offerings" })).toBeDefined();
		expect(screen.queryByRole("link", { name: "MIG/MAG welding basics" })).toBeNull();
	});

	it("shows the problems of a refused save next to the fields they name", async () => {
		vi.stubGlobal("fetch", async () =>
			Response.json(
				{
					title: "The input is not valid",
					detail: "the offering does not fit the plan",
					code: "validation_failed",
					errors: [
						{ path: "pathways[0].qualification", message: '"welder-9" is not a qualification' },
					],
				},
				{ status: 400, headers: { "content-type": "application/problem+json" } },
			),
		);
		await render();
		await userEvent.type(screen.getByLabelText("Location (English)"), "Tartu");
		await userEvent.click(screen.getByRole("button", { name: "Save changes" }));
		const pathway = screen.getByRole("group", { name: "Pathway 1" });
		expect(await within(pathway).findByText('"welder-9" is not a qualification')).toBeDefined();
		expect(within(pathway).getByLabelText("Qualification").getAttribute("aria-invalid")).toBe(
			"true",
		);
	});

	it("lets a role that may not change offerings only read them", async () => {
		await render("viewer");
		expect(screen.getByText("Your role can read this offering but not change it.")).toBeDefined();
		expect((screen.getByLabelText("Title (Estonian)") as HTMLInputElement).disabled).toBe(true);
		expect(screen.queryByRole("button", { name: "Delete offering" })).toBeNull();
		expect(screen.queryByRole("button", { name: "Add a budget line" })).toBeNull();
	});
});
