// @vitest-environment jsdom

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { healthyOffering, healthyPlan } from "../../../../test/fixtures/plans.ts";
import type { AccountRole } from "../../../model/api/roles.ts";
import type { Me } from "../../../model/api/session.ts";
import { serializePlan } from "../../../model/serialize.ts";
import { setCsrfToken } from "../../lib/api.ts";
import { testInstitution } from "../../testing/institution.ts";
import { renderInApp } from "../../testing/render.tsx";
import { meQuery } from "../session/api.ts";
import { planQuery } from "../workspace/api.ts";
import { WorkspaceState } from "../workspace/WorkspaceProvider.tsx";
import { ImportExportPage } from "./ImportExportPage.tsx";

const institution = testInstitution("2027-05-03");

/** One request the page sent, and what the fake server answers it. */
interface Sent {
	method: string;
	url: string;
	headers: Record<string, string>;
	body: unknown;
}

let sent: Sent[] = [];
let answer: { status: number; body: unknown } = { status: 200, body: {} };

/**
 * An XMLHttpRequest that answers with `answer` after reporting the upload's progress, as a
 * browser does: jsdom has no server to send a file to.
 */
class FakeRequest {
	upload: { onprogress?: (event: object) => void; onload?: () => void } = {};
	onload?: () => void;
	onerror?: () => void;
	status = 0;
	statusText = "";
	responseText = "";
	private request: Sent = { method: "", url: "", headers: {}, body: undefined };
	open(method: string, url: string) {
		this.request = { method, url, headers: {}, body: undefined };
	}
	setRequestHeader(name: string, value: string) {
		this.request.headers[name.toLowerCase()] = value;
	}
	getResponseHeader(name: string) {
		return name.toLowerCase() === "content-type"
			? this.status < 300
				? "application/json"
				: "application/problem+json"
			: null;
	}
	send(body: unknown) {
		this.request.body = body;
		sent.push(this.request);
		queueMicrotask(() => {
			this.upload.onprogress?.({ loaded: 50, total: 100, lengthComputable: true });
			this.upload.onload?.();
			this.status = answer.status;
			this.statusText = answer.status < 300 ? "OK" : "Bad Request";
			this.responseText = JSON.stringify(answer.body);
			this.onload?.();
		});
	}
}

async function renderPage(role: AccountRole = "manager") {
	const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
	const me: Me = {
		id: "a1",
		email: `${role}@test.ee`,
		name: "Kadri Tamm",
		role,
		institution: "test-vc",
		person: null,
		passwordChangeRequired: false,
	};
	queryClient.setQueryData(meQuery.queryKey, me);
	queryClient.setQueryData(planQuery("test-vc").queryKey, { plan: healthyPlan(), etag: '"1"' });
	return renderInApp(
		<QueryClientProvider client={queryClient}>
			<WorkspaceState institution={institution} saved={healthyPlan()} holidays={[]}>
				<ImportExportPage />
			</WorkspaceState>
		</QueryClientProvider>,
	);
}

/** A chosen file, readable as a browser's is (jsdom's File has no arrayBuffer()). */
function fileOf(text: string, name: string): File {
	const bytes = new TextEncoder().encode(text);
	return Object.assign(new File([bytes], name), { arrayBuffer: async () => bytes.buffer });
}

function choose(label: string, file: File) {
	fireEvent.change(screen.getByLabelText(label), { target: { files: [file] } });
}

describe("ImportExportPage", () => {
	beforeEach(() => {
		sent = [];
		vi.stubGlobal("XMLHttpRequest", FakeRequest);
		setCsrfToken("csrf-1");
	});
	afterEach(() => {
		cleanup();
		vi.unstubAllGlobals();
		setCsrfToken(undefined);
	});

	it("shows the server's problems of a sheet in a table by row and column", async () => {
		answer = {
			status: 400,
			body: {
				type: "urn:kairos:problem:validation-failed",
				title: "The input is not valid",
				status: 400,
				detail: "the sheet has problems: nothing was imported",
				code: "validation_failed",
				errors: [
					{ path: "row 3, column start (D)", message: '"2027-02-30" is not a date' },
					{ path: "row 4, column mode (H)", message: '"remote" is not one of …' },
				],
			},
		};
		await renderPage();
		choose("Offerings sheet (.csv or .xlsx)", fileOf("id,title\n", "courses.csv"));
		fireEvent.click(screen.getByRole("button", { name: "Import the sheet" }));
		const table = await screen.findByRole("table", {
			name: "Problems in courses.csv, by row and column",
		});
		const rows = within(table)
			.getAllByRole("row")
			.map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent));
		expect(rows).toEqual([
			["Row", "Column", "Problem"],
			["3", "start (D)", '"2027-02-30" is not a date'],
			["4", "mode (H)", '"remote" is not one of …'],
		]);
		expect(screen.getByText("courses.csv has 2 problems. Nothing was imported.")).toBeDefined();
		expect(sent).toHaveLength(1);
		expect(sent[0]).toMatchObject({
			method: "POST",
			url: "/api/v1/institutions/test-vc/offerings/import",
			headers: { "content-type": "text/csv", "if-match": '"1"', "x-csrf-token": "csrf-1" },
		});
	});

	it("imports a history sheet, and shows its problems by row and column with nothing imported", async () => {
		answer = {
			status: 400,
			body: {
				type: "urn:kairos:problem:validation-failed",
				title: "The input is not valid",
				status: 400,
				detail: "the sheet has problems: nothing was imported",
				code: "validation_failed",
				errors: [
					{
						path: "row 5, column start (F)",
						message: '"2025-09-01" is before the publication on 2025-09-20',
					},
				],
			},
		};
		await renderPage();
		const history = screen.getByRole("region", { name: "Past offerings" });
		choose("History sheet (.csv or .xlsx)", fileOf("id,title\n", "past.csv"));
		fireEvent.click(within(history).getByRole("button", { name: "Import the past offerings" }));
		const table = await within(history).findByRole("table", {
			name: "Problems in past.csv, by row and column",
		});
		const rows = within(table)
			.getAllByRole("row")
			.map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent));
		expect(rows).toEqual([
			["Row", "Column", "Problem"],
			["5", "start (F)", '"2025-09-01" is before the publication on 2025-09-20'],
		]);
		expect(
			within(history).getByText("past.csv has 1 problem. Nothing was imported."),
		).toBeDefined();
		expect(sent[0]).toMatchObject({
			method: "POST",
			url: "/api/v1/institutions/test-vc/history/import",
			headers: { "content-type": "text/csv", "if-match": '"1"', "x-csrf-token": "csrf-1" },
		});

		answer = { status: 200, body: { added: 3, updated: 1, planVersion: 2 } };
		fireEvent.click(within(history).getByRole("button", { name: "Import the past offerings" }));
		expect(
			await within(history).findByText(
				"past.csv is imported: 3 new past offerings, 1 replaced (plan version 2).",
			),
		).toBeDefined();
		expect(within(history).queryByRole("table")).toBeNull();
	});

	it("checks a plan file in the browser and shows a syntax error's line and column, sending nothing", async () => {
		await renderPage();
		choose(
			"Plan file (.yaml, .yml or .json)",
			fileOf("version: 1\ninstitution:\n  id: [test-vc\n", "plan.yaml"),
		);
		fireEvent.click(screen.getByRole("button", { name: "Check the file" }));
		const table = await screen.findByRole("table", {
			name: "plan.yaml has 1 problem. Nothing was changed.",
		});
		const [, problem] = within(table).getAllByRole("row");
		expect(within(problem as HTMLElement).getByRole("rowheader").textContent).toMatch(
			/^line \d+, column \d+$/,
		);
		expect(sent).toEqual([]);
	});

	it("summarises what a valid plan would change, and replaces it only once confirmed", async () => {
		answer = { status: 200, body: { planVersion: 2 } };
		await renderPage();
		const incoming = {
			...healthyPlan(),
			offerings: [healthyOffering(), healthyOffering({ id: "tig", title: "TIG welding" })],
		};
		choose("Plan file (.yaml, .yml or .json)", fileOf(serializePlan(incoming, "yaml"), "new.yaml"));
		fireEvent.click(screen.getByRole("button", { name: "Check the file" }));
		const summary = await screen.findByRole("region", { name: "What would change" });
		expect(within(summary).getByText("add 1 offering:")).toBeDefined();
		expect(within(summary).getByText("TIG welding", { exact: false })).toBeDefined();
		expect(sent).toEqual([]);
		fireEvent.click(screen.getByRole("button", { name: "Replace the plan" }));
		expect(
			await screen.findByText("The plan was replaced with new.yaml (plan version 2)."),
		).toBeDefined();
		expect(sent[0]).toMatchObject({
			method: "PUT",
			url: "/api/v1/institutions/test-vc/plan",
			headers: { "content-type": "application/yaml", "if-match": '"1"' },
		});
	});

	it("offers a viewer the downloads only", async () => {
		await renderPage("viewer");
		expect(screen.getByRole("button", { name: "Download the plan (YAML)" })).toBeDefined();
		expect(screen.getByRole("button", { name: "Download the offerings (XLSX)" })).toBeDefined();
		expect(
			screen.getByRole("button", { name: "Download the past offerings (XLSX)" }),
		).toBeDefined();
		expect(screen.queryByLabelText("Plan file (.yaml, .yml or .json)")).toBeNull();
		expect(screen.queryByLabelText("Offerings sheet (.csv or .xlsx)")).toBeNull();
		expect(screen.queryByLabelText("History sheet (.csv or .xlsx)")).toBeNull();
	});
});
