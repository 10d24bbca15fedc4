// @vitest-environment jsdom

import { QueryClient } from "@tanstack/react-query";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { healthyPlan } from "../../../../test/fixtures/plans.ts";
import type { LearnerDataView } from "../../../model/api/learner-data.ts";
import type { AccountRole } from "../../../model/api/roles.ts";
import type { Me } from "../../../model/api/session.ts";
import { setCsrfToken } from "../../lib/api.ts";
import type { AppLanguage } from "../../locales/index.ts";
import { testInstitution } from "../../testing/institution.ts";
import { renderInApp } from "../../testing/render.tsx";
import { meQuery } from "../session/api.ts";
import { WorkspaceState } from "../workspace/WorkspaceProvider.tsx";
import { LearnerDataPage } from "./LearnerDataPage.tsx";

const base = "/api/v1/institutions/test-vc/learner-data";

/** What the server keeps about Mari: one registration of interest and its confirmation mail. */
const mari: LearnerDataView = {
	institution: { id: "test-vc", name: "Test Vocational College" },
	email: "mari@example.ee",
	exportedAt: "2027-03-02T08:00:00.000Z",
	retention: { registrationsMonths: 24, unconfirmedDays: 30 },
	registrations: [
		{
			id: "r1",
			offeringId: "mig-welding",
			state: "interest",
			name: "Mari Maasikas",
			email: "mari@example.ee",
			phone: null,
			language: "en",
			source: "direct",
			createdAt: "2027-03-01T08:00:00.000Z",
			confirmedAt: "2027-03-01T08:05:00.000Z",
			unsubscribedAt: null,
			address: "192.0.2.1",
			consent: {
				text: "I agree that Test Vocational College uses my name and contact details.",
				version: "2027-03",
				givenAt: "2027-03-01T08:00:00.000Z",
			},
			offering: { title: { et: "MIG/MAG-keevitus", en: "MIG/MAG welding" }, end: "2027-11-26" },
			keptUntil: "2029-11-26",
		},
	],
	mails: [
		{
			subject: "Confirm your interest: MIG/MAG welding",
			queuedAt: "2027-03-01T08:00:00.000Z",
			sentAt: "2027-03-01T08:00:01.000Z",
			failedAt: null,
		},
	],
};

let requests: { method: string; url: string; headers: Record<string, string>; body: unknown }[];
let answers: Map<string, { status: number; body: unknown }>;

beforeEach(() => {
	requests = [];
	answers = new Map();
	setCsrfToken("csrf-1");
	vi.stubGlobal("fetch", async (url: string, init: RequestInit = {}) => {
		const method = init.method ?? "GET";
		const body = typeof init.body === "string" ? JSON.parse(init.body) : undefined;
		requests.push({ method, url, headers: (init.headers ?? {}) as Record<string, string>, body });
		const reply = answers.get(`${method} ${url}`) ?? { status: 404, body: { title: "Not found" } };
		return new Response(JSON.stringify(reply.body), {
			status: reply.status,
			headers: {
				"content-type": reply.status < 300 ? "application/json" : "application/problem+json",
			},
		});
	});
});

afterEach(() => {
	cleanup();
	vi.unstubAllGlobals();
	setCsrfToken(undefined);
});

async function renderPage(role: AccountRole = "support", language: AppLanguage = "en") {
	const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
	const me: Me = {
		id: "a1",
		email: `${role}@test.ee`,
		name: "Anu Kask",
		role,
		institution: "test-vc",
		person: null,
		passwordChangeRequired: false,
	};
	queryClient.setQueryData(meQuery.queryKey, me);
	return renderInApp(
		<WorkspaceState institution={testInstitution("2027-03-02")} saved={healthyPlan()} holidays={[]}>
			<LearnerDataPage />
		</WorkspaceState>,
		{ queryClient, language },
	);
}

async function lookUp(email: string) {
	fireEvent.change(screen.getByLabelText("The learner's e-mail address"), {
		target: { value: email },
	});
	fireEvent.click(screen.getByRole("button", { name: "Look up" }));
	return screen.findByRole("region", { name: `What is kept about ${mari.email}` });
}

describe("LearnerDataPage", () => {
	it("looks an address up and shows each registration with its consent and how long it is kept", async () => {
		answers.set(`POST ${base}/export`, { status: 200, body: mari });
		await renderPage();
		const result = await lookUp("Mari@Example.ee");
		expect(requests).toEqual([
			expect.objectContaining({
				method: "POST",
				url: `${base}/export`,
				body: { email: "Mari@Example.ee" },
				headers: expect.objectContaining({ "x-csrf-token": "csrf-1" }),
			}),
		]);
		expect(
			within(result).getByText(
				"1 registration and 1 e-mail. A registration is kept until 24 months after its course ends; one whose address was never confirmed, 30 days.",
			),
		).toBeDefined();
		const rows = within(result)
			.getAllByRole("row")
			.map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent));
		expect(rows).toEqual([
			["Course", "State", "Registered", "Consent", "Kept until"],
			[
				"MIG/MAG welding",
				"Interested",
				"1 Mar 2027",
				"version 2027-03 I agree that Test Vocational College uses my name and contact details.",
				"26 Nov 2029",
			],
		]);
		expect(within(result).getByRole("button", { name: "Download as JSON" })).toBeDefined();
	});

	it("erases only once the dialog is confirmed, and says what was erased", async () => {
		answers.set(`POST ${base}/export`, { status: 200, body: mari });
		answers.set(`POST ${base}/erase`, { status: 200, body: { registrations: 1, mails: 1 } });
		await renderPage();
		const result = await lookUp("mari@example.ee");
		fireEvent.click(within(result).getByRole("button", { name: "Erase this data…" }));
		const dialog = screen.getByRole("dialog", {
			name: "Erase everything kept about mari@example.ee?",
		});
		expect(
			within(dialog).getByText(
				"This erases 1 registration and 1 e-mail for good. The audit log records that you erased a learner's data, not whose it was.",
			),
		).toBeDefined();
		// The safe choice has the focus.
		expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Cancel" }));
		fireEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
		expect(requests.map((request) => request.url)).toEqual([`${base}/export`]);

		fireEvent.click(within(result).getByRole("button", { name: "Erase this data…" }));
		fireEvent.click(screen.getByRole("button", { name: "Erase" }));
		expect(
			await screen.findByText(
				"Erased 1 registration and 1 e-mail of mari@example.ee. The links in the mails sent to that address no longer work.",
			),
		).toBeDefined();
		expect(requests.at(-1)).toMatchObject({
			method: "POST",
			url: `${base}/erase`,
			body: { email: "mari@example.ee" },
		});
		expect(screen.queryByRole("region", { name: /What is kept/ })).toBeNull();
	});

	it("says when nothing is kept, and offers nothing to erase", async () => {
		answers.set(`POST ${base}/export`, {
			status: 200,
			body: { ...mari, registrations: [], mails: [] },
		});
		await renderPage("manager");
		const result = await lookUp("mari@example.ee");
		expect(within(result).getByText("Nothing is kept about mari@example.ee.")).toBeDefined();
		expect(within(result).queryByRole("button")).toBeNull();
	});

	it("shows the server's refusal of a malformed address", async () => {
		answers.set(`POST ${base}/export`, {
			status: 400,
			body: {
				title: "The input is not valid",
				detail: "the body has problems",
				code: "validation_failed",
				errors: [{ path: "email", message: '"mari" is not an e-mail address' }],
			},
		});
		await renderPage();
		fireEvent.change(screen.getByLabelText("The learner's e-mail address"), {
			target: { value: "mari" },
		});
		fireEvent.submit(screen.getByRole("button", { name: "Look up" }));
		const alert = await screen.findByRole("alert");
		expect(alert.textContent).toContain('"mari" is not an e-mail address');
	});

	it("tells the other roles who handles learners' data, in their language", async () => {
		await renderPage("marketing", "et");
		expect(screen.getByRole("heading", { level: 1, name: "Õppijate andmed" })).toBeDefined();
		expect(
			screen.getByText(
				"Õppijate andmeid saavad otsida ja kustutada programmijuhid, tugi ja administraatorid.",
			),
		).toBeDefined();
		expect(screen.queryByRole("textbox")).toBeNull();
	});
});
