import { beforeEach, describe, expect, it } from "vitest";
import { useHarness } from "../../../test/fixtures/api.ts";
import { unfolded } from "../../../test/fixtures/context.ts";
import { healthyOffering } from "../../../test/fixtures/plans.ts";
import { storeTargets } from "../../../test/fixtures/stores.ts";
import { deliverQueuedMail } from "../../service/mail-queue.ts";
import { signUpAnswerMs } from "./sign-up-routes.ts";

const sqlite = storeTargets.filter((target) => target.name === "sqlite");
const action = "/en/courses/test-vc/cnc-basics/interest";

describe.each(sqlite)("registering interest from an offering page ($name)", (target) => {
	const harness = useHarness(target);
	beforeEach(async () => {
		const manager = await harness.as("manager");
		await manager.request("POST", "/api/v1/institutions/test-vc/offerings", {
			body: healthyOffering({
				id: "cnc-basics",
				title: "CNC basics",
				publication: "2027-02-01",
				milestoneStatus: { "catalogue-published": "done" },
			}),
		});
	});

	const post = (
		fields: Record<string, string>,
		address = "203.0.113.7",
		headers: Record<string, string> = {},
	) =>
		harness.app.inject({
			method: "POST",
			url: action,
			payload: new URLSearchParams(fields).toString(),
			headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
			remoteAddress: address,
		});
	/** The mails sent so far, once the queue is delivered, unfolded as a mail client shows them. */
	const mails = async () => {
		await deliverQueuedMail(harness.context);
		return harness.mails().map(unfolded);
	};

	it("stores the interest, mails a confirmation with both links, and confirms", async () => {
		const response = await post({
			name: "Mari Maasikas",
			email: "mari@example.ee",
			consent: "yes",
			utm_source: "facebook",
			utm_medium: "social",
		});
		expect(response.statusCode).toBe(200);
		expect(response.body).toContain("Almost done: check your e-mail");
		expect(response.body).toContain("mari@example.ee");
		const [mail] = await mails();
		expect(mail).toMatch(/^To: mari@example\.ee/m);
		expect(mail).toMatch(
			/^List-Unsubscribe: <https:\/\/kursused\.test\.ee\/en\/unsubscribe\/[\w-]+>/m,
		);
		const confirm = /https:\/\/kursused\.test\.ee(\/en\/confirm\/[\w-]+)/.exec(mail ?? "")?.[1];
		// Opening the link only shows a button, so a mail scanner that follows links confirms nothing.
		const opened = await harness.app.inject({ method: "GET", url: confirm ?? "/" });
		expect(opened.body).toContain(
			`<form method="post" action="${confirm}"><button type="submit">Confirm</button></form>`,
		);
		const confirmed = await harness.app.inject({ method: "POST", url: confirm ?? "/" });
		expect(confirmed.statusCode).toBe(200);
		expect(confirmed.body).toContain("Thank you, you are on the list");
		const unsubscribeLink = /https:\/\/kursused\.test\.ee(\/en\/unsubscribe\/[\w-]+)/.exec(
			mail ?? "",
		)?.[1];
		expect(mail).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
		// A mail client's one-click unsubscribe posts this body to the List-Unsubscribe address.
		const unsubscribed = await harness.app.inject({
			method: "POST",
			url: unsubscribeLink ?? "/",
			payload: "List-Unsubscribe=One-Click",
			headers: { "content-type": "application/x-www-form-urlencoded" },
		});
		expect(unsubscribed.body).toContain("You are unsubscribed");
		expect(
			(await harness.app.inject({ method: "POST", url: "/en/confirm/not-a-token" })).statusCode,
		).toBe(404);
	});

	it("names the course in the mail in the language of the page it was sent from", async () => {
		const manager = await harness.as("manager");
		await manager.request("POST", "/api/v1/institutions/test-vc/offerings", {
			body: healthyOffering({
				id: "bilingual",
				title: { et: "Keevituse alused", en: "Welding basics" },
				publication: "2027-02-01",
				released: true,
			}),
		});
		for (const language of ["en", "et"]) {
			await harness.app.inject({
				method: "POST",
				url: `/${language}/courses/test-vc/bilingual/interest`,
				payload: new URLSearchParams({
					name: "Mari",
					email: `mari.${language}@example.ee`,
					consent: "yes",
				}).toString(),
				headers: { "content-type": "application/x-www-form-urlencoded" },
			});
		}
		const subjects = (await mails()).map((mail) => /^Subject: (.*)$/m.exec(mail)?.[1]);
		expect(subjects).toEqual(
			expect.arrayContaining([
				"Confirm your interest: Welding basics",
				"Kinnita oma huvi: Keevituse alused",
			]),
		);
	});

	it("shows the form again with each problem, and keeps what was typed", async () => {
		const response = await post({ name: "Jaan", email: "not-an-email", consent: "yes" });
		expect(response.statusCode).toBe(400);
		expect(response.body).toContain('aria-invalid="true" aria-describedby="signup-email-problem"');
		expect(response.body).toContain('value="Jaan"');
		const noConsent = await post({ name: "Jaan", email: "jaan@example.ee" });
		expect(noConsent.statusCode).toBe(400);
	});

	it("escapes script and HTML payloads everywhere they come back", async () => {
		const payload = `<script>alert("x")</script><img src=x onerror=alert(1)>`;
		const response = await post({ name: payload, email: `a"><script>@example.ee`, consent: "yes" });
		expect(response.body).not.toContain("<script>alert");
		expect(response.body).not.toContain("<img src=x");
		expect(response.body).toContain("&lt;script&gt;");
		const accepted = await post({ name: payload, email: "payload@example.ee", consent: "yes" });
		expect(accepted.statusCode).toBe(200);
		// Markup is no name: the mail greets without it, and carries none of it.
		const [mail] = await mails();
		expect(mail).toContain("Hello,");
		expect(mail).not.toContain("script>alert");
		expect(mail).not.toContain("<img src");
	});

	it("accepts a filled honeypot without storing or sending anything", async () => {
		const before = (await mails()).length;
		const response = await post(
			{ name: "Bot", email: "bot@example.ee", consent: "yes", website: "http://spam.example" },
			"198.51.100.9",
		);
		expect(response.statusCode).toBe(200);
		expect((await mails()).length).toBe(before);
	});

	it("limits sign-ups per address", async () => {
		let last = 0;
		for (let index = 0; index < 6; index++) {
			last = (
				await post(
					{ name: "Same Place", email: `person${index}@example.ee`, consent: "yes" },
					"192.0.2.55",
				)
			).statusCode;
		}
		expect(last).toBe(429);
	});

	it("builds the mail's links from the public address, never from the request's Host", async () => {
		const response = await post(
			{ name: "Mari", email: "victim@example.ee", consent: "yes" },
			"203.0.113.8",
			{ host: "evil.example", "x-forwarded-host": "evil.example" },
		);
		expect(response.statusCode).toBe(200);
		const [mail] = await mails();
		expect(mail).toContain("https://kursused.test.ee/en/confirm/");
		expect(mail).not.toContain("evil.example");
	});

	it("refuses a sign-up posted from another site's page", async () => {
		for (const headers of [
			{ origin: "https://evil.example" },
			{ "sec-fetch-site": "cross-site" },
		]) {
			const response = await post(
				{ name: "Mari", email: "mari@example.ee", consent: "yes" },
				"203.0.113.9",
				headers,
			);
			expect(response.statusCode).toBe(403);
			expect(response.json().code).toBe("cross_site_refused");
		}
		expect(await mails()).toEqual([]);
		const ours = await post(
			{ name: "Mari", email: "mari@example.ee", consent: "yes" },
			"203.0.113.9",
			{ origin: "https://kursused.test.ee", "sec-fetch-site": "same-origin" },
		);
		expect(ours.statusCode).toBe(200);
	});

	it("answers a new and a known address no sooner than the fixed answer time", async () => {
		const fields = { name: "Mari", email: "timed@example.ee", consent: "yes" };
		for (const attempt of ["new", "known"]) {
			const started = performance.now();
			const response = await post(fields, "203.0.113.10");
			expect(response.statusCode, attempt).toBe(200);
			// A lower bound only: it holds however busy the machine is.
			expect(performance.now() - started, attempt).toBeGreaterThanOrEqual(signUpAnswerMs - 1);
		}
	});
});

describe.each(sqlite)("applying from an offering page ($name)", (target) => {
	// Registration for the autumn intake opens on 2027-04-01 (its admission).
	const harness = useHarness(target, { today: "2027-05-03" });
	const page = "/en/courses/test-vc/small-group";
	beforeEach(async () => {
		const manager = await harness.as("manager");
		await manager.request("POST", "/api/v1/institutions/test-vc/offerings", {
			body: healthyOffering({
				id: "small-group",
				title: "Small group",
				participants: { min: 1, max: 1 },
				released: true,
			}),
		});
	});
	const apply = (fields: Record<string, string>, address: string, path = page) =>
		harness.app.inject({
			method: "POST",
			url: `${path}/apply`,
			payload: new URLSearchParams({ consent: "yes", ...fields }).toString(),
			headers: { "content-type": "application/x-www-form-urlencoded" },
			remoteAddress: address,
		});

	it("offers the application beside notify me, and answers with the place or the waitlist's", async () => {
		const shown = await harness.app.inject({ method: "GET", url: page });
		expect(shown.body).toContain(
			'<section class="sign-up" aria-labelledby="apply-heading">\n<h2 id="apply-heading">Apply</h2>',
		);
		expect(shown.body).toContain(`<form method="post" action="${page}/apply">`);
		expect(shown.body).toContain('<label for="apply-email">E-mail</label>');
		expect(shown.body).toContain(`<form method="post" action="${page}/interest">`);

		const first = await apply({ name: "Mari", email: "mari@example.ee" }, "203.0.113.20");
		expect(first.statusCode).toBe(200);
		expect(first.body).toContain("<h1>Your application is in: check your e-mail</h1>");
		const second = await apply({ name: "Jaan", email: "jaan@example.ee" }, "203.0.113.21");
		expect(second.body).toContain(
			"<h1>You are on the waitlist: check your e-mail</h1><p>The group is full, so you are number 1 on the waitlist.",
		);
		await deliverQueuedMail(harness.context);
		const jaan = harness
			.mails()
			.map(unfolded)
			.find((mail) => mail.includes("To: jaan@"));
		expect(jaan).toContain("The group is full, so you are number 1 on the waitlist.");
	});

	it("shows a failed application's problems on the application form only", async () => {
		const response = await apply({ name: "Mari", email: "not-an-email" }, "203.0.113.22");
		expect(response.statusCode).toBe(400);
		expect(response.body).toContain('aria-describedby="apply-email-problem"');
		expect(response.body).not.toContain('aria-describedby="signup-email-problem"');
	});

	it("sends learners to the school's own application page when it has one", async () => {
		const manager = await harness.as("manager");
		await manager.request("POST", "/api/v1/institutions/test-vc/offerings", {
			body: healthyOffering({
				id: "sais-group",
				title: "Applied for in SAIS",
				applicationUrl: "https://sais.ee/apply/12345",
				released: true,
			}),
		});
		const path = "/en/courses/test-vc/sais-group";
		const shown = await harness.app.inject({ method: "GET", url: path });
		expect(shown.body).toContain(
			'<p><a class="button" href="https://sais.ee/apply/12345" rel="noopener">Apply at sais.ee</a></p>',
		);
		expect(shown.body).not.toContain(`action="${path}/apply"`);
		const refused = await apply({ name: "Mari", email: "mari@example.ee" }, "203.0.113.23", path);
		expect(refused.statusCode).toBe(409);
		expect(refused.body).toContain("Registration for this course is not open.");
	});
});

describe.each(sqlite)("before registration opens ($name)", (target) => {
	const harness = useHarness(target);
	it("offers notify me only, and refuses an application", async () => {
		const manager = await harness.as("manager");
		await manager.request("POST", "/api/v1/institutions/test-vc/offerings", {
			body: healthyOffering({ id: "later", title: "Later", released: true }),
		});
		const shown = await harness.app.inject({ method: "GET", url: "/en/courses/test-vc/later" });
		expect(shown.body).toContain('action="/en/courses/test-vc/later/interest"');
		expect(shown.body).not.toContain("apply-heading");
		const refused = await harness.app.inject({
			method: "POST",
			url: "/en/courses/test-vc/later/apply",
			payload: "name=Mari&email=mari%40example.ee&consent=yes",
			headers: { "content-type": "application/x-www-form-urlencoded" },
		});
		expect(refused.statusCode).toBe(409);
	});
});
