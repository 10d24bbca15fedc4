import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderYearlyReportHtml } from "../../src/report/yearly-html.ts";
import { meanOf, sampleAnalysis, sampleYearlyReport } from "../fixtures/analysis.ts";
import { browserAvailable, launchBrowser } from "../fixtures/browser.ts";

/** The text of each page of a PDF, its lines joined by spaces. */
async function pageTexts(pdf: Uint8Array): Promise<string[]> {
	const document = await getDocument({ data: pdf, disableFontFace: true, useSystemFonts: false })
		.promise;
	const texts: string[] = [];
	for (let number = 1; number <= document.numPages; number++) {
		const content = await (await document.getPage(number)).getTextContent();
		// Items split words at ligatures ("o", "ff", "erings"): only a line's end is a space.
		texts.push(
			content.items
				.map((item) => ("str" in item ? item.str + (item.hasEOL ? " " : "") : ""))
				.join("")
				.replace(/\s+/g, " "),
		);
	}
	await document.destroy();
	return texts;
}

const report = () =>
	sampleYearlyReport({
		analysis: sampleAnalysis({
			summary: [{ kind: "overallFill", fill: meanOf(5, 0.55, 0.3, 0.8), reachedMinimum: 3 }],
		}),
	});

describe.skipIf(!browserAvailable)("the yearly report printed to PDF in Chromium", () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	async function printed(html: string): Promise<string[]> {
		const page = await browser.newPage();
		await page.setContent(html);
		const pdf = await page.pdf({ preferCSSPageSize: true });
		await page.close();
		return pageTexts(new Uint8Array(pdf));
	}

	it.each([
		[
			"en",
			"Emajõe Vocational College: the year 2027",
			"The year at a glance",
			"What the history shows",
			"The plots",
		],
		[
			"et",
			"Emajõe Vocational College: aasta 2027",
			"Aasta ülevaade",
			"Mida ajalugu näitab",
			"Joonised",
		],
	])(
		"in %s: the title first, then each intake on a page of its own, then the analysis",
		async (language, title, glance, analysis, plots) => {
			const pages = await printed(renderYearlyReportHtml(report(), { language }));
			expect(pages.length, pages.join("\n---\n")).toBe(4);
			const [first = "", spring = "", autumn = "", last = ""] = pages;
			expect(first).toContain(title);
			expect(first).toContain(glance);
			expect(spring.trimStart().startsWith("Spring 2027"), spring).toBe(true);
			expect(spring).toContain("Course s1");
			expect(spring).toContain("Course s2");
			expect(autumn.trimStart().startsWith("Autumn 2027"), autumn).toBe(true);
			expect(autumn).toContain("Course a1");
			expect(last.trimStart().startsWith(analysis), last).toBe(true);
			expect(last).toContain(plots);
			expect(last).toContain(
				language === "en"
					? "Past offerings filled 55%"
					: "Varasemad pakkumised täitsid keskmiselt 55%",
			);
		},
	);

	it("fits the plots and tables to an A4 page's width when printed", async () => {
		const page = await browser.newPage({ viewport: { width: 703, height: 1000 } });
		await page.setContent(renderYearlyReportHtml(report(), { language: "et" }));
		await page.emulateMedia({ media: "print" });
		// The page's own width, how far it scrolls, and the right edge of its widest plot or table.
		const widths = (await page.evaluate(`({
			page: document.documentElement.clientWidth,
			scroll: document.documentElement.scrollWidth,
			widest: Math.max(...[...document.querySelectorAll("svg, table")].map((e) => e.getBoundingClientRect().right)),
			plots: document.querySelectorAll("figure.plot svg").length,
		})`)) as { page: number; scroll: number; widest: number; plots: number };
		await page.close();
		expect(widths.plots).toBe(4);
		expect(widths.scroll).toBeLessThanOrEqual(widths.page);
		expect(widths.widest).toBeLessThanOrEqual(widths.page);
	});
});
