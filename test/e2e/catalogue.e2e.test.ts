import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launchBrowser } from "../fixtures/browser.ts";
import { unfolded } from "../fixtures/context.ts";
import { type ServerProcess, startServer } from "../fixtures/server-process.ts";

describe.skipIf(!browserAvailable)("the public catalogue in Chromium", () => {
	let server: ServerProcess;
	let browser: Browser;
	let dataDir: string;
	beforeAll(async () => {
		dataDir = mkdtempSync(join(tmpdir(), "kairos-e2e-"));
		server = await startServer(join(dataDir, "kairos.sqlite"), ["--today", "2027-05-03"], {
			KAIROS_DATA_DIR: dataDir,
		});
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	});

	async function axeViolations(path: string) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${server.url}${path}`);
		const result = await new AxeBuilder({ page })
			.withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
			.analyze();
		await context.close();
		return result.violations.map(
			(violation) =>
				`${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
		);
	}

	it.each([
		["the catalogue", "/en/"],
		["the catalogue in Estonian", "/et/"],
		["an offering with its sign-up form", "/en/courses/emajoe-vc/pastry-autumn-2027"],
		["a pathway", "/et/pathways/emajoe-vc/cook-4"],
	])("axe finds no violations on %s", async (_name, path) => {
		expect(await axeViolations(path)).toEqual([]);
	});

	it("lets a new learner find a course for next term, see what it costs, what it leads to and whom to ask, subscribe to its dates and register interest", async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${server.url}/en/`);
		await page.getByLabel("Intake").selectOption({ label: "Autumn 2027" });
		await page.getByLabel("Words").fill("pastry");
		await page.getByRole("button", { name: "Show courses" }).click();
		await page.getByRole("link", { name: "Pastry and cakes for small bakeries" }).click();
		await expect.poll(() => page.url()).toContain("/en/courses/emajoe-vc/pastry-autumn-2027");
		const text = (await page.locator("main").textContent()) ?? "";
		expect(text).toContain("€320");
		expect(text).toContain("The fee is due only once the group is confirmed.");
		expect(text).toMatch(/Counts towards Cook/);
		expect(text).toContain("rein.lepik@emajoe-vc.ee");
		const calendarLink = await page
			.getByRole("link", { name: "Add to calendar (.ics)" })
			.getAttribute("href");
		const calendar = await page.request.get(`${server.url}${calendarLink}`);
		expect(calendar.headers()["content-type"]).toMatch(/^text\/calendar/);
		expect(await calendar.text()).toContain("BEGIN:VEVENT");
		// Registration is open, so the page offers to apply too: notify me is the form in its region.
		const notifyMe = page.getByRole("region", { name: "Notify me" });
		await notifyMe.getByLabel("Name", { exact: true }).fill("Kati Karu");
		await notifyMe.getByLabel("E-mail", { exact: true }).fill("kati.karu@example.ee");
		await notifyMe.getByLabel(/I agree that Emajõe Vocational College/).check();
		await notifyMe.getByRole("button", { name: "Register my interest" }).click();
		await expect
			.poll(() => page.locator("h1").textContent())
			.toBe("Almost done: check your e-mail");
		const afterSignUp = await new AxeBuilder({ page })
			.withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
			.analyze();
		expect(afterSignUp.violations.map((violation) => violation.id)).toEqual([]);

		// The mail's last link opens what the school keeps about her, and erases it.
		await expect.poll(() => outboxMailTo("kati.karu@example.ee")).toContain("/en/my-data/");
		const dataLink =
			/http:\/\/\S+\/en\/my-data\/[\w-]{43}/.exec(outboxMailTo("kati.karu@example.ee"))?.[0] ?? "";
		await page.goto(dataLink);
		await page
			.getByRole("heading", { name: "Your data at Emajõe Vocational College", level: 1 })
			.waitFor();
		expect(await page.locator("main").textContent()).toContain("Kati Karu");
		const dataPage = await new AxeBuilder({ page })
			.withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
			.analyze();
		expect(dataPage.violations.map((violation) => violation.id)).toEqual([]);
		await page.getByRole("link", { name: "Erase my data …" }).click();
		await page.getByRole("button", { name: "Yes, erase my data" }).click();
		await expect.poll(() => page.locator("h1").textContent()).toBe("Your data is erased");
		await page.goto(dataLink);
		await expect.poll(() => page.locator("h1").textContent()).toBe("This link does not work");
		await context.close();
	});

	/** The newest mail in the server's outbox to `recipient`, unfolded, or "" when none came yet. */
	function outboxMailTo(recipient: string): string {
		const outbox = join(dataDir, "outbox");
		let names: string[] = [];
		try {
			names = readdirSync(outbox)
				.filter((name) => name.endsWith(".eml"))
				.sort()
				.reverse();
		} catch {
			return "";
		}
		for (const name of names) {
			const mail = unfolded(readFileSync(join(outbox, name), "utf8"));
			if (mail.includes(`To: ${recipient}`)) return mail;
		}
		return "";
	}
});
