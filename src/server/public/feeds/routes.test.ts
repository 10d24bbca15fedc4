import Fastify, { type FastifyError, type FastifyInstance } from "fastify";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoCatalogue } from "../../../../test/fixtures/demo.ts";
import type { PublicCatalogue } from "../../../service/catalogue.ts";
import { sendProblem } from "../../problem.ts";
import { embedScript } from "../embed/embed-script.ts";
import { registerFeedRoutes } from "./routes.ts";

describe("the feed routes", () => {
	let app: FastifyInstance;
	let catalogue: PublicCatalogue;
	beforeAll(async () => {
		catalogue = await demoCatalogue();
		app = Fastify();
		app.setErrorHandler((error: FastifyError, request, reply) =>
			sendProblem(error, request, reply),
		);
		registerFeedRoutes(app, {
			catalogue: async () => catalogue,
			baseUrl: "https://kairos.example",
			stamp: () => new Date("2027-05-03T08:00:00Z"),
		});
		await app.ready();
	});
	afterAll(async () => {
		await app?.close();
	});
	const offerings = () => catalogue.institutions.flatMap((entry) => entry.offerings);
	const get = (url: string, headers: Record<string, string> = {}) =>
		app.inject({ method: "GET", url, headers: { host: "kairos.example", ...headers } });

	it("GET /feeds/catalogue.ics serves every public course as a calendar", async () => {
		const response = await get("/feeds/catalogue.ics");
		expect(response.statusCode).toBe(200);
		expect(response.headers["content-type"]).toBe("text/calendar; charset=utf-8");
		const calendar = new ICAL.Component(ICAL.parse(response.body));
		expect(calendar.getAllSubcomponents("vevent")).toHaveLength(offerings().length * 2);
		expect(response.body).toContain("https://kairos.example/en/courses/emajoe-vc/");
	});

	it("GET /feeds/catalogue.jsonld serves JSON-LD that any site may read", async () => {
		const response = await get("/feeds/catalogue.jsonld?lang=en");
		expect(response.statusCode).toBe(200);
		expect(response.headers["content-type"]).toBe("application/ld+json; charset=utf-8");
		expect(response.headers["access-control-allow-origin"]).toBe("*");
		const list = response.json();
		expect(list["@type"]).toBe("ItemList");
		expect(list.itemListElement).toHaveLength(offerings().length);
		expect(list.itemListElement[0].item.url).toMatch(/^https:\/\/kairos\.example\/en\/courses\//);
		const estonian = (await get("/feeds/catalogue.jsonld")).json();
		expect(estonian.itemListElement[0].item.url).toMatch(
			/^https:\/\/kairos\.example\/et\/courses\//,
		);
	});

	it("GET /feeds/catalogue.jsonld narrows to one institution, and refuses unknown ones and languages", async () => {
		const one = await get("/feeds/catalogue.jsonld?lang=et&institution=emajoe-vc");
		expect(one.json().itemListElement).toHaveLength(offerings().length);
		const unknown = await get("/feeds/catalogue.jsonld?institution=nowhere");
		expect(unknown.statusCode).toBe(404);
		expect(unknown.headers["content-type"]).toMatch(/^application\/problem\+json/);
		expect(unknown.headers["access-control-allow-origin"]).toBe("*");
		const klingon = await get("/feeds/catalogue.jsonld?lang=tlh");
		expect(klingon.statusCode).toBe(400);
		expect(klingon.json().code).toBe("bad_request");
	});

	it("GET /sitemap.xml lists the public pages with hreflang alternates", async () => {
		const response = await get("/sitemap.xml");
		expect(response.statusCode).toBe(200);
		expect(response.headers["content-type"]).toBe("application/xml; charset=utf-8");
		expect(response.body).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset /);
		expect(response.body).toContain("<loc>https://kairos.example/et/</loc>");
		expect(response.body).toContain('hreflang="x-default" href="https://kairos.example/et/"');
	});

	it("GET /robots.txt serves the rules for crawlers, naming the sitemap at the public address", async () => {
		const response = await get("/robots.txt", { host: "evil.example" });
		expect(response.statusCode).toBe(200);
		expect(response.headers["content-type"]).toBe("text/plain; charset=utf-8");
		expect(response.body).toMatch(/^User-agent: \*\nAllow: \/\n/);
		expect(response.body).toContain("\nSitemap: https://kairos.example/sitemap.xml\n");
		expect(response.body).not.toContain("evil.example");
	});

	it("GET /embed.js serves the widget to any site, cacheable", async () => {
		const response = await get("/embed.js");
		expect(response.statusCode).toBe(200);
		expect(response.headers["content-type"]).toBe("text/javascript; charset=utf-8");
		expect(response.headers["access-control-allow-origin"]).toBe("*");
		expect(response.headers["cross-origin-resource-policy"]).toBe("cross-origin");
		expect(response.headers["cache-control"]).toBe("public, max-age=3600");
		expect(response.body).toBe(embedScript);
	});

	it("answers 304 to a client that holds the current ETag", async () => {
		for (const url of [
			"/embed.js",
			"/feeds/catalogue.ics",
			"/feeds/catalogue.jsonld?lang=et",
			"/sitemap.xml",
			"/robots.txt",
		]) {
			const first = await get(url);
			const etag = first.headers.etag;
			expect(typeof etag).toBe("string");
			const again = await get(url, { "if-none-match": String(etag) });
			expect(again.statusCode).toBe(304);
			expect(again.body).toBe("");
		}
		const english = await get("/feeds/catalogue.jsonld?lang=en");
		const estonian = await get("/feeds/catalogue.jsonld?lang=et");
		expect(english.headers.etag).not.toBe(estonian.headers.etag);
	});

	it("GET /courses/:institution/:offering.ics serves one course's events", async () => {
		const response = await get("/courses/emajoe-vc/pastry-autumn-2027.ics");
		expect(response.statusCode).toBe(200);
		expect(response.headers["content-type"]).toBe("text/calendar; charset=utf-8");
		expect(response.headers["content-disposition"]).toBe(
			'attachment; filename="pastry-autumn-2027.ics"',
		);
		const uids = new ICAL.Component(ICAL.parse(response.body))
			.getAllSubcomponents("vevent")
			.map((vevent) => new ICAL.Event(vevent).uid);
		expect(uids).toEqual([
			"course.emajoe-vc.pastry-autumn-2027@kairos",
			"deadline.emajoe-vc.pastry-autumn-2027@kairos",
		]);
	});

	it("GET /courses/:institution/:offering.ics?lang= writes the calendar in that language", async () => {
		const summaries = async (url: string) =>
			new ICAL.Component(ICAL.parse((await get(url)).body))
				.getAllSubcomponents("vevent")
				.map((vevent) => new ICAL.Event(vevent).summary);
		expect(await summaries("/courses/emajoe-vc/pastry-autumn-2027.ics?lang=et")).toEqual([
			"Saiakesed ja koogid väikepagaritele (Emajõe Vocational College)",
			"Registreerimise tähtaeg: Saiakesed ja koogid väikepagaritele (Emajõe Vocational College)",
		]);
		expect((await summaries("/feeds/catalogue.ics?lang=et")).length).toBe(offerings().length * 2);
		const klingon = await get("/courses/emajoe-vc/pastry-autumn-2027.ics?lang=tlh");
		expect(klingon.statusCode).toBe(400);
	});

	it("GET /courses/:institution/:offering.ics is a 404 problem for a course that is not public", async () => {
		for (const url of [
			// Started on 2027-02-08, so no longer public on 2027-05-03.
			"/courses/emajoe-vc/tig-welding-spring-2027.ics",
			"/courses/emajoe-vc/no-such-course.ics",
			"/courses/nowhere/pastry-autumn-2027.ics",
		]) {
			const response = await get(url);
			expect(response.statusCode).toBe(404);
			expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
			expect(response.json()).toMatchObject({ status: 404, code: "not_found" });
		}
	});
});
