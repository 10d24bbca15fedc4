import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open.ts";
import { browserAvailable, launchBrowser } from "../fixtures/browser.ts";
import { unfolded } from "../fixtures/context.ts";
import { eventually } from "../fixtures/eventually.ts";
import { addRegistrants, manyRegistrants } from "../fixtures/registrants.ts";
import type { ServerProcess } from "../fixtures/server-process.ts";
import { signedInPage, startDemoServer } from "../fixtures/staff-app.ts";

const course = "pastry-autumn-2027";
const registrants = manyRegistrants(5);

/** The recipients of the mails in the server's outbox, one entry per mail. */
function outboxRecipients(outbox: string): string[] {
	let names: string[];
	try {
		names = readdirSync(outbox).filter((name) => name.endsWith(".eml"));
	} catch {
		return [];
	}
	return names.map((name) => {
		const mail = unfolded(readFileSync(join(outbox, name), "utf8"));
		return /^To: (\S+)/m.exec(mail)?.[1] ?? "";
	});
}

async function seriousViolations(page: Page, label: string): Promise<string[]> {
	const result = await new AxeBuilder({ page })
		.withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
		.analyze();
	return result.violations
		.filter((violation) => violation.impact === "serious" || violation.impact === "critical")
		.map(
			(violation) =>
				`${label} ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
		);
}

describe.skipIf(!browserAvailable)("the go/no-go decision in Chromium, on the demo school", () => {
	let server: ServerProcess & { db: string; outbox: string };
	let browser: Browser;
	beforeAll(async () => {
		server = await startDemoServer();
		// Learners who registered for the pastry course, as the public page's sign-up would.
		const store = await openStore(server.db);
		await addRegistrants(store, "emajoe-vc", course, registrants);
		await store.close();
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	});

	it("records a no-go from the keyboard: the public page says cancelled and every registrant gets one mail", async () => {
		const { context, page, problems } = await signedInPage(
			browser,
			server.url,
			`/app/offerings/${course}`,
		);
		const before = await fetch(`${server.url}/en/courses/emajoe-vc/${course}`);
		expect(await before.text()).not.toContain("status-cancelled");

		const open = page.locator(".offering-header").getByRole("button", { name: "Record decision" });
		await open.focus();
		await page.keyboard.press("Enter");
		const dialog = page.getByRole("dialog", { name: "Record the go/no-go decision" });
		await dialog.waitFor();
		for (const language of ["English", "eesti"]) {
			if (language === "eesti") {
				await page.keyboard.press("Escape");
				await page
					.locator(".app-header")
					.getByLabel(/Language|Keel/)
					.selectOption({ label: language });
				await page
					.locator(".offering-header")
					.getByRole("button", { name: "Salvesta otsus" })
					.click();
				await page.getByRole("dialog", { name: "Salvesta toimumise otsus" }).waitFor();
			}
			expect(await seriousViolations(page, language)).toEqual([]);
		}
		await page.keyboard.press("Escape");
		await page.locator(".app-header").getByLabel("Keel").selectOption({ label: "English" });

		await open.focus();
		await page.keyboard.press("Enter");
		await dialog.waitFor();
		// The focus is on the first choice; the arrow key moves to the next, no-go.
		await page.keyboard.press("ArrowDown");
		expect(await dialog.getByLabel("No-go: cancel the course").isChecked()).toBe(true);
		await dialog.getByLabel("Reason").focus();
		await page.keyboard.type("Five of the eight places taken a week before");
		await page.keyboard.press("Tab");
		await page.keyboard.press("Enter");
		await page.getByText("The decision is recorded. Every registrant is told by e-mail.").waitFor();
		expect(await dialog.count()).toBe(0);
		expect(
			await page.evaluate("document.activeElement?.closest('.offering-header') !== null"),
		).toBe(true);
		expect(await page.evaluate("document.activeElement?.textContent")).toBe("Record decision");

		const decision = page.getByRole("region", { name: "Go/no-go decision" });
		expect(await decision.getByText("No-go: the course is cancelled").isVisible()).toBe(true);
		expect(await decision.getByText("Kadri Tamm").isVisible()).toBe(true);
		expect(
			await decision.getByText("Five of the eight places taken a week before").isVisible(),
		).toBe(true);

		const page2 = await (await fetch(`${server.url}/en/courses/emajoe-vc/${course}`)).text();
		expect(page2).toContain(
			'<p class="status status-cancelled"><strong>Cancelled</strong> <span>This group will not run.</span></p>',
		);
		// The outbox holds the staff's digests too: the registrants' mails are those to them.
		const emails = new Set(registrants.map((entry) => entry.email));
		const told = await eventually("a mail to every registrant", () => {
			const recipients = outboxRecipients(server.outbox).filter((to) => emails.has(to));
			return recipients.length >= registrants.length && recipients;
		});
		expect([...told].sort()).toEqual(registrants.map((entry) => entry.email).sort());
		await decision.getByText("5 e-mails sent on", { exact: false }).waitFor();
		expect(problems).toEqual([]);
		await context.close();
	});
});
