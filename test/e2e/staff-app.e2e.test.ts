import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launchBrowser } from "../fixtures/browser.ts";
import type { ServerProcess } from "../fixtures/server-process.ts";
import { signInOver } from "../fixtures/server-process.ts";
import { manager, signedInPage, startDemoServer } from "../fixtures/staff-app.ts";

const atRisk = "mig-welding-autumn-2027";

describe.skipIf(!browserAvailable)("the staff app in Chromium, on the demo school", () => {
	let server: ServerProcess;
	let browser: Browser;
	beforeAll(async () => {
		server = await startDemoServer();
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	});

	async function reportFindings(offering: string): Promise<string[]> {
		const headers = await signInOver(server.url, manager.email, manager.password);
		const response = await fetch(`${server.url}/api/v1/institutions/emajoe-vc/report`, { headers });
		const report = (await response.json()) as {
			offerings: { id: string; findings: { code: string }[] }[];
		};
		return (
			report.offerings.find((entry) => entry.id === offering)?.findings.map((f) => f.code) ?? []
		);
	}

	async function findingCodes(page: Page): Promise<string[]> {
		return page
			.locator("[data-finding-code]")
			.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-finding-code") ?? ""));
	}

	it("lets a programme manager find the course at risk, see why, fix it in a click, preview and save it", async () => {
		const { context, page, problems } = await signedInPage(browser, server.url);
		await page.getByRole("link", { name: "MIG/MAG welding basics" }).first().click();
		await expect.poll(() => page.url()).toContain(`/app/offerings/${atRisk}`);
		await page.getByText("MARKETING_BLOCKED_BY_DEPENDENCY").first().waitFor();
		expect(await findingCodes(page)).toContain("PUBLISHED_AFTER_DECISION_WINDOW");

		await page.getByRole("button", { name: "Announce as planned" }).first().click();
		await expect.poll(() => findingCodes(page)).not.toContain("MARKETING_BLOCKED_BY_DEPENDENCY");
		expect(await findingCodes(page)).not.toContain("PUBLISHED_AFTER_DECISION_WINDOW");
		// Only a preview: the server still reports the blocker.
		expect(await reportFindings(atRisk)).toContain("MARKETING_BLOCKED_BY_DEPENDENCY");

		await page.getByRole("button", { name: "Save changes" }).click();
		await expect
			.poll(() => reportFindings(atRisk))
			.not.toContain("MARKETING_BLOCKED_BY_DEPENDENCY");
		expect(await reportFindings(atRisk)).not.toContain("PUBLISHED_AFTER_DECISION_WINDOW");
		await page.reload();
		await page.getByRole("heading", { level: 1 }).waitFor();
		expect(await findingCodes(page)).not.toContain("MARKETING_BLOCKED_BY_DEPENDENCY");
		expect(problems).toEqual([]);
		await context.close();
	});
});
