// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { pastOffering } from "../../../../test/fixtures/history.ts";
import { healthyPlan } from "../../../../test/fixtures/plans.ts";
import type { RegistrationList, RegistrationView } from "../../../model/api/registrations.ts";
import type { AppLanguage } from "../../locales/index.ts";
import { renderOverPlan } from "../offerings/test-workspace.tsx";
import { RegistrationsPage } from "./RegistrationsPage.tsx";

/** A registration of the healthy offering, as the API lists it. */
function registration(
	name: string,
	state: RegistrationView["state"],
	extra: Partial<RegistrationView> = {},
): RegistrationView {
	return {
		id: name.toLowerCase(),
		offering: "mig-welding",
		state,
		name,
		email: `${name.toLowerCase()}@example.ee`,
		language: "et",
		source: "direct",
		confirmed: true,
		createdAt: "2027-05-01T08:00:00.000Z",
		appliedAt: "2027-05-02T08:00:00.000Z",
		updatedAt: "2027-05-02T08:00:00.000Z",
		version: 1,
		...extra,
	};
}

/** The requests the page sent, as `METHOD path` with their body. */
let sent: { request: string; body: unknown; ifMatch: string | null }[] = [];

/** Answers the page's requests from a list of registrations that changes as the API would. */
function serve(items: RegistrationView[]) {
	const list = (): RegistrationList => ({
		items,
		maxParticipants: 14,
		counts: {
			interest: items.filter((item) => item.state === "interest").length,
			applied: items.filter((item) => item.state === "applied").length,
			waitlisted: items.filter((item) => item.state === "waitlisted").length,
			enrolled: items.filter((item) => item.state === "enrolled").length,
			withdrawn: items.filter((item) => item.state === "withdrawn").length,
		},
	});
	vi.stubGlobal(
		"fetch",
		vi.fn(async (url: string, init: RequestInit = {}) => {
			const path = url.split("?")[0] ?? url;
			const body = init.body ? JSON.parse(String(init.body)) : undefined;
			const headers = new Headers(init.headers);
			sent.push({
				request: `${init.method ?? "GET"} ${path}`,
				body,
				ifMatch: headers.get("if-match"),
			});
			const patched = /\/registrations\/([^/]+)$/.exec(path)?.[1];
			if (init.method === "PATCH" && patched) {
				const index = items.findIndex((item) => item.id === patched);
				const before = items[index] as RegistrationView;
				const after = { ...before, state: body.state, version: before.version + 1 };
				items[index] = after;
				const promoted = items.find((item) => item.state === "waitlisted");
				if (body.state === "withdrawn" && promoted) {
					const moved = { ...promoted, state: "applied" as const, waitlistPosition: undefined };
					items[items.indexOf(promoted)] = moved;
					return Response.json({ registration: after, promoted: [moved] });
				}
				return Response.json({ registration: after, promoted: [] });
			}
			return Response.json(list());
		}),
	);
}

const render = (
	role?: "viewer",
	language?: AppLanguage,
	path = "/offerings/mig-welding/registrations",
) =>
	renderOverPlan(healthyPlan(), {
		path,
		routes: { "/offerings/:offeringId/registrations": <RegistrationsPage /> },
		...(role && { role }),
		...(language && { language }),
	});

const rowOf = (name: string) =>
	within(screen.getByRole("rowheader", { name }).closest("tr") as HTMLElement);

describe("RegistrationsPage", () => {
	beforeEach(() => {
		sent = [];
		serve([
			registration("Ann", "enrolled"),
			registration("Ben", "applied"),
			registration("Cid", "waitlisted", { waitlistPosition: 1 }),
			registration("Dan", "interest", { appliedAt: undefined, confirmed: false }),
		]);
	});
	afterEach(() => {
		cleanup();
		vi.unstubAllGlobals();
	});

	it("shows the places taken, the counts and each row with only the changes it allows", async () => {
		await render();
		expect(
			await screen.findByRole("heading", {
				level: 1,
				name: "Registrations: MIG/MAG welding basics",
			}),
		).toBeDefined();
		expect(await screen.findByText("2 of 14 places taken")).toBeDefined();
		expect(screen.getByText("1 interested, 1 applied, 1 waitlisted, 1 enrolled")).toBeDefined();
		const actions = (name: string) =>
			rowOf(name)
				.queryAllByRole("button")
				.map((button) => button.textContent);
		expect(actions("Ann")).toEqual(["Withdraw"]);
		expect(actions("Ben")).toEqual(["Enrol", "Withdraw"]);
		expect(actions("Cid")).toEqual(["Move into the group", "Withdraw"]);
		expect(actions("Dan")).toEqual(["Apply", "Waitlist", "Withdraw"]);
		expect(rowOf("Cid").getByText("#1 in line")).toBeDefined();
		expect(rowOf("Dan").getByText("address not confirmed")).toBeDefined();
		expect(screen.getByRole("button", { name: "Promote the next on the waitlist" })).toBeDefined();
	});

	it("names an offering that moved into the history by its row there", async () => {
		await renderOverPlan(
			{ ...healthyPlan(), history: [pastOffering()] },
			{
				path: "/offerings/cnc-2026/registrations",
				routes: { "/offerings/:offeringId/registrations": <RegistrationsPage /> },
			},
		);
		expect(
			await screen.findByRole("heading", { level: 1, name: "Registrations: CNC basics" }),
		).toBeDefined();
	});

	it("filters by state, keeping the filter in the address", async () => {
		await render(undefined, undefined, "/offerings/mig-welding/registrations?state=waitlisted");
		await screen.findByRole("rowheader", { name: "Cid" });
		expect(screen.queryByRole("rowheader", { name: "Ann" })).toBeNull();
		await userEvent.selectOptions(screen.getByLabelText("Show"), "");
		expect(await screen.findByRole("rowheader", { name: "Ann" })).toBeDefined();
		expect(screen.getByText("4 registrations shown")).toBeDefined();
	});

	it("withdraws with If-Match and says who took the freed place", async () => {
		await render();
		await userEvent.click(await screen.findByRole("button", { name: "Withdraw: Ann" }));
		expect(
			await screen.findByText(
				"Ann is now Withdrawn. Cid moved from the waitlist into the freed place and was told by e-mail.",
			),
		).toBeDefined();
		expect(sent.find((entry) => entry.request.startsWith("PATCH"))).toEqual({
			request: "PATCH /api/v1/offerings/mig-welding/registrations/ann",
			body: { state: "withdrawn" },
			ifMatch: '"1"',
		});
		await waitFor(() => expect(rowOf("Cid").getByText("Applied")).toBeDefined());
	});

	it("lets a viewer read, and offers no change", async () => {
		await render("viewer");
		await screen.findByRole("rowheader", { name: "Ann" });
		expect(rowOf("Ann").queryAllByRole("button")).toEqual([]);
		expect(screen.queryByRole("button", { name: "Promote the next on the waitlist" })).toBeNull();
		expect(screen.queryByRole("heading", { name: "Add a registration by hand" })).toBeNull();
		expect(screen.getByRole("button", { name: "Download as XLSX" })).toBeDefined();
	});

	it("speaks Estonian", async () => {
		await render(undefined, "et");
		expect(await screen.findByText("2 kohta 14-st täis")).toBeDefined();
		expect(rowOf("Cid").getByText("1. järjekorras")).toBeDefined();
		expect(rowOf("Ben").getByRole("button", { name: "Võta vastu: Ben" })).toBeDefined();
	});
});
