import { describe, expect, it } from "vitest";
import { robotsTxt } from "./robots.ts";

describe("robotsTxt", () => {
	it("allows the catalogue, keeps the API, the staff app and one-time links out, and names the sitemap", () => {
		expect(robotsTxt({ baseUrl: "https://kursused.kool.ee/", languages: ["et", "en"] })).toBe(
			[
				"User-agent: *",
				"Allow: /",
				"Disallow: /api/",
				"Disallow: /app/",
				"Disallow: /et/confirm/",
				"Disallow: /et/unsubscribe/",
				"Disallow: /et/my-data/",
				"Disallow: /en/confirm/",
				"Disallow: /en/unsubscribe/",
				"Disallow: /en/my-data/",
				"",
				"Sitemap: https://kursused.kool.ee/sitemap.xml",
				"",
			].join("\n"),
		);
	});
});
