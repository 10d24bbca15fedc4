import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launchBrowser } from "../fixtures/browser.ts";
import { type ServerProcess, signInOver } from "../fixtures/server-process.ts";
import {
	addAccount,
	manager,
	signedInPage,
	startDemoServer,
	watchProblems,
} from "../fixtures/staff-app.ts";

const atRisk = "mig-welding-autumn-2027";
const admin = { email: "admin@emajoe-vc.ee", password: "the administrator's passphrase" };

describe.skipIf(!browserAvailable)("the staff app in Chromium, on the demo school", () => {
	let server: ServerProcess & { db: string };
	let browser: Browser;
	beforeAll(async () => {
		server = await startDemoServer();
		addAccount(server.db, { ...admin, role: "admin", name: "Anne Admin" });
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	});

	async function reportFindings(offering: string): Promise<string[]> {
		const headers = await signInOver(server.url, manager.email, manager.password);
		const response = await fetch(`${server.url}/api/v1/institutions/emajoe-vc/report`, {
			headers,
		});
		const report = (await response.json()) as {
			offerings: { id: string; findings: { code: string }[] }[];
		};
		return (
			report.offerings.find((entry) => entry.id === offering)?.findings.map((f) => f.code) ?? []
		);
	}

	/** The codes of the findings the offering page shows as current (not those a preview removed). */
	function shownFindings(page: Page): Promise<string[]> {
		return page.locator("li.finding:not(.finding-resolved) .finding-title code").allTextContents();
	}

	/** Types into a field as a person does (a number field ignores a value set from outside). */
	async function typeInto(page: Page, label: string, text: string): Promise<void> {
		await page.getByLabel(label, { exact: true }).click();
		await page.keyboard.press("Control+A");
		await page.keyboard.type(text);
	}

	const saveBar = (page: Page) =>
		page
			.getByRole("region", { name: "Save changes" })
			.getByRole("button", { name: "Save changes" });

	it("lets a programme manager find the course at risk, see why, fix it in a click, preview and save it", async () => {
		const { context, page, problems } = await signedInPage(browser, server.url);
		await page.getByRole("heading", { name: "Timing map", level: 1 }).waitFor();
		await page.getByRole("link", { name: "MIG/MAG welding basics" }).first().click();
		await expect.poll(() => page.url()).toContain(`/app/offerings/${atRisk}`);
		await expect.poll(() => shownFindings(page)).toContain("MARKETING_BLOCKED_BY_DEPENDENCY");
		expect(await shownFindings(page)).toContain("PUBLISHED_AFTER_DECISION_WINDOW");

		await page.getByRole("button", { name: "Announce as planned" }).click();
		await expect.poll(() => shownFindings(page)).not.toContain("MARKETING_BLOCKED_BY_DEPENDENCY");
		expect(await shownFindings(page)).not.toContain("PUBLISHED_AFTER_DECISION_WINDOW");
		// Only a preview: the server still reports the blocker.
		expect(await reportFindings(atRisk)).toContain("MARKETING_BLOCKED_BY_DEPENDENCY");

		await saveBar(page).click();
		await expect
			.poll(() => reportFindings(atRisk))
			.not.toContain("MARKETING_BLOCKED_BY_DEPENDENCY");
		expect(await reportFindings(atRisk)).not.toContain("PUBLISHED_AFTER_DECISION_WINDOW");
		await page.reload();
		await expect.poll(() => shownFindings(page)).toContain("LOW_DECISION_WINDOW_COVERAGE");
		expect(await shownFindings(page)).not.toContain("MARKETING_BLOCKED_BY_DEPENDENCY");
		expect(problems).toEqual([]);
		await context.close();
	});

	it("shows a stale edit the conflict, and nothing is overwritten until the person chooses", async () => {
		const path = "/app/offerings/pastry-autumn-2027/edit";
		const first = await signedInPage(browser, server.url, path);
		const second = await signedInPage(browser, server.url, path);
		// The second person starts editing first, so their change is based on the older version.
		await typeInto(second.page, "Fee", "333");
		await typeInto(first.page, "Maximum group", "12");
		await saveBar(first.page).click();
		await first.page.getByRole("region", { name: "Save changes" }).waitFor({ state: "detached" });

		await saveBar(second.page).click();
		const dialog = second.page.getByRole("dialog");
		await dialog.getByRole("heading", { name: /saved .* first/ }).waitFor();
		// The fields by the editor's labels, their values as people write them, not as JSON.
		expect(await dialog.getByRole("rowheader").allTextContents()).toEqual(["Fee", "Group size"]);
		expect(await dialog.getByRole("row").nth(1).getByRole("cell").allTextContents()).toEqual([
			"€320",
			"€333",
			"€320",
		]);
		expect(await dialog.textContent()).not.toContain("{");
		await dialog.getByRole("button", { name: "Use the chosen fields" }).click();
		await dialog.waitFor({ state: "detached" });

		const headers = await signInOver(server.url, manager.email, manager.password);
		const saved = (await (
			await fetch(`${server.url}/api/v1/institutions/emajoe-vc/offerings/pastry-autumn-2027`, {
				headers,
			})
		).json()) as { fee: { amount: number }; participants: { max: number } };
		expect(saved.fee.amount).toBe(333);
		expect(saved.participants.max).toBe(12);
		expect([...first.problems, ...second.problems]).toEqual([]);
		await first.context.close();
		await second.context.close();
	});

	it("keeps an unsaved edit across a reload, and forgets it when the person signs out", async () => {
		const path = "/app/offerings/cloud-admin-autumn-2027/edit";
		const { context, page, problems } = await signedInPage(browser, server.url, path);
		await typeInto(page, "Fee", "444");
		await saveBar(page).waitFor();
		await page.reload();
		await saveBar(page).waitFor();
		expect(await page.getByLabel("Fee", { exact: true }).inputValue()).toBe("444");

		await page.getByRole("button", { name: "Sign out" }).click();
		await page.getByLabel("Email").fill(manager.email);
		await page.getByLabel("Password").fill(manager.password);
		await page.getByRole("button", { name: "Sign in" }).click();
		await page.getByRole("navigation", { name: "Main" }).waitFor();
		await page.goto(`${server.url}${path}`);
		await page.getByLabel("Fee", { exact: true }).waitFor();
		expect(await page.getByLabel("Fee", { exact: true }).inputValue()).not.toBe("444");
		expect(await page.getByRole("region", { name: "Save changes" }).count()).toBe(0);
		expect(problems).toEqual([]);
		await context.close();
	});

	it("lets an administrator invite a colleague, who sets a password from the link and is signed in", async () => {
		const { context, page } = await signedInPage(browser, server.url, "/app/accounts", admin);
		await page.getByLabel("Person of the plan").selectOption({ label: "Liis Pärn" });
		await page.getByLabel("Role", { exact: true }).selectOption("marketing");
		await page.getByRole("button", { name: "Send the invitation" }).click();
		const link = await page.getByLabel("Invitation link").inputValue();
		expect(link).toMatch(new RegExp(`^${server.url}/app/invitation/`));

		const invited = await browser.newContext();
		const invitation = await invited.newPage();
		await invitation.goto(link);
		await invitation.getByLabel("New password", { exact: true }).fill("liis has a long passphrase");
		await invitation.getByLabel("Repeat the new password").fill("liis has a long passphrase");
		await invitation.getByRole("button", { name: "Set password and sign in" }).click();
		await invitation.getByRole("navigation", { name: "Main" }).waitFor();
		expect(await invitation.locator(".signed-in").textContent()).toBe(
			"Signed in as Liis Pärn (Marketing)",
		);
		await invitation.getByRole("link", { name: "Tasks" }).click();
		await invitation.getByRole("heading", { level: 1 }).waitFor();
		expect(await invitation.locator("main").textContent()).toContain("Liis");
		await invited.close();
		await context.close();
	});

	it("shows the demo school's analysis: the summary, the server's plots, and the yearly report in a new tab", async () => {
		const { context, page, problems } = await signedInPage(browser, server.url);
		await page
			.getByRole("navigation", { name: "Main" })
			.getByRole("link", { name: "Analysis" })
			.click();
		await page.getByRole("heading", { name: "Analysis", level: 1 }).waitFor();
		expect(page.url()).toBe(`${server.url}/app/analysis`);
		const summary = page.getByRole("region", { name: "Summary" }).locator("p");
		await summary.first().waitFor();
		expect(await summary.first().textContent()).toMatch(/n = \d+/);
		const plot = page.getByRole("img", {
			name: /^Scatter plot of the fill of \d+ past offerings against their lead time/,
		});
		// Its width once loaded: 0 while it loads, and for an image that failed to.
		const loadedWidth = () =>
			plot.evaluate((image) => {
				const { complete, naturalWidth } = image as unknown as {
					complete: boolean;
					naturalWidth: number;
				};
				return complete ? naturalWidth : 0;
			});
		await expect.poll(loadedWidth).toBeGreaterThan(0);

		const link = page.getByRole("link", { name: /Open the yearly report for 2027/ });
		const opened = page.waitForEvent("popup");
		await link.focus();
		await page.keyboard.press("Enter");
		const report = await opened;
		// Watched from its first request: a style the policy refused would be an error here.
		const refused = watchProblems(report);
		await report.reload();
		await report.getByRole("heading", { level: 1, name: /2027/ }).waitFor();
		expect(refused).toEqual([]);
		expect(problems).toEqual([]);
		await context.close();
	});

	const views = [
		["the timing map", "/app/timing-map"],
		["the offerings", "/app/offerings"],
		["an offering", "/app/offerings/pastry-autumn-2027"],
		["the offering editor", "/app/offerings/pastry-autumn-2027/edit"],
		["a new offering", "/app/offerings/new"],
		["the tasks", "/app/tasks"],
		["the workload", "/app/workload"],
		["the budget", "/app/budget"],
		["the analysis", "/app/analysis"],
		["about micro-credentials", "/app/about"],
		["import and export", "/app/import-export"],
		["learner data", "/app/learner-data"],
		["the accounts", "/app/accounts"],
		["the background jobs", "/app/jobs"],
	] as const;

	it.each(views)(
		"axe finds no serious or critical violation on %s, in both languages",
		async (_name, path) => {
			const { context, page, problems } = await signedInPage(browser, server.url, path, admin);
			for (const language of ["English", "eesti"]) {
				await page
					.locator(".app-header")
					.getByLabel(/Language|Keel/)
					.selectOption({ label: language });
				await page.getByRole("heading", { level: 1 }).first().waitFor();
				await page.waitForLoadState("networkidle");
				const result = await new AxeBuilder({ page })
					.withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
					.analyze();
				const serious = result.violations
					.filter((violation) => violation.impact === "serious" || violation.impact === "critical")
					.map(
						(violation) =>
							`${language} ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
					);
				expect(serious).toEqual([]);
			}
			expect(problems).toEqual([]);
			await context.close();
		},
	);

	it("lets a programme manager look up a learner's data on request, hand it over and erase it", async () => {
		const signUp = await fetch(`${server.url}/en/courses/emajoe-vc/pastry-autumn-2027/interest`, {
			method: "POST",
			headers: { "content-type": "application/x-www-form-urlencoded" },
			body: new URLSearchParams({ name: "Kati Karu", email: "kati@example.ee", consent: "yes" }),
		});
		expect(signUp.status).toBe(200);
		const { context, page, problems } = await signedInPage(
			browser,
			server.url,
			"/app/learner-data",
		);
		await page.getByLabel("The learner's e-mail address").fill("kati@example.ee");
		await page.getByRole("button", { name: "Look up" }).click();
		const result = page.getByRole("region", { name: "What is kept about kati@example.ee" });
		await result.getByRole("row", { name: /Pastry and cakes for small bakeries/ }).waitFor();
		expect(await result.textContent()).toContain("I agree that Emajõe Vocational College");
		const download = page.waitForEvent("download");
		await result.getByRole("button", { name: "Download as JSON" }).click();
		expect((await download).suggestedFilename()).toBe("emajoe-vc-learner-data.json");
		await result.getByRole("button", { name: "Erase this data…" }).click();
		const dialog = page.getByRole("dialog", {
			name: "Erase everything kept about kati@example.ee?",
		});
		const withDialog = await new AxeBuilder({ page })
			.withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
			.analyze();
		expect(
			withDialog.violations.filter((violation) =>
				["serious", "critical"].includes(violation.impact ?? ""),
			),
		).toEqual([]);
		await dialog.getByRole("button", { name: "Erase" }).click();
		await page.getByText("Erased 1 registration and 1 e-mail of kati@example.ee.").waitFor();
		const again = await fetch(`${server.url}/api/v1/institutions/emajoe-vc/learner-data/export`, {
			method: "POST",
			headers: await signInOver(server.url, manager.email, manager.password),
			body: JSON.stringify({ email: "kati@example.ee" }),
		});
		expect(await again.json()).toMatchObject({ registrations: [], mails: [] });
		expect(problems).toEqual([]);
		await context.close();
	});

	it("signs in from the keyboard alone and fits a tablet without the page scrolling sideways", async () => {
		const context = await browser.newContext({ viewport: { width: 768, height: 1024 } });
		const page = await context.newPage();
		const problems = watchProblems(page);
		await page.goto(`${server.url}/app/timing-map`);
		await page.getByLabel("Email").focus();
		await page.keyboard.type(manager.email);
		await page.keyboard.press("Tab");
		await page.keyboard.type(manager.password);
		await page.keyboard.press("Enter");
		await page.getByRole("heading", { name: "Timing map", level: 1 }).waitFor();
		for (const path of views.map(([, path]) => path)) {
			await page.goto(`${server.url}${path}`);
			await page.getByRole("heading", { level: 1 }).first().waitFor();
			const overflow = await page.evaluate(
				"document.documentElement.scrollWidth - document.documentElement.clientWidth",
			);
			expect({ path, overflow }).toEqual({ path, overflow: 0 });
		}
		expect(problems).toEqual([]);
		await context.close();
	});
});
