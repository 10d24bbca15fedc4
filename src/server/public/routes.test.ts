import { beforeEach, describe, expect, it } from "vitest";
import { useHarness } from "../../../test/fixtures/api.ts";
import { healthyOffering } from "../../../test/fixtures/plans.ts";
import { storeTargets } from "../../../test/fixtures/stores.ts";
import { contentSecurityPolicy } from "./routes.ts";

const sqlite = storeTargets.filter((target) => target.name === "sqlite");

describe.each(sqlite)("the public catalogue ($name)", (target) => {
	const harness = useHarness(target);
	beforeEach(async () => {
		// The harness's today is 2027-03-01: "mig-welding" is due in the catalogue on 2027-03-15, and
		// not released, so add one that is.
		const manager = await harness.as("manager");
		const published = healthyOffering({
			id: "cnc-basics",
			title: "CNC basics <script>alert(1)</script>",
			publication: "2027-02-01",
			milestoneStatus: { "catalogue-published": "done" },
			field: "engineering",
			description: `Evening course "for beginners" & <b>others</b>`,
		});
		const created = await manager.request("POST", "/api/v1/institutions/test-vc/offerings", {
			body: published,
		});
		if (created.statusCode !== 201) throw new Error(created.body);
	});
	const get = (url: string, headers: Record<string, string> = {}) =>
		harness.app.inject({ method: "GET", url, headers });

	it("shows only published offerings that have not started, with their status", async () => {
		const page = await get("/en/");
		expect(page.statusCode).toBe(200);
		expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
		expect(page.body).toContain("CNC basics &lt;script&gt;alert(1)&lt;/script&gt;");
		expect(page.body).not.toContain("MIG/MAG welding basics");
		expect(page.body).toContain('class="status status-planned"');
		expect(page.body).toContain("Autumn 2027: studies start 1 September 2027");
	});

	it("escapes every stored text and sends a strict Content-Security-Policy", async () => {
		const page = await get("/en/courses/test-vc/cnc-basics");
		expect(page.headers["content-security-policy"]).toBe(contentSecurityPolicy);
		expect(page.body).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
		expect(page.body).not.toContain("<b>others</b>");
		expect(page.body).toContain(
			"Evening course &quot;for beginners&quot; &amp; &lt;b&gt;others&lt;/b&gt;",
		);
		expect(page.body).not.toMatch(/\sstyle=/);
	});

	it("embeds the offering's schema.org Course as JSON-LD", async () => {
		const page = (await get("/en/courses/test-vc/cnc-basics")).body;
		const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)?.[1] ?? "{}";
		const course = JSON.parse(json);
		expect(course["@type"]).toBe("Course");
		expect(course.hasCourseInstance).toBeDefined();
		expect(json).not.toContain("<script>");
	});

	it("gives an offering page everything a learner needs to decide", async () => {
		const page = (await get("/en/courses/test-vc/cnc-basics")).body;
		for (const text of [
			"20 September 2027 – 26 November 2027",
			"€450",
			"Includes the teaching and the study materials. The fee is due only once the group is confirmed.",
			"8–14 participants",
			"6 EKAP",
			"EQF 4",
			"Welds fillet joints with MIG/MAG in positions PA and PB",
			"practical welding test",
			"school quality system",
			"Safety and equipment",
			'href="/en/pathways/test-vc/welder-4"',
			"module MIG/MAG welding",
			"anu@test.ee",
			"+372 5555 0000",
			'href="/courses/test-vc/cnc-basics.ics?lang=en"',
			'action="/en/courses/test-vc/cnc-basics/interest"',
			"kept until 24 months after the course ends, or until I unsubscribe; every e-mail has a link to see or erase it.",
		]) {
			expect(page, text).toContain(text);
		}
	});

	it("says on the page of a group confirmed by a go decision that it runs, not that it will be confirmed", async () => {
		const manager = await harness.as("manager");
		const created = await manager.request("POST", "/api/v1/institutions/test-vc/offerings", {
			body: healthyOffering({
				id: "confirmed",
				publication: "2027-02-01",
				milestoneStatus: { "catalogue-published": "done" },
				decision: "go",
			}),
		});
		expect(created.statusCode).toBe(201);
		const english = (await get("/en/courses/test-vc/confirmed")).body;
		expect(english).toContain("The group is confirmed: the course runs.");
		expect(english).toContain("The group is confirmed, so the fee is due.");
		expect(english).not.toContain("We confirm the group before it starts.");
		expect(english).not.toContain("The fee is due only once the group is confirmed.");
		const estonian = (await get("/et/courses/test-vc/confirmed")).body;
		expect(estonian).toContain("Grupp on kinnitatud: kursus toimub.");
		expect(estonian).not.toContain("Kinnitame grupi enne algust.");
	});

	it("says that a free course is free and has no fee to be due, and counts a group of one as one", async () => {
		const manager = await harness.as("manager");
		const created = await manager.request("POST", "/api/v1/institutions/test-vc/offerings", {
			body: healthyOffering({
				id: "free",
				publication: "2027-02-01",
				milestoneStatus: { "catalogue-published": "done" },
				fee: { amount: 0, currency: "EUR" },
				subsidy: { amount: 3000, currency: "EUR" },
				participants: { min: 1, max: 14 },
			}),
		});
		expect(created.statusCode).toBe(201);
		const english = (await get("/en/courses/test-vc/free")).body;
		expect(english).toContain(
			"<dd>Free<br><small>Includes the teaching and the study materials. The course is subsidised, so you pay nothing.</small></dd>",
		);
		expect(english).not.toContain("€0");
		expect(english).toContain("The course runs when at least 1 participant registers by");
		const estonian = (await get("/et/courses/test-vc/free")).body;
		expect(estonian).toContain(
			"<dd>Tasuta<br><small>Sisaldab õpet ja õppematerjale. Kursust toetatakse, seega sina ei maksa midagi.</small></dd>",
		);
		expect(estonian).toContain("Kursus toimub, kui vähemalt 1 osaleja registreerub");
		expect((await get("/en/")).body).toContain("<dd>Free</dd>");
	});

	it("gives a group of one size as one number, and a group of one as one participant", async () => {
		const manager = await harness.as("manager");
		for (const [id, size] of [
			["eight", 8],
			["tutoring", 1],
		] as const) {
			const created = await manager.request("POST", "/api/v1/institutions/test-vc/offerings", {
				body: healthyOffering({
					id,
					publication: "2027-02-01",
					milestoneStatus: { "catalogue-published": "done" },
					participants: { min: size, max: size },
				}),
			});
			expect(created.statusCode).toBe(201);
		}
		expect((await get("/en/courses/test-vc/eight")).body).toContain("<dd>8 participants</dd>");
		expect((await get("/et/courses/test-vc/eight")).body).toContain("<dd>8 osalejat</dd>");
		expect((await get("/en/courses/test-vc/tutoring")).body).toContain("<dd>1 participant</dd>");
		expect((await get("/et/courses/test-vc/tutoring")).body).toContain("<dd>1 osaleja</dd>");
	});

	it("links each page to its other languages and negotiates the language at /", async () => {
		const estonian = await get("/", { "accept-language": "et-EE,et;q=0.9,en;q=0.5" });
		expect(estonian.body).toContain('<html lang="et">');
		expect(estonian.headers.vary).toContain("Accept-Language");
		const english = await get("/", { "accept-language": "fr-FR, en;q=0.8" });
		expect(english.body).toContain('<html lang="en">');
		const page = (await get("/et/courses/test-vc/cnc-basics")).body;
		expect(page).toContain(
			'<link rel="canonical" href="https://kursused.test.ee/et/courses/test-vc/cnc-basics">',
		);
		expect(page).toContain(
			'<link rel="alternate" hreflang="en" href="https://kursused.test.ee/en/courses/test-vc/cnc-basics">',
		);
		expect(page).toContain("Õppetasu tuleb maksta alles siis, kui grupp on kinnitatud.");
	});

	it("shows each text in the page's language, and marks one shown in another language", async () => {
		const manager = await harness.as("manager");
		const created = await manager.request("POST", "/api/v1/institutions/test-vc/offerings", {
			body: healthyOffering({
				id: "bilingual",
				title: { et: "Keevituse alused", en: "Welding basics" },
				description: { et: "Õhtused tunnid töökojas." },
				location: "Tartu, keevitustöökoda",
				learningOutcomes: [
					{ et: "Keevitab nurkliiteid", en: "Welds fillet joints" },
					{ et: "Loeb keevitusjooniseid" },
				],
				publication: "2027-02-01",
				released: true,
			}),
		});
		if (created.statusCode !== 201) throw new Error(created.body);
		const english = (await get("/en/courses/test-vc/bilingual")).body;
		expect(english).toContain("<h1>Welding basics</h1>");
		expect(english).toContain("<title>Welding basics – Test Vocational College</title>");
		expect(english).toContain(
			'<p class="lead"><span lang="et">Õhtused tunnid töökojas.</span> <small class="translation">(in Estonian)</small></p>',
		);
		expect(english).toContain(
			'<dd><span lang="et">Tartu, keevitustöökoda</span> <small class="translation">(in Estonian)</small></dd>',
		);
		expect(english).toContain(
			'<ul><li>Welds fillet joints</li><li lang="et">Loeb keevitusjooniseid</li></ul><p><small class="translation">(in Estonian)</small></p>',
		);
		const estonian = (await get("/et/courses/test-vc/bilingual")).body;
		expect(estonian).toContain("<h1>Keevituse alused</h1>");
		expect(estonian).toContain('<p class="lead">Õhtused tunnid töökojas.</p>');
		expect(estonian).toContain(
			"<ul><li>Keevitab nurkliiteid</li><li>Loeb keevitusjooniseid</li></ul>",
		);
		expect(estonian).not.toContain('class="translation"');
		// A plain text is in the school's first language: marked on the English pages only.
		const card = /<h3><a href="\/en\/courses\/test-vc\/cnc-basics">(.*?)<\/a><\/h3>/.exec(
			(await get("/en/")).body,
		)?.[1];
		expect(card).toBe(
			'<span lang="et">CNC basics &lt;script&gt;alert(1)&lt;/script&gt;</span> <small class="translation">(in Estonian)</small>',
		);
		expect((await get("/et/")).body).toContain(
			'<h3><a href="/et/courses/test-vc/bilingual">Keevituse alused</a></h3>',
		);
	});

	it("finds a course by the words of any of its languages", async () => {
		const manager = await harness.as("manager");
		await manager.request("POST", "/api/v1/institutions/test-vc/offerings", {
			body: healthyOffering({
				id: "bilingual",
				title: { et: "Keevituse alused", en: "Welding basics" },
				publication: "2027-02-01",
				released: true,
			}),
		});
		const count = async (url: string) =>
			/<p class="count" role="status">(\d+)/.exec((await get(url)).body)?.[1];
		expect(await count("/en/?q=keevituse")).toBe("1");
		expect(await count("/et/?q=welding")).toBe("1");
	});

	it("finds Raamatupidamistarkvara by raamatupidamine, on the pages of either language", async () => {
		const manager = await harness.as("manager");
		await manager.request("POST", "/api/v1/institutions/test-vc/offerings", {
			body: healthyOffering({
				id: "accounting-software",
				title: "Raamatupidamistarkvara väikeettevõtjale",
				publication: "2027-02-01",
				released: true,
			}),
		});
		const count = async (url: string) =>
			/<p class="count" role="status">(\d+)/.exec((await get(url)).body)?.[1];
		expect(await count("/et/?q=raamatupidamine")).toBe("1");
		expect(await count("/en/?q=raamatupidamise")).toBe("1");
	});

	it("filters by field, level, fee and words", async () => {
		const count = async (query: string) =>
			/<p class="count" role="status">(\d+)/.exec((await get(`/en/?${query}`)).body)?.[1];
		expect(await count("")).toBe("1");
		expect(await count("field=engineering&level=4&feeMax=500")).toBe("1");
		expect(await count("feeMax=400")).toBe("0");
		expect(await count("q=beginners+evening")).toBe("1");
		expect(await count("q=pottery")).toBe("0");
		expect(await count("mode=online")).toBe("0");
	});

	it("names each card's school, and keeps two schools' intakes of the same id apart", async () => {
		// Both harness schools have an intake "autumn-2027"; give the other school a public course too.
		const admin = await harness.as("admin");
		const created = await admin.request("POST", "/api/v1/institutions/other-vc/offerings", {
			body: healthyOffering({
				id: "other-welding",
				title: "Welding at the other college",
				milestoneStatus: { "catalogue-published": "done" },
			}),
		});
		if (created.statusCode !== 201) throw new Error(created.body);
		const page = (await get("/en/")).body;
		const cards = page.split('<li class="card">').slice(1);
		expect(cards.map((card) => /<p class="school">(.*?)<\/p>/.exec(card)?.[1])).toEqual([
			"Test Vocational College",
			"Other College",
		]);
		expect(page).toContain(
			'<option value="other-vc/autumn-2027">Autumn 2027 · Other College</option><option value="test-vc/autumn-2027">Autumn 2027 · Test Vocational College</option>',
		);
		expect(page).toContain('<select id="filter-institution" name="institution">');
		// A card's title, without the note that marks a text in another language.
		const titles = async (query: string) =>
			[...(await get(`/en/?${query}`)).body.matchAll(/<h3><a href="[^"]*">(.*?)<\/a>/g)].map(
				(match) =>
					(match[1] ?? "")
						.replace(/ <small class="translation">.*?<\/small>/, "")
						.replace(/<[^>]+>/g, ""),
			);
		const ours = "CNC basics &lt;script&gt;alert(1)&lt;/script&gt;";
		const theirs = "Welding at the other college";
		expect(await titles("intake=other-vc%2Fautumn-2027")).toEqual([theirs]);
		expect(await titles("intake=test-vc%2Fautumn-2027")).toEqual([ours]);
		expect(await titles("intake=autumn-2027")).toEqual([ours, theirs]);
		expect(await titles("institution=other-vc")).toEqual([theirs]);
		expect(await titles("institution=test-vc&intake=other-vc%2Fautumn-2027")).toEqual([]);
	});

	it("shows a pathway with the courses that stack towards it", async () => {
		const page = await get("/en/pathways/test-vc/welder-4");
		expect(page.statusCode).toBe(200);
		expect(page.body).toContain("Pathway to Welder");
		expect(page.body).toContain('href="/en/courses/test-vc/cnc-basics"');
	});

	it("answers unknown and unpublished pages with a 404 page", async () => {
		expect((await get("/en/courses/test-vc/mig-welding")).statusCode).toBe(404);
		const missing = await get("/et/nowhere");
		expect(missing.statusCode).toBe(404);
		expect(missing.body).toContain('<html lang="et">');
	});

	it("answers an address whose first segment is no catalogue language with a 404, not the catalogue", async () => {
		for (const url of [
			"/admin",
			"/admin/",
			"/wp-login.php",
			"/xx/",
			"/EN/",
			"/xx/courses/test-vc/cnc-basics",
			"/xx/pathways/test-vc/welder-4",
			// Names every object has: a language is a catalogue's own, never an inherited property.
			"/__proto__/",
			"/constructor/",
			"/toString/",
			"/__proto__/courses/test-vc/cnc-basics",
			"/constructor/pathways/test-vc/welder-4",
		]) {
			const response = await get(url, { "accept-language": "en" });
			expect(response.statusCode, url).toBe(404);
			expect(response.body, url).not.toContain("cnc-basics");
			expect(response.body, url).toContain('<html lang="en">');
		}
		for (const [header, language] of [
			["__proto__", "et"],
			["constructor", "et"],
			["hasOwnProperty;q=0.9, en;q=0.5", "en"],
		]) {
			const page = await get("/", { "accept-language": header ?? "" });
			expect(page.statusCode, header).toBe(200);
			expect(page.body, header).toContain(`<html lang="${language}">`);
		}
		const robots = await get("/robots.txt");
		expect(robots.statusCode).toBe(200);
		expect(robots.body).toContain("Sitemap: https://kursused.test.ee/sitemap.xml");
	});

	it("shows a change to the plan at once", async () => {
		const manager = await harness.as("manager");
		const read = await manager.request("GET", "/api/v1/offerings/cnc-basics");
		await manager.request("PATCH", "/api/v1/offerings/cnc-basics", {
			body: { title: "CNC milling for beginners" },
			ifMatch: read.headers.etag as string,
		});
		expect((await get("/en/")).body).toContain("CNC milling for beginners");
	});

	it("serves the stylesheet", async () => {
		const css = await get("/assets/site.css");
		expect(css.headers["content-type"]).toBe("text/css; charset=utf-8");
		expect(css.body).toContain(".status-open");
	});

	it("takes absolute links from the public address, whatever Host a request names", async () => {
		// The first request of a page fills the cache: a forged Host must not get into it.
		const forged = await get("/en/courses/test-vc/cnc-basics", { host: "evil.example" });
		const honest = await get("/en/courses/test-vc/cnc-basics");
		for (const page of [forged.body, honest.body]) {
			expect(page).not.toContain("evil.example");
			expect(page).toContain(
				'<link rel="canonical" href="https://kursused.test.ee/en/courses/test-vc/cnc-basics">',
			);
		}
		const sitemap = await get("/sitemap.xml", { host: "evil.example" });
		expect(sitemap.body).toContain("<loc>https://kursused.test.ee/et/</loc>");
		expect(sitemap.body).not.toContain("evil.example");
	});

	it("reads a repeated or unknown query parameter as absent, not as a 500", async () => {
		const plain = await get("/en/");
		for (const url of [
			"/en/?q=a&q=b",
			"/en/?x=1",
			"/en/?level=4&level=5",
			"/en/?utm_source=a&utm_source=b",
		]) {
			const response = await get(url);
			expect(response.statusCode, url).toBe(200);
			expect(response.body, url).toBe(plain.body);
		}
		const offering = await get("/en/courses/test-vc/cnc-basics?utm_source=x&utm_source=y");
		expect(offering.statusCode).toBe(200);
	});
});
