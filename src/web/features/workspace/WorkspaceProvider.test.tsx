// @vitest-environment jsdom

import { QueryClient } from "@tanstack/react-query";
import { act, cleanup, screen } from "@testing-library/react";
import { useTranslation } from "react-i18next";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { healthyOffering, healthyPlan } from "../../../../test/fixtures/plans.ts";
import { plan as engine } from "../../../engine/plan.ts";
import type { Me } from "../../../model/api/session.ts";
import { testInstitution } from "../../testing/institution.ts";
import { renderInApp } from "../../testing/render.tsx";
import { holidaysQuery } from "./api.ts";
import { useWorkspace, WorkspaceProvider } from "./WorkspaceProvider.tsx";

vi.mock("../../../engine/plan.ts", async (original) => {
	const actual = await original<typeof import("../../../engine/plan.ts")>();
	return { ...actual, plan: vi.fn(actual.plan) };
});

const institution = testInstitution("2027-05-03");

const christmasEve: Record<string, string> = { en: "Christmas Eve", et: "jõululaupäev" };

/**
 * Answers the requests the workspace makes; the holidays in the language asked for, and the
 * signed-in account when `me` is given.
 */
function serve(me?: Me) {
	const fetch = vi.fn(async (url: string) => {
		const { pathname, searchParams } = new URL(url, "http://kairos.test");
		if (me && pathname === "/api/v1/me") return Response.json(me);
		if (pathname === "/api/v1/institutions") return Response.json({ items: [institution] });
		if (pathname.endsWith("/plan")) return Response.json(healthyPlan());
		if (pathname.endsWith("/registration-counts")) return Response.json({ items: [] });
		const name = christmasEve[searchParams.get("language") ?? "en"] ?? "Christmas Eve";
		return Response.json({ items: [{ date: "2027-12-24", name }] });
	});
	vi.stubGlobal("fetch", fetch);
	return fetch;
}

/** The holidays' names the workspace holds, and a switch of the interface's language. */
function HolidayProbe() {
	const { holidays, drafts, create } = useWorkspace();
	const { i18n } = useTranslation();
	return (
		<>
			<ul aria-label="holidays">
				{holidays.map((holiday) => (
					<li key={holiday.date}>{holiday.name}</li>
				))}
			</ul>
			<button type="button" onClick={() => i18n.changeLanguage("et")}>
				Eesti keeles
			</button>
			<button type="button" onClick={() => create(healthyOffering({ id: "tig-welding" }))}>
				New offering
			</button>
			<output aria-label="drafts">{drafts.size}</output>
		</>
	);
}

describe("WorkspaceProvider", () => {
	beforeEach(() => {
		sessionStorage.clear();
		vi.unstubAllGlobals();
		vi.mocked(engine).mockClear();
	});
	afterEach(cleanup);

	it("keys the holidays by institution and language", () => {
		expect(holidaysQuery("test-vc", "et").queryKey).toEqual(["holidays", "test-vc", "et"]);
		expect(holidaysQuery("test-vc", "et").queryKey).not.toEqual(
			holidaysQuery("test-vc", "en").queryKey,
		);
	});

	it("asks for the holidays in the interface's language, and again when it changes", async () => {
		const fetch = serve();
		const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
		await renderInApp(
			<WorkspaceProvider>
				<HolidayProbe />
			</WorkspaceProvider>,
			{ queryClient },
		);
		expect(await screen.findByText("Christmas Eve")).toBeDefined();
		expect(fetch).toHaveBeenCalledWith(
			"/api/v1/institutions/test-vc/holidays?language=en",
			expect.anything(),
		);
		// The saved plan's report, once; the preview is the saved plan.
		expect(engine).toHaveBeenCalledTimes(1);

		await act(() => screen.getByRole("button", { name: "Eesti keeles" }).click());
		expect(await screen.findByText("jõululaupäev")).toBeDefined();
		expect(screen.queryByText("Christmas Eve")).toBeNull();
		expect(fetch).toHaveBeenCalledWith(
			"/api/v1/institutions/test-vc/holidays?language=et",
			expect.anything(),
		);
		expect(queryClient.getQueryData(holidaysQuery("test-vc", "et").queryKey)?.items).toEqual([
			{ date: "2027-12-24", name: "jõululaupäev" },
		]);
		// One more report for the switch: in Estonian, with the Estonian holidays.
		expect(engine).toHaveBeenCalledTimes(2);
		expect(vi.mocked(engine).mock.lastCall?.[1]).toMatchObject({
			language: "et",
			holidays: [{ date: "2027-12-24", name: "jõululaupäev" }],
		});
	});

	it("keeps the drafts while the holidays of the new language load", async () => {
		serve();
		await renderInApp(
			<WorkspaceProvider>
				<HolidayProbe />
			</WorkspaceProvider>,
		);
		await act(async () => (await screen.findByRole("button", { name: "New offering" })).click());
		expect(screen.getByLabelText("drafts").textContent).toBe("1");
		await act(() => screen.getByRole("button", { name: "Eesti keeles" }).click());
		expect(await screen.findByText("jõululaupäev")).toBeDefined();
		expect(screen.getByLabelText("drafts").textContent).toBe("1");
	});

	it("brings back the signed-in account's drafts when the page is loaded again", async () => {
		const me: Me = {
			id: "kadri",
			email: "kadri@test.ee",
			name: "Kadri Tamm",
			role: "manager",
			institution: institution.id,
			person: null,
			passwordChangeRequired: false,
		};
		serve(me);
		const page = () =>
			renderInApp(
				<WorkspaceProvider>
					<HolidayProbe />
				</WorkspaceProvider>,
			);
		await page();
		await act(async () => (await screen.findByRole("button", { name: "New offering" })).click());
		await vi.waitFor(() => expect(sessionStorage.length).toBe(1));
		cleanup();
		await page();
		await screen.findByRole("button", { name: "New offering" });
		expect(screen.getByLabelText("drafts").textContent).toBe("1");
	});
});
