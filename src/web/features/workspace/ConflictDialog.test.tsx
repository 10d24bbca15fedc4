// @vitest-environment jsdom

import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { healthyOffering, healthyPlan } from "../../../../test/fixtures/plans.ts";
import { formatMoney } from "../../lib/format.ts";
import { testInstitution } from "../../testing/institution.ts";
import { renderInApp } from "../../testing/render.tsx";
import { ConflictDialog } from "./ConflictDialog.tsx";
import { type Conflict, useWorkspace, WorkspaceState } from "./WorkspaceProvider.tsx";

const institution = testInstitution("2027-03-01");

/** The dialog over a workspace whose `resolve` the test watches. */
function Watched({
	conflict,
	onResolve,
}: {
	conflict: Conflict;
	onResolve: (...args: unknown[]) => void;
}) {
	const workspace = useWorkspace();
	workspace.resolve = async (...args) => onResolve(...args);
	return <ConflictDialog conflict={conflict} />;
}

async function renderConflict(language: "en" | "et" = "en") {
	const base = healthyOffering({ id: "cnc", title: "CNC basics", field: "it" });
	const conflict: Conflict = {
		id: "cnc",
		draft: {
			base,
			etag: '"2"',
			edited: { ...base, title: "CNC for beginners", fee: { amount: 99, currency: "EUR" } },
		},
		theirs: { ...base, title: "CNC evenings", field: "engineering" },
		etag: '"5"',
	};
	const onResolve = vi.fn();
	await renderInApp(
		<WorkspaceState
			institution={institution}
			saved={{ ...healthyPlan(), offerings: [base] }}
			holidays={[]}
		>
			<Watched conflict={conflict} onResolve={onResolve} />
		</WorkspaceState>,
		{ language },
	);
	return { conflict, onResolve };
}

describe("ConflictDialog", () => {
	afterEach(cleanup);

	it("shows each field either side changed, before, yours and theirs", async () => {
		await renderConflict();
		expect(
			screen.getByRole("heading", { name: "Someone else saved CNC for beginners first" }),
		).toBeDefined();
		const rows = screen.getAllByRole("row").slice(1);
		// Each field by the offering editor's label, each value as a person writes it.
		expect(rows.map((row) => within(row).getByRole("rowheader").textContent)).toEqual([
			"Title",
			"Field",
			"Fee",
		]);
		const cells = (row: Element | undefined) =>
			within(row as HTMLElement)
				.getAllByRole("cell")
				.map((cell) => cell.textContent);
		expect(cells(rows[0])).toEqual(["CNC basics", "CNC for beginners", "CNC evenings"]);
		expect(cells(rows[2])).toEqual(["€450", "€99", "€450"]);
	});

	it("words the fields and their values in Estonian", async () => {
		await renderConflict("et");
		const dialog = screen.getByRole("dialog");
		expect(
			within(dialog)
				.getAllByRole("rowheader")
				.map((header) => header.textContent),
		).toEqual(["Pealkiri", "Valdkond", "Tasu"]);
		expect(dialog.textContent).not.toMatch(/[{}"]/);
		const fee = within(dialog).getAllByRole("row")[3] as HTMLElement;
		expect(within(fee).getByRole("radio", { name: formatMoney(99, "EUR", "et") })).toBeDefined();
	});

	it("keeps mine, takes theirs, or merges the fields chosen", async () => {
		const { onResolve } = await renderConflict();
		fireEvent.click(screen.getByRole("button", { name: "Keep mine" }));
		expect(onResolve).toHaveBeenLastCalledWith("cnc", { keep: "mine" });
		fireEvent.click(screen.getByRole("button", { name: "Take theirs" }));
		expect(onResolve).toHaveBeenLastCalledWith("cnc", { keep: "theirs" });
		const titleRow = screen.getAllByRole("row")[1] as HTMLElement;
		fireEvent.click(within(titleRow).getByRole("radio", { name: "CNC for beginners" }));
		fireEvent.click(screen.getByRole("button", { name: "Use the chosen fields" }));
		const merged = onResolve.mock.lastCall?.[1] as {
			keep: string;
			offering: Record<string, unknown>;
		};
		expect(merged.keep).toBe("merged");
		expect(merged.offering.title).toBe("CNC for beginners");
		expect(merged.offering.field).toBe("engineering");
		expect(merged.offering.fee).toEqual({ amount: 99, currency: "EUR" });
	});
});
