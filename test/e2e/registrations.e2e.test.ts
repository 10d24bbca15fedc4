import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Offering } from "../../src/model/offering.ts";
import { browserAvailable, launchBrowser } from "../fixtures/browser.ts";
import { unfolded } from "../fixtures/context.ts";
import { type ServerProcess, signInOver } from "../fixtures/server-process.ts";
import { manager, signedInPage, startDemoServer, watchProblems } from "../fixtures/staff-app.ts";

/** A group of one, released in the autumn intake, whose registration is open on 3 May 2027. */
const offering = "pastry-small-group";
const title = "Pastry for a small group";

describe.skipIf(!browserAvailable)("registrations in Chromium, on the demo school", () => {
	let server: ServerProcess & { db: string; outbox: string };
	let browser: Browser;
	beforeAll(async () => {
		server = await startDemoServer();
		browser = await launchBrowser();
		const headers = await signInOver(server.url, manager.email, manager.password);
		const pastry = await fetch(`${server.url}/api/v1/offerings/pastry-autumn-2027`, { headers });
		const course = (await pastry.json()) as Offering;
		const created = await fetch(`${server.url}/api/v1/institutions/emajoe-vc/offerings`, {
			method: "POST",
			headers: { ...headers, "content-type": "application/json" },
			body: JSON.stringify({
				...course,
				id: offering,
				title: { et: "Saiakesed väikesele grupile", en: title },
				participants: { min: 1, max: 1 },
				released: true,
				// The demo's counts of the course it is copied from are not this group's.
				registrations: undefined,
			}),
		});
		expect(created.status).toBe(201);
	});
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	});

	/** The mails the server has sent so far, unfolded, as a mail client reads them. */
	const outbox = () => {
		let names: string[] = [];
		try {
			names = readdirSync(server.outbox).filter((name) => name.endsWith(".eml"));
		} catch {
			return [];
		}
		return names.map((name) => unfolded(readFileSync(join(server.outbox, name), "utf8")));
	};

	/** Applies on the course's public page as a learner, and gives the answer's heading and text. */
	async function applyAs(page: Page, name: string, email: string): Promise<string> {
		await page.goto(`${server.url}/en/courses/emajoe-vc/${offering}`);
		const form = page.getByRole("region", { name: "Apply" });
		await form.getByLabel("Name", { exact: true }).fill(name);
		await form.getByLabel("E-mail", { exact: true }).fill(email);
		await form.getByLabel(/I agree that Emajõe Vocational College/).check();
		await form.getByRole("button", { name: "Send my application" }).click();
		await page.locator("h1").waitFor();
		return (await page.locator("main").textContent()) ?? "";
	}

	it("waitlists a learner past the maximum, and promotes and mails them when a place frees up", async () => {
		const learner = await browser.newContext();
		const page = await learner.newPage();
		const problems = watchProblems(page);
		expect(await applyAs(page, "Mari Maasikas", "mari.maasikas@example.ee")).toContain(
			"Your application is in: check your e-mail",
		);
		const waitlisted = await applyAs(page, "Jaan Tamm", "jaan.tamm@example.ee");
		expect(waitlisted).toContain("You are on the waitlist: check your e-mail");
		expect(waitlisted).toContain("The group is full, so you are number 1 on the waitlist.");
		const answer = await new AxeBuilder({ page })
			.withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
			.analyze();
		expect(answer.violations.map((violation) => violation.id)).toEqual([]);
		await expect
			.poll(() => outbox().find((mail) => mail.includes("To: jaan.tamm@example.ee")))
			.toContain("you are number 1 on the waitlist");
		// Jaan confirms his address from the mail: only a confirmed address moves up the waitlist.
		const jaansMail = outbox().find((mail) => mail.includes("To: jaan.tamm@example.ee")) ?? "";
		const confirmLink = /https?:\/\/\S+?\/confirm\/[\w-]{43}/.exec(jaansMail)?.[0];
		expect(confirmLink).toBeDefined();
		await page.goto(confirmLink ?? "");
		await page.getByRole("button", { name: "Confirm" }).click();
		await page.getByRole("heading", { level: 1 }).waitFor();
		expect(problems).toEqual([]);
		await learner.close();

		const staff = await signedInPage(
			browser,
			server.url,
			`/app/offerings/${offering}/registrations`,
		);
		await staff.page.getByRole("heading", { level: 1, name: `Registrations: ${title}` }).waitFor();
		await staff.page.getByText("1 of 1 places taken").waitFor();
		const view = await new AxeBuilder({ page: staff.page })
			.withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
			.analyze();
		expect(view.violations.map((violation) => violation.id)).toEqual([]);
		await staff.page.getByRole("button", { name: "Withdraw: Mari Maasikas" }).click();
		await staff.page
			.getByText(
				"Mari Maasikas is now Withdrawn. Jaan Tamm moved from the waitlist into the freed place and was told by e-mail.",
			)
			.waitFor();
		const jaan = staff.page.getByRole("rowheader", { name: "Jaan Tamm" }).locator("xpath=..");
		await expect.poll(() => jaan.getByRole("cell").nth(1).textContent()).toContain("Applied");
		await expect
			.poll(() =>
				outbox().find(
					(mail) =>
						mail.includes("To: jaan.tamm@example.ee") &&
						mail.includes(`Subject: A place is yours: ${title}`),
				),
			)
			.toContain("it is now yours, as you were first on the waitlist");
		expect(staff.problems).toEqual([]);
		await staff.context.close();
	});
});
