// @vitest-environment jsdom

import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { healthyOffering, healthyPlan } from "../../../../test/fixtures/plans.ts";
import type { Me } from "../../../model/api/session.ts";
import type { PlanFile } from "../../../model/plan-file.ts";
import { testInstitution } from "../../testing/institution.ts";
import { renderInApp } from "../../testing/render.tsx";
import { WorkspaceState } from "../workspace/WorkspaceProvider.tsx";
import { TasksPage } from "./TasksPage.tsx";

// Monday of ISO week 10.
const today = "2027-03-08";
const institution = testInstitution(today, 2);

/** MIG welding, and CNC whose budget approval (Kadri's) is done. */
function twoOfferings(): PlanFile {
	const plan = healthyPlan();
	plan.offerings.push(
		healthyOffering({
			id: "cnc",
			title: "CNC basics",
			milestoneStatus: { "budget-approved": "done" },
		}),
	);
	return plan;
}

const account = (changes: Partial<Me> = {}): Me => ({
	id: "account-1",
	email: "kadri@test.ee",
	name: "Kadri Tamm",
	role: "manager",
	institution: "test-vc",
	person: "kadri",
	passwordChangeRequired: false,
	...changes,
});

type Answer = { status: number; body?: unknown; etag?: string };
let answers: Map<string, Answer[]>;
let requests: { method: string; url: string; headers: Record<string, string>; body?: unknown }[];

/** The API as the test scripts it: answers by "METHOD /path", in turn, the last one kept. */
function answer(route: string, ...replies: Answer[]): void {
	answers.set(route, replies);
}

beforeEach(() => {
	answers = new Map();
	requests = [];
	vi.stubGlobal("fetch", async (url: string, init: RequestInit = {}) => {
		const method = init.method ?? "GET";
		const headers = (init.headers ?? {}) as Record<string, string>;
		const body = typeof init.body === "string" ? JSON.parse(init.body) : undefined;
		requests.push({ method, url, headers, body });
		const queue = answers.get(`${method} ${url.split("?")[0]}`) ?? [];
		const reply = (queue.length > 1 ? queue.shift() : queue[0]) ?? { status: 404 };
		const type = reply.status >= 400 ? "application/problem+json" : "application/json";
		return new Response(JSON.stringify(reply.body ?? { title: "Not found", detail: url }), {
			status: reply.status,
			headers: { "content-type": type, ...(reply.etag && { etag: reply.etag }) },
		});
	});
});

afterEach(() => {
	cleanup();
	vi.unstubAllGlobals();
});

async function renderTasks(me: Me, plan: PlanFile = twoOfferings(), path = "/tasks") {
	answer("GET /api/v1/me", { status: 200, body: me });
	answer("GET /api/v1/me/digest", { status: 200, body: { person: me.person, optedOut: false } });
	await renderInApp(
		<WorkspaceState institution={institution} saved={plan} holidays={[]}>
			<TasksPage />
		</WorkspaceState>,
		{ path },
	);
	await screen.findByRole("heading", { level: 1, name: "Tasks" });
}

/** Each group's heading and the tasks in it, as "offering: task". */
function shownGroups(): [string, string[]][] {
	const headings = screen.getAllByRole("heading", { level: 2 });
	return headings
		.filter(
			(heading) =>
				!["Your task calendar", "Your digest by e-mail"].includes(heading.textContent ?? ""),
		)
		.map((heading) => {
			const group = heading.closest("section, details") as HTMLElement;
			const items = within(group)
				.queryAllByRole("listitem")
				.map((item) => item.querySelector(".task-title")?.textContent ?? "");
			return [heading.textContent ?? "", items];
		});
}

describe("TasksPage", () => {
	it("shows the signed-in person's tasks: overdue, this week, later, then done", async () => {
		await renderTasks(account());
		expect(shownGroups()).toEqual([
			["Overdue (1)", ["MIG/MAG welding basics: Budget approved"]],
			[
				"This week (week 10) (2)",
				["CNC basics: Staff briefed", "MIG/MAG welding basics: Staff briefed"],
			],
			["Later (2)", ["CNC basics: Go/no-go decision", "MIG/MAG welding basics: Go/no-go decision"]],
			["Done (1)", ["CNC basics: Budget approved"]],
		]);
		expect(screen.getByText("7 days overdue")).toBeDefined();
		// The go/no-go task is settled by recording the decision on the offering's page.
		const decide = screen.getByRole("link", {
			name: "Record the go/no-go decision of MIG/MAG welding basics",
		});
		expect(decide.getAttribute("href")).toBe("/offerings/mig-welding");
		expect(screen.queryByRole("button", { name: /Mark “Go\/no-go decision”/ })).toBeNull();
		const link = screen.getAllByRole("link", { name: "CNC basics" })[0];
		expect(link?.getAttribute("href")).toBe("/offerings/cnc");
	});

	it("says why a task's date is what it is, in the words of the offering's page", async () => {
		const plan = healthyPlan();
		const [welding] = plan.offerings;
		if (!welding) throw new Error("no offering");
		// Set by hand to Saturday 13 March.
		welding.milestoneStatus = { "staff-briefed": { status: "todo", due: "2027-03-13" } };
		await renderTasks(account(), plan);
		const notes = [...document.querySelectorAll(".task-moved")].map((note) => note.textContent);
		expect(notes).toEqual(["Date set by hand; the plan gives 8 Mar · Not a working day: Saturday"]);
	});

	it("shows the account's linked person's tasks, whatever its e-mail", async () => {
		await renderTasks(account({ role: "marketing", person: "liis" }));
		expect(screen.getByText("Milestones owned by Liis Saar.")).toBeDefined();
		expect(screen.queryByText(/Budget approved/)).toBeNull();
		expect(screen.getAllByText(/Marketing plan ready/)).toHaveLength(2);
	});

	it("lets a manager pick another person, and says when an account is nobody's", async () => {
		await renderTasks(account());
		fireEvent.change(screen.getByLabelText("Tasks of"), { target: { value: "anu" } });
		expect(screen.getByText("Milestones owned by Anu Kask.")).toBeDefined();
		expect(screen.getAllByText(/Registration closes/)).toHaveLength(2);
		cleanup();
		await renderTasks(account({ role: "support", person: null }));
		expect(screen.queryByLabelText("Tasks of")).toBeNull();
		expect(screen.getByText(/not linked to a person of the plan/)).toBeDefined();
	});

	it("marks a task done with If-Match the offering's ETag, reading it again after a 412", async () => {
		await renderTasks(account());
		answer(
			"GET /api/v1/institutions/test-vc/offerings/mig-welding",
			{ status: 200, body: healthyOffering(), etag: '"7"' },
			{ status: 200, body: healthyOffering(), etag: '"8"' },
		);
		answer(
			"PATCH /api/v1/offerings/mig-welding/milestones/budget-approved",
			{
				status: 412,
				body: { title: "Precondition failed", detail: "changed", code: "precondition_failed" },
			},
			{ status: 200, body: { offering: "mig-welding", key: "budget-approved", status: "done" } },
		);
		fireEvent.click(
			screen.getByRole("button", { name: "Mark “Budget approved” of MIG/MAG welding basics done" }),
		);
		expect(await screen.findByText("“Budget approved” is done.")).toBeDefined();
		const patches = requests.filter((request) => request.method === "PATCH");
		expect(patches.map((request) => request.headers["if-match"])).toEqual(['"7"', '"8"']);
		expect(patches[1]?.url).toBe(
			"/api/v1/offerings/mig-welding/milestones/budget-approved?institution=test-vc",
		);
		expect(patches[1]?.body).toEqual({ status: "done", doneOn: today });
	});

	it("shows why a task could not be marked done", async () => {
		await renderTasks(account());
		answer("GET /api/v1/institutions/test-vc/offerings/mig-welding", {
			status: 200,
			body: healthyOffering(),
			etag: '"7"',
		});
		answer("PATCH /api/v1/offerings/mig-welding/milestones/budget-approved", {
			status: 403,
			body: { title: "Forbidden", detail: "your role may not do this", code: "forbidden" },
		});
		fireEvent.click(
			screen.getByRole("button", { name: "Mark “Budget approved” of MIG/MAG welding basics done" }),
		);
		const alert = await screen.findByRole("alert");
		expect(alert.textContent).toBe("Forbidden: your role may not do this");
		await waitFor(() => expect(requests.filter((r) => r.method === "PATCH")).toHaveLength(1));
	});

	it("gives a viewer no button to mark tasks done", async () => {
		await renderTasks(account({ role: "viewer" }));
		expect(screen.getAllByRole("listitem").length).toBeGreaterThan(0);
		expect(screen.queryByRole("button", { name: /Mark/ })).toBeNull();
	});

	it("shows the calendar address when asked, copies it, and resets it once confirmed", async () => {
		await renderTasks(account());
		const calendar = screen.getByRole("region", { name: "Your task calendar" });
		answer("GET /api/v1/me/calendar", {
			status: 200,
			body: { url: "https://kool.example/feeds/tasks/old-secret.ics" },
		});
		answer("POST /api/v1/me/calendar/reset", {
			status: 200,
			body: { url: "https://kool.example/feeds/tasks/new-secret.ics" },
		});
		expect(requests.some((request) => request.url.includes("/me/calendar"))).toBe(false);
		fireEvent.click(
			within(calendar).getByRole("button", { name: "Show the subscription address" }),
		);
		const address = (await within(calendar).findByLabelText(
			"Calendar address (ICS)",
		)) as HTMLInputElement;
		expect(address.value).toBe("https://kool.example/feeds/tasks/old-secret.ics");

		const writeText = vi.fn(async () => {});
		vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
		fireEvent.click(within(calendar).getByRole("button", { name: "Copy the address" }));
		expect(await within(calendar).findByText("The address is copied.")).toBeDefined();
		expect(writeText).toHaveBeenCalledWith("https://kool.example/feeds/tasks/old-secret.ics");

		fireEvent.click(within(calendar).getByRole("button", { name: "Reset the link" }));
		const confirm = within(calendar).getByRole("button", {
			name: "Reset, the old link stops working",
		});
		expect(confirm.getAttribute("aria-describedby")).toBeTruthy();
		expect(within(calendar).getByText(/the old link stops working at once/)).toBeDefined();
		expect(requests.some((request) => request.method === "POST")).toBe(false);
		fireEvent.click(confirm);
		expect(await within(calendar).findByText(/The link is reset/)).toBeDefined();
		expect(address.value).toBe("https://kool.example/feeds/tasks/new-secret.ics");
		expect(requests.filter((request) => request.method === "POST").map((r) => r.url)).toEqual([
			"/api/v1/me/calendar/reset",
		]);
	});

	it("stops the digests by e-mail and has them sent again", async () => {
		await renderTasks(account());
		const digest = screen.getByRole("region", { name: "Your digest by e-mail" });
		expect(await within(digest).findByText("You get the digests.")).toBeDefined();
		answer(
			"PUT /api/v1/me/digest",
			{ status: 200, body: { person: "kadri", optedOut: true } },
			{ status: 200, body: { person: "kadri", optedOut: false } },
		);
		fireEvent.click(within(digest).getByRole("button", { name: "Stop the digests" }));
		expect(await within(digest).findByText("You stopped the digests.")).toBeDefined();
		fireEvent.click(within(digest).getByRole("button", { name: "Send me the digests again" }));
		expect(await within(digest).findByText("You get the digests.")).toBeDefined();
		expect(
			requests.filter((request) => request.method === "PUT").map((request) => request.body),
		).toEqual([{ optedOut: true }, { optedOut: false }]);
	});

	it("offers no calendar and no digest to an account linked to nobody", async () => {
		await renderTasks(account({ person: null }));
		expect(screen.queryByRole("region", { name: "Your task calendar" })).toBeNull();
		expect(screen.queryByRole("region", { name: "Your digest by e-mail" })).toBeNull();
		expect(screen.getByLabelText("Tasks of")).toBeDefined();
	});
});
