import { describe, expect, it } from "vitest";
import { useHarness } from "../../../test/fixtures/api.ts";
import { signUpLearner } from "../../../test/fixtures/learners.ts";
import { storeTargets } from "../../../test/fixtures/stores.ts";
import { learnerDataView } from "../../model/api/learner-data.ts";
import { historyJob } from "../../service/jobs/history-job.ts";
import { learnerDataLinkLifetime } from "../../service/learner-data-links.ts";
import { buildApp } from "../app.ts";
import { contentSecurityPolicy } from "./routes.ts";

const sqlite = storeTargets.filter((target) => target.name === "sqlite");

/** What a learner typed, and a channel, that must reach the page as text only. */
const hostile = {
	name: `<script>alert("name")</script>`,
	consentText: `I agree <img src=x onerror=alert(1)> & "more"`,
	utm: { source: "news", medium: "mail", campaign: `"><b>bold</b>` },
};

describe.each(sqlite)("the page of a learner's data ($name)", (target) => {
	const harness = useHarness(target);
	const get = (url: string, headers: Record<string, string> = {}) =>
		harness.app.inject({ method: "GET", url, headers });
	const post = (url: string, headers: Record<string, string> = {}) =>
		harness.app.inject({ method: "POST", url, headers });
	/** The part of a page between two markers, both included. */
	const between = (page: string, from: string, to: string) =>
		page.slice(page.indexOf(from), page.indexOf(to, page.indexOf(from)) + to.length);

	it("shows what is kept about the address, every value escaped, and keeps the page out of caches", async () => {
		const token = await signUpLearner(harness.context, hostile);
		const response = await get(`/en/my-data/${token}`);
		expect(response.statusCode).toBe(200);
		expect(response.headers["content-security-policy"]).toBe(contentSecurityPolicy);
		expect(response.headers["cache-control"]).toBe("no-store");
		expect(response.headers["referrer-policy"]).toBe("same-origin");
		const page = response.body;
		expect(page).toContain('<meta name="robots" content="noindex">');
		expect(page).not.toContain("<script>");
		expect(page).not.toContain("<img");
		expect(between(page, "<h1>", "</section>")).toBe(`<h1>Your data at Test Vocational College</h1>
<p class="lead">What Test Vocational College keeps about mari@example.ee. This page is only reachable through the link in the e-mails we sent to that address.</p>
<p>We keep a registration until 24 months after its course ends, and a sign-up whose e-mail address was never confirmed for 30 days.</p>
<section aria-labelledby="registrations-heading">
<h2 id="registrations-heading">Registrations</h2>
<article class="card">
<h3><span lang="et">MIG/MAG welding basics</span> <small class="translation">(in Estonian)</small></h3>
<dl class="facts">
<div><dt>State</dt><dd>Interested</dd></div><div><dt>Name</dt><dd>&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;</dd></div><div><dt>E-mail</dt><dd>mari@example.ee</dd></div><div><dt>Phone</dt><dd>none</dd></div><div><dt>Language of the e-mails</dt><dd>English</dd></div><div><dt>How you came to the course</dt><dd>utm:news/mail/&quot;&gt;&lt;b&gt;bold&lt;/b&gt;</dd></div><div><dt>The page that linked to the course</dt><dd>none</dd></div><div><dt>The internet address the sign-up came from</dt><dd>192.0.2.1</dd></div><div><dt>Registered</dt><dd>1 March 2027</dd></div><div><dt>Confirmation e-mail sent</dt><dd>1 March 2027</dd></div><div><dt>E-mail address confirmed</dt><dd>not yet</dd></div><div><dt>Unsubscribed</dt><dd>none</dd></div><div><dt>Applied</dt><dd>none</dd></div><div><dt>Put on the waiting list</dt><dd>none</dd></div><div><dt>Enrolled</dt><dd>none</dd></div><div><dt>Withdrawn</dt><dd>none</dd></div><div><dt>Told that registration is open</dt><dd>none</dd></div>
<div><dt>Last day of the course</dt><dd>26 November 2027</dd></div>
<div><dt>Kept until</dt><dd>31 March 2027</dd></div>
</dl>
<h4>Your consent</h4>
<blockquote lang="en"><p>I agree &lt;img src=x onerror=alert(1)&gt; &amp; &quot;more&quot;</p></blockquote>
<p>Given on 1 March 2027 (version 2027-03)</p>
</article>
</section>`);
		expect(between(page, '<section aria-labelledby="mails-heading">', "</section>")).toBe(
			`<section aria-labelledby="mails-heading">
<h2 id="mails-heading">E-mails we sent you</h2>
<p>We keep the subject and time of each e-mail, never its text, until 30 days after it was sent.</p>
<table>
<thead><tr><th scope="col">Date</th><th scope="col">Subject</th><th scope="col">Status</th></tr></thead>
<tbody>
<tr><td>1 March 2027</td><td>Confirm your interest: MIG/MAG welding basics</td><td>waiting to be sent</td></tr>
</tbody>
</table>
</section>`,
		);
		expect(page).toContain(`<a class="button" href="/en/my-data/${token}/download" download>`);
		expect(page).toContain(
			`<a class="button" href="/en/my-data/${token}/erase">Erase my data …</a>`,
		);
	});

	it("dates what happened by the day in the institution's time zone, not in UTC", async () => {
		// 22:30 UTC on 1 March is 00:30 on 2 March in Tallinn.
		harness.clock.set("2027-03-01T22:30:00.000Z");
		const token = await signUpLearner(harness.context);
		const page = (await get(`/en/my-data/${token}`)).body;
		expect(page).toContain("<div><dt>Registered</dt><dd>2 March 2027</dd></div>");
		expect(page).toContain("<p>Given on 2 March 2027 (version 2027-03)</p>");
		expect(page).toContain("<tr><td>2 March 2027</td><td>Confirm your interest:");
		expect(page).toContain("<div><dt>Last day of the course</dt><dd>26 November 2027</dd></div>");
		expect(page).toContain("<div><dt>Kept until</dt><dd>1 April 2027</dd></div>");
	});

	it("speaks the language of its address", async () => {
		const token = await signUpLearner(harness.context);
		const page = (await get(`/et/my-data/${token}`)).body;
		expect(page).toContain('<html lang="et">');
		expect(page).toContain("<h1>Sinu andmed: Test Vocational College</h1>");
		expect(page).toContain(`<a href="/en/my-data/${token}" lang="en" hreflang="en">English</a>`);
		expect(page).toContain("<dt>Kirjade keel</dt><dd>inglise</dd>");
	});

	it("downloads the same data as a JSON attachment", async () => {
		const token = await signUpLearner(harness.context, hostile);
		const response = await get(`/en/my-data/${token}/download`);
		expect(response.statusCode).toBe(200);
		expect(response.headers["content-type"]).toBe("application/json; charset=utf-8");
		expect(response.headers["content-disposition"]).toBe(
			'attachment; filename="test-vc-my-data.json"',
		);
		expect(response.headers["cache-control"]).toBe("no-store");
		const data = learnerDataView.parse(response.json());
		expect(data.email).toBe("mari@example.ee");
		expect(data.registrations[0]).toMatchObject({
			name: hostile.name,
			utmCampaign: hostile.utm.campaign,
			address: "192.0.2.1",
			consent: {
				text: hostile.consentText,
				version: "2027-03",
				givenAt: "2027-03-01T08:00:00.000Z",
			},
			offering: { title: "MIG/MAG welding basics", end: "2027-11-26" },
			keptUntil: "2027-03-31",
		});
		expect(response.body).not.toMatch(/hash/i);
		expect(data.mails).toHaveLength(1);
	});

	it("names a course that finished and moved into the history, with its last day", async () => {
		const token = await signUpLearner(harness.context, {}, { confirm: true });
		// The history job on a day after the course's last, 2027-11-26 (the harness pins today):
		// the welding course of each of the two institutions moves.
		const afterTheCourse = { ...harness.context, pinnedToday: "2027-12-15" };
		expect(await historyJob.run(afterTheCourse)).toEqual({ movedToHistory: 2, keptInPlan: 0 });
		const page = (await get(`/en/my-data/${token}`)).body;
		// The history keeps the title in the institution's first language.
		expect(page).toContain(
			'<h3><span lang="et">MIG/MAG welding basics</span> <small class="translation">(in Estonian)</small></h3>',
		);
		expect(page).not.toContain("no longer planned");
		expect(page).toContain(`<div><dt>Last day of the course</dt><dd>26 November 2027</dd></div>
<div><dt>Kept until</dt><dd>26 November 2029</dd></div>`);
		const data = learnerDataView.parse((await get(`/en/my-data/${token}/download`)).json());
		expect(data.registrations[0]).toMatchObject({
			offering: { title: "MIG/MAG welding basics", end: "2027-11-26" },
			keptUntil: "2029-11-26",
		});
	});

	it("erases only after the confirmation step, from its own pages only", async () => {
		const token = await signUpLearner(harness.context);
		const confirmation = await get(`/en/my-data/${token}/erase`);
		expect(confirmation.statusCode).toBe(200);
		expect(between(confirmation.body, "<h1>", "</a></p>")).toBe(
			`<h1>Erase your data at Test Vocational College?</h1>
<p>This erases your registration and everything else we keep about mari@example.ee. It cannot be undone.</p>
<form method="post" action="/en/my-data/${token}/erase"><button type="submit">Yes, erase my data</button></form>
<p><a href="/en/my-data/${token}">No, keep my data</a></p>`,
		);
		// Opening the links erases nothing.
		expect((await get(`/en/my-data/${token}`)).statusCode).toBe(200);

		const crossSite = await post(`/en/my-data/${token}/erase`, {
			origin: "https://evil.example",
			"sec-fetch-site": "cross-site",
		});
		expect(crossSite.statusCode).toBe(403);
		expect((await get(`/en/my-data/${token}`)).statusCode).toBe(200);

		const erased = await post(`/en/my-data/${token}/erase`, {
			origin: "https://kursused.test.ee",
			"sec-fetch-site": "same-origin",
		});
		expect(erased.statusCode).toBe(200);
		expect(erased.headers["cache-control"]).toBe("no-store");
		expect(between(erased.body, "<h1>", "</p>")).toBe(
			"<h1>Your data is erased</h1><p>We keep nothing about your address any more, and the links in our earlier e-mails do not work now.</p>",
		);
		const registrations = await harness.store.db.selectFrom("registrations").selectAll().execute();
		expect(registrations).toEqual([]);
		expect((await get(`/en/my-data/${token}`)).statusCode).toBe(404);
		expect((await post(`/en/my-data/${token}/erase`)).statusCode).toBe(404);
	});

	it("refuses a forged or expired link with one clear page that shows nothing else", async () => {
		const token = await signUpLearner(harness.context);
		const refusal = `<main id="content">
<h1>This link does not work</h1><p>It may be mistyped or more than a year old, or the data it showed was erased. Open the link in a newer e-mail from us, or ask the school.</p>
</main>`;
		const forged = [
			`/en/my-data/${"A".repeat(43)}`,
			"/en/my-data/%3Cscript%3E",
			`/en/my-data/${token}x/download`,
		];
		harness.clock.advance(learnerDataLinkLifetime);
		for (const url of [
			...forged,
			`/en/my-data/${token}`,
			`/en/my-data/${token}/download`,
			`/en/my-data/${token}/erase`,
		]) {
			const response = await get(url);
			expect(response.statusCode, url).toBe(404);
			expect(response.headers["content-type"], url).toBe("text/html; charset=utf-8");
			expect(response.body, url).toContain(refusal);
			expect(response.body, url).not.toContain("mari@example.ee");
		}
		expect((await post(`/en/my-data/${token}/erase`)).statusCode).toBe(404);
		expect(await harness.store.db.selectFrom("registrations").select("id").execute()).toHaveLength(
			1,
		);
	});

	it("keeps the link's token out of the request log", async () => {
		const token = await signUpLearner(harness.context);
		const lines: string[] = [];
		const app = await buildApp({
			context: harness.context,
			log: { requests: true, stream: { write: (line) => void lines.push(line) } },
		});
		await app.inject({ method: "GET", url: `/en/my-data/${token}/download` });
		await app.close();
		expect(lines.join("")).toContain("/en/my-data/[token]");
		expect(lines.join("")).not.toContain(token);
	});
});
