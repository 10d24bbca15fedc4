// @vitest-environment jsdom

import { QueryClient } from "@tanstack/react-query";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { JobView } from "../../../model/api/jobs.ts";
import type { Me } from "../../../model/api/session.ts";
import type { AppLanguage } from "../../locales/index.ts";
import { renderInApp } from "../../testing/render.tsx";
import { meQuery } from "../session/api.ts";
import { JobsPage } from "./JobsPage.tsx";

const admin: Me = {
	id: "account-1",
	email: "admin@test.ee",
	name: "Anna Admin",
	role: "admin",
	institution: null,
	person: null,
	passwordChangeRequired: false,
};

const run = (id: string, changes: Partial<JobView["runs"][number]>): JobView["runs"][number] => ({
	id,
	trigger: "schedule",
	attempt: 1,
	runner: "kairos-1:41",
	startedAt: "2027-03-01T07:00:00.000Z",
	finishedAt: "2027-03-01T07:00:02.000Z",
	status: "succeeded",
	outcome: null,
	error: null,
	...changes,
});

const digests: JobView = {
	name: "owner-digests",
	everyMinutes: 60,
	lastSucceededAt: "2027-03-01T07:00:00.000Z",
	failuresInARow: 1,
	runs: [
		run("failed", {
			startedAt: "2027-03-01T08:00:00.000Z",
			attempt: 2,
			status: "failed",
			error: "connect ECONNREFUSED 127.0.0.1:5432",
		}),
		run("ok", { outcome: { weekly: 3, overdue: 0 } }),
	],
};
const history: JobView = {
	name: "history",
	everyMinutes: 1440,
	lastSucceededAt: "2027-03-01T07:00:00.000Z",
	failuresInARow: 0,
	runs: [run("moved", { outcome: { movedToHistory: 2, keptInPlan: 0 } })],
};
const newer: JobView = {
	name: "nightly-export",
	everyMinutes: 1440,
	lastSucceededAt: null,
	failuresInARow: 0,
	runs: [],
};

let requests: { method: string; url: string }[];
let runAnswer: { status: number; body: unknown };

beforeEach(() => {
	requests = [];
	runAnswer = {
		status: 202,
		body: { name: "owner-digests", requestedAt: "2027-03-01T09:00:00.000Z" },
	};
	vi.stubGlobal("fetch", async (url: string, init: RequestInit = {}) => {
		const method = init.method ?? "GET";
		requests.push({ method, url });
		const reply =
			method === "GET" ? { status: 200, body: { items: [digests, history, newer] } } : runAnswer;
		return Response.json(reply.body, {
			status: reply.status,
			headers: {
				"content-type": reply.status >= 400 ? "application/problem+json" : "application/json",
			},
		});
	});
});

afterEach(() => {
	cleanup();
	vi.unstubAllGlobals();
});

async function renderJobs(me: Me, language: AppLanguage = "en") {
	const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
	queryClient.setQueryData(meQuery.queryKey, me);
	await renderInApp(<JobsPage />, { language, path: "/jobs", queryClient });
}

describe("JobsPage", () => {
	it("shows each job's schedule, last success, failures and latest runs", async () => {
		await renderJobs(admin);
		const job = await screen.findByRole("region", { name: "Owners' digests" });
		expect(within(job).getByText(/on Monday the week's/)).toBeDefined();
		const facts = [...job.querySelectorAll("dt")].map((term) => [
			term.textContent,
			term.nextElementSibling?.textContent,
		]);
		expect(facts).toEqual([
			["Schedule", "Every hour"],
			["Last success", "1 Mar 2027, 07:00"],
			["Failures since", "1"],
		]);
		const table = within(job).getByRole("table", { name: "Latest runs of Owners' digests" });
		const rows = within(table)
			.getAllByRole("row")
			.map((row) => [...row.querySelectorAll("td, th")].map((cell) => cell.textContent));
		expect(rows).toEqual([
			["Started", "Why", "Try", "Server", "Result", "Details"],
			[
				"1 Mar 2027, 08:00",
				"Scheduled",
				"2",
				"kairos-1:41",
				"Failed",
				"connect ECONNREFUSED 127.0.0.1:5432",
			],
			[
				"1 Mar 2027, 07:00",
				"Scheduled",
				"1",
				"kairos-1:41",
				"Succeeded",
				"3 weekly digests, 0 overdue mails",
			],
		]);
		const moved = screen.getByRole("region", { name: "Finished offerings into the history" });
		expect(
			within(moved).getByText("2 offerings moved into the history, 0 finished, kept in the plan"),
		).toBeDefined();
		const other = screen.getByRole("region", { name: "nightly-export" });
		expect(within(other).getByText("Every 24 hours")).toBeDefined();
		expect(within(other).getByText("Never")).toBeDefined();
		expect(within(other).getByText("No run yet.")).toBeDefined();
	});

	it("runs a job now when asked, and says why it could not", async () => {
		await renderJobs(admin);
		const job = await screen.findByRole("region", { name: "Owners' digests" });
		fireEvent.click(within(job).getByRole("button", { name: "Run Owners' digests now" }));
		expect(await within(job).findByText(/Owners' digests was asked to run/)).toBeDefined();
		expect(requests.filter((request) => request.method === "POST")).toEqual([
			{ method: "POST", url: "/api/v1/jobs/owner-digests/runs" },
		]);
		runAnswer = {
			status: 409,
			body: { title: "Conflict", detail: "this server runs no background jobs", code: "conflict" },
		};
		fireEvent.click(within(job).getByRole("button", { name: "Run Owners' digests now" }));
		expect((await within(job).findByRole("alert")).textContent).toBe(
			"Conflict: this server runs no background jobs",
		);
	});

	it("speaks Estonian", async () => {
		await renderJobs(admin, "et");
		expect(screen.getByRole("heading", { level: 1, name: "Taustatööd" })).toBeDefined();
		const job = await screen.findByRole("region", { name: "Vastutajate kokkuvõtted" });
		expect(within(job).getByText("Iga tund")).toBeDefined();
		expect(
			within(job).getByRole("button", { name: "Käivita Vastutajate kokkuvõtted kohe" }),
		).toBeDefined();
		expect(within(job).getByText("3 nädala kokkuvõtet, 0 hilinemise kirja")).toBeDefined();
	});

	it("shows a manager only who may see the jobs, and asks for nothing", async () => {
		await renderJobs({ ...admin, role: "manager", institution: "test-vc" });
		expect(screen.getByText("Only an administrator sees the background jobs.")).toBeDefined();
		expect(requests).toEqual([]);
	});
});
