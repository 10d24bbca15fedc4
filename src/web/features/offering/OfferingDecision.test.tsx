// @vitest-environment jsdom

import { QueryClient } from "@tanstack/react-query";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Route, Routes } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { estonianHolidays } from "../../../../test/fixtures/holidays.ts";
import { healthyOffering, healthyPlan } from "../../../../test/fixtures/plans.ts";
import type { DecisionView } from "../../../model/api/decisions.ts";
import type { AccountRole } from "../../../model/api/roles.ts";
import type { Me } from "../../../model/api/session.ts";
import type { PlanFile } from "../../../model/plan-file.ts";
import type { AppLanguage } from "../../locales/index.ts";
import { testInstitution } from "../../testing/institution.ts";
import { renderInApp } from "../../testing/render.tsx";
import { meQuery } from "../session/api.ts";
import { WorkspaceState } from "../workspace/WorkspaceProvider.tsx";
import { OfferingPage } from "./OfferingPage.tsx";

const institution = testInstitution("2027-09-08");

/** The healthy course beside a spring course it could merge into. */
function plan(): PlanFile {
	return {
		...healthyPlan(),
		offerings: [
			healthyOffering(),
			healthyOffering({
				id: "mig-welding-spring-2028",
				intake: "spring-2028",
				start: "2028-02-21",
				end: "2028-04-28",
			}),
		],
	};
}

const undecided: DecisionView = { offering: "mig-welding", decision: null, followThrough: null };

/** Answers the page's requests as the server would, and keeps what the app sent. */
function serve(decision: DecisionView = undecided) {
	const sent: { url: string; method: string; body: unknown; ifMatch: string | null }[] = [];
	const json = (body: unknown, etag = '"7"') =>
		Response.json(body, { headers: { etag, "content-type": "application/json" } });
	vi.stubGlobal(
		"fetch",
		vi.fn(async (url: string, init: RequestInit = {}) => {
			const method = init.method ?? "GET";
			const headers = new Headers(init.headers);
			sent.push({
				url,
				method,
				body: init.body === undefined ? undefined : JSON.parse(String(init.body)),
				ifMatch: headers.get("if-match"),
			});
			if (url.includes("/decision") && method === "POST") {
				const body = JSON.parse(String(init.body));
				return json(
					{
						offering: "mig-welding",
						decision: { ...body, decidedBy: "kadri", decidedOn: "2027-09-08" },
						followThrough: { state: "pending" },
					} satisfies DecisionView,
					'"8"',
				);
			}
			if (url.includes("/decision")) return json(decision);
			if (url.includes("/offerings/mig-welding")) return json(healthyOffering());
			return json({ plan: plan() });
		}),
	);
	return sent;
}

async function show(role: AccountRole = "manager", language: AppLanguage = "en", saved = plan()) {
	const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
	const me: Me = {
		id: "a1",
		email: "kadri@test.ee",
		name: "Kadri Tamm",
		role,
		institution: "test-vc",
		person: "kadri",
		passwordChangeRequired: false,
	};
	queryClient.setQueryData(meQuery.queryKey, me);
	await renderInApp(
		<WorkspaceState institution={institution} saved={saved} holidays={estonianHolidays}>
			<Routes>
				<Route path="/offerings/:offeringId" element={<OfferingPage />} />
			</Routes>
		</WorkspaceState>,
		{ path: "/offerings/mig-welding", language, queryClient },
	);
}

describe("recording the go/no-go decision on an offering's page", () => {
	beforeEach(() => vi.unstubAllGlobals());
	afterEach(cleanup);

	it("records a no-go with its reason, If-Match the offering's ETag, and gives the focus back", async () => {
		const user = userEvent.setup();
		const sent = serve();
		await show();
		expect(await screen.findByText("Not decided yet: due on 8 Sept 2027.")).toBeDefined();
		const open = screen.getAllByRole("button", { name: "Record decision" })[0] as HTMLElement;
		await user.click(open);
		const dialog = within(screen.getByRole("dialog", { name: "Record the go/no-go decision" }));
		expect(
			dialog.getByText(
				"MIG/MAG welding basics starts on 20 Sept 2027. Every registrant is told by e-mail, in their language.",
			),
		).toBeDefined();
		expect(document.activeElement).toBe(dialog.getByLabelText("Go: the group runs"));
		// (The arrow keys between the choices are the browser's: the e2e test uses them.)
		await user.click(dialog.getByLabelText("No-go: cancel the course"));
		await user.type(dialog.getByLabelText("Reason"), "four of eight registered");
		await user.click(dialog.getByRole("button", { name: "Record decision" }));
		await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
		const post = sent.find((request) => request.method === "POST");
		expect(post).toEqual({
			url: "/api/v1/offerings/mig-welding/decision?institution=test-vc",
			method: "POST",
			body: { outcome: "no-go", reason: "four of eight registered" },
			ifMatch: '"7"',
		});
		expect(
			screen.getByText("The decision is recorded. Every registrant is told by e-mail."),
		).toBeDefined();
		expect(document.activeElement).toBe(open);
	});

	it("offers the next intake to postpone to, and the courses a merge can go into", async () => {
		const user = userEvent.setup();
		const sent = serve();
		await show();
		await user.click(screen.getAllByRole("button", { name: "Record decision" })[0] as HTMLElement);
		const dialog = within(screen.getByRole("dialog"));
		expect(dialog.getByLabelText("Postpone to the next intake, Spring 2028")).toHaveProperty(
			"disabled",
			false,
		);
		await user.click(dialog.getByLabelText("Merge into another course"));
		const into = dialog.getByLabelText("Merge into") as HTMLSelectElement;
		expect([...into.options].map((option) => option.textContent)).toEqual([
			"Choose a course",
			"MIG/MAG welding basics (21 Feb 2028)",
		]);
		await user.selectOptions(into, "mig-welding-spring-2028");
		await user.click(dialog.getByRole("button", { name: "Record decision" }));
		await waitFor(() => expect(sent.some((request) => request.method === "POST")).toBe(true));
		expect(sent.find((request) => request.method === "POST")?.body).toEqual({
			outcome: "merge",
			into: "mig-welding-spring-2028",
		});
	});

	it("closes on Escape without recording anything", async () => {
		const user = userEvent.setup();
		const sent = serve();
		await show();
		await user.click(screen.getAllByRole("button", { name: "Record decision" })[0] as HTMLElement);
		fireEvent(screen.getByRole("dialog"), new Event("cancel", { cancelable: true }));
		expect(screen.queryByRole("dialog")).toBeNull();
		expect(sent.some((request) => request.method === "POST")).toBe(false);
	});

	it("shows the recorded decision, who made it, when and why, and the registrants told", async () => {
		const decided = plan();
		decided.offerings[0] = {
			...healthyOffering(),
			decision: {
				outcome: "go",
				decidedBy: "kadri",
				decidedOn: "2027-09-08",
				reason: "twelve applications",
			},
		};
		serve({
			offering: "mig-welding",
			decision: {
				outcome: "go",
				decidedBy: "kadri",
				decidedOn: "2027-09-08",
				reason: "twelve applications",
			},
			followThrough: {
				state: "done",
				completedAt: "2027-09-08T09:00:00.000Z",
				mails: 12,
				moved: 0,
			},
		});
		await show("manager", "en", decided);
		const section = within(screen.getByRole("region", { name: "Go/no-go decision" }));
		expect(section.getByText("Go: the group runs")).toBeDefined();
		expect(section.getByText("Kadri Tamm")).toBeDefined();
		expect(section.getByText("8 Sept 2027")).toBeDefined();
		expect(section.getByText("twelve applications")).toBeDefined();
		expect(await section.findByText("12 e-mails sent on 8 Sept 2027")).toBeDefined();
		expect(screen.getByText("Decided: Go")).toBeDefined();
	});

	it("speaks Estonian, and shows no button to a role that may not decide", async () => {
		serve();
		await show("manager", "et");
		expect(screen.getAllByRole("button", { name: "Salvesta otsus" })).toHaveLength(2);
		cleanup();
		serve();
		await show("marketing");
		expect(screen.queryByRole("button", { name: "Record decision" })).toBeNull();
	});
});
