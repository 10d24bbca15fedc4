// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
	healthyOffering,
	healthyPlan,
	subsidisedOffering,
} from "../../../../test/fixtures/plans.ts";
import type { PlanFile } from "../../../model/plan-file.ts";
import { OfferingsPage } from "./OfferingsPage.tsx";
import { renderOverPlan } from "./test-workspace.tsx";

function planOf(): PlanFile {
	return {
		...healthyPlan(),
		offerings: [
			healthyOffering({ id: "welding", title: "Welding basics" }),
			// No communication line: an error.
			healthyOffering({
				id: "cnc",
				title: "CNC turning",
				intake: "spring-2028",
				start: "2028-02-14",
				end: "2028-04-21",
				budget: [{ category: "teaching", amount: 2400 }],
			}),
			healthyOffering({
				id: "accounting",
				title: "Accounting for small firms",
				field: "business",
				registrations: [{ date: "2027-02-20", count: 5 }],
			}),
		],
	};
}

const titles = () =>
	within(screen.getByRole("table"))
		.getAllByRole("rowheader")
		.map((cell) => within(cell).getByRole("link").textContent);

describe("OfferingsPage", () => {
	afterEach(cleanup);

	const render = (path = "/offerings", role?: "viewer") =>
		renderOverPlan(planOf(), {
			path,
			routes: { "/offerings": <OfferingsPage /> },
			...(role && { role }),
		});

	it("lists every offering with its risk in words, a link to it and its fill", async () => {
		await render();
		expect(screen.getByRole("heading", { level: 1, name: "Offerings" })).toBeDefined();
		const cnc = screen.getByRole("row", { name: /CNC turning/ });
		expect(within(cnc).getByText(/^Error, \d+ findings?$/)).toBeDefined();
		expect(screen.getByRole("link", { name: "CNC turning" }).getAttribute("href")).toBe(
			"/offerings/cnc",
		);
		const accounting = screen.getByRole("row", { name: /Accounting/ });
		// 5 by 2027-03-01, 203 days before the start: the default curve's 19.6% expects 25, at
		// most 14; the minimum of 8 is likely, not yet certain.
		expect(within(accounting).getByText("expected 14, 99% chance")).toBeDefined();
		expect(
			within(accounting).getByRole("cell", { name: "5 of 8–14 expected 14, 99% chance" }),
		).toBeDefined();
		expect(within(cnc).getByText("—")).toBeDefined();
		expect(screen.getByRole("link", { name: "New offering" })).toBeDefined();
	});

	it("shows a break-even of 0 as any group, against the minimum", async () => {
		const free = subsidisedOffering({ id: "free", title: "Free welding" });
		await renderOverPlan(
			{ ...healthyPlan(), offerings: [free] },
			{ path: "/offerings", routes: { "/offerings": <OfferingsPage /> } },
		);
		const row = screen.getByRole("row", { name: /Free welding/ });
		expect(within(row).getByRole("cell", { name: "any group / 8" })).toBeDefined();
	});

	it("sorts by a column's button, and turns around on the second press", async () => {
		await render();
		expect(titles()).toEqual(["Accounting for small firms", "Welding basics", "CNC turning"]);
		const title = screen.getByRole("button", { name: /^Title/ });
		await userEvent.click(title);
		expect(titles()).toEqual(["Accounting for small firms", "CNC turning", "Welding basics"]);
		expect(title.closest("th")?.getAttribute("aria-sort")).toBe("ascending");
		await userEvent.click(title);
		expect(titles()).toEqual(["Welding basics", "CNC turning", "Accounting for small firms"]);
		expect(title.closest("th")?.getAttribute("aria-sort")).toBe("descending");
		await userEvent.click(screen.getByRole("button", { name: /^Risk/ }));
		expect(titles()[0]).toBe("CNC turning");
	});

	it("filters by text, intake and severity", async () => {
		await render();
		await userEvent.type(screen.getByLabelText("Search"), "weld");
		expect(titles()).toEqual(["Welding basics"]);
		expect(screen.getByRole("status").textContent).toBe("Offerings shown: 1 of 3");
		await userEvent.clear(screen.getByLabelText("Search"));
		await userEvent.selectOptions(screen.getByLabelText("Intake"), "Spring 2028");
		expect(titles()).toEqual(["CNC turning"]);
		await userEvent.click(screen.getByRole("button", { name: "Clear the filters" }));
		await userEvent.selectOptions(screen.getByLabelText("Risk"), "Errors");
		expect(titles()).toEqual(["CNC turning"]);
	});

	it("reads its sorting and filters from the URL", async () => {
		await render("/offerings?field=engineering&sort=title&dir=desc");
		expect(titles()).toEqual(["Welding basics", "CNC turning"]);
		expect((screen.getByLabelText("Field") as HTMLSelectElement).value).toBe("engineering");
	});

	it("shows each offering's registrations per state, linked to them", async () => {
		const counts = { interest: 0, applied: 5, waitlisted: 2, enrolled: 0, withdrawn: 0 };
		vi.stubGlobal(
			"fetch",
			vi.fn(async () => Response.json({ items: [{ offering: "welding", counts }] })),
		);
		try {
			await render();
			const welding = screen.getByRole("row", { name: /Welding basics/ });
			const link = await within(welding).findByRole("link", { name: "5 applied, 2 waitlisted" });
			expect(link.getAttribute("href")).toBe("/offerings/welding/registrations");
			const cnc = screen.getByRole("row", { name: /CNC turning/ });
			expect(within(cnc).getByRole("link", { name: "No registrations" })).toBeDefined();
		} finally {
			vi.unstubAllGlobals();
		}
	});

	it("offers creating and editing only to a role that may", async () => {
		await render("/offerings", "viewer");
		expect(screen.queryByRole("link", { name: "New offering" })).toBeNull();
		expect(screen.queryByRole("link", { name: /^Edit/ })).toBeNull();
	});
});
