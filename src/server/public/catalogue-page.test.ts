import { beforeAll, describe, expect, it } from "vitest";
import { demoCatalogue } from "../../../test/fixtures/demo.ts";
import { translator } from "../../i18n/index.ts";
import type { PublicCatalogue } from "../../service/catalogue.ts";
import { cataloguePage } from "./catalogue-page.ts";

const baseUrl = "https://kairos.example";

describe("cataloguePage", () => {
	let catalogue: PublicCatalogue;
	beforeAll(async () => {
		catalogue = await demoCatalogue();
	});
	const page = (language: string, filters = {}) =>
		cataloguePage(catalogue, filters, language, translator(language), baseUrl);
	const fieldFilter = (html: string) =>
		/<select id="filter-field" name="field">(.*?)<\/select>/s.exec(html)?.[1];

	it("names the fields of study by their names in the page's language, in their order", () => {
		expect(fieldFilter(page("et"))).toBe(
			'<option value="">Kõik</option><option value="construction">Ehitus</option><option value="it">Info- ja kommunikatsioonitehnoloogia</option><option value="hospitality">Majutamine ja toitlustus</option><option value="social-care">Sotsiaaltöö ja hoolekanne</option><option value="engineering">Tehnika ja tootmine</option><option value="business">Ärindus ja raamatupidamine</option>',
		);
		expect(fieldFilter(page("en"))).toContain(
			'<option value="hospitality">Hospitality and catering</option>',
		);
	});

	it("makes a field id readable when the school lists no fields", () => {
		const bare: PublicCatalogue = {
			...catalogue,
			institutions: catalogue.institutions.map((entry) => {
				const { fields: _, ...institution } = entry.institution;
				return {
					...entry,
					institution,
					offerings: entry.offerings.map((offering) => ({ ...offering, institution })),
				};
			}),
		};
		const html = cataloguePage(bare, {}, "en", translator("en"), baseUrl);
		expect(fieldFilter(html)).toContain('<option value="social-care">Social care</option>');
	});

	it("finds a course by an Estonian word in another form than the text's", () => {
		const count = (language: string, q: string) =>
			/<p class="count" role="status">(\d+)/.exec(page(language, { q }))?.[1];
		// "Saiakesed ja koogid väikepagaritele", "CNC-freesimine metallitöötajatele".
		expect(count("et", "saiakestega")).toBe("1");
		expect(count("en", "väikepagar")).toBe("1");
		expect(count("et", "freesimisest")).toBe("1");
		expect(count("et", "freesimisest keevitus")).toBe("0");
	});
});
