import { describe, expect, it } from "vitest";
import { sampleYearlyReport } from "../../test/fixtures/analysis.ts";
import { renderYearlyReportHtml } from "./yearly-html.ts";

/** The sample report with 12 intakes like its spring one, then one entry standing for `count` more. */
function withSummedIntakes(count: number) {
	const [spring, autumn] = sampleYearlyReport().intakes;
	if (!spring || !autumn) throw new Error("the sample report has two intakes");
	const singly = Array.from({ length: 12 }, (_, index) =>
		index === 0 ? spring : { ...spring, id: `term-${index}`, label: `Term ${index}` },
	);
	return sampleYearlyReport({
		intakes: [...singly, { ...autumn, id: "", label: "", otherIntakes: count }],
	});
}

describe("renderYearlyReportHtml of a year with more intakes than a school has", () => {
	it("names the entry that sums the intakes past the first by how many it sums", () => {
		const page = renderYearlyReportHtml(withSummedIntakes(19_988), { language: "en" });
		expect(page).toContain(
			'<section class="intake" aria-labelledby="other-intakes">\n<h2 id="other-intakes">19988 other intakes</h2>\n<p class="note">This year has more intakes than a school runs: those past the 12 with the most offerings are summed here, and their offerings are in one table.</p>',
		);
		expect(page).toContain("<tr><td>19988 other intakes</td>");
		expect(page).toContain('<h2 id="intake-spring-2027">Spring 2027</h2>');
	});

	it("says it in Estonian, one intake as one", () => {
		const page = renderYearlyReportHtml(withSummedIntakes(1), { language: "et" });
		expect(page).toContain('<h2 id="other-intakes">1 muu vastuvõtt</h2>');
		expect(page).toContain("kõige rohkemate pakkumistega vastuvõttu, on siin kokku võetud");
	});
});

describe("renderYearlyReportHtml's year at a glance", () => {
	it("says which offerings its fill, enrolments, spend and cost per enrolment count", () => {
		expect(renderYearlyReportHtml(sampleYearlyReport(), { language: "en" })).toContain(
			'</table>\n<p class="note">Fill, enrolments and cost per enrolment are those of the offerings that ran; the communication spend is that of every offering, cancelled ones included.</p>',
		);
		expect(renderYearlyReportHtml(sampleYearlyReport(), { language: "et" })).toContain(
			"kommunikatsioonikulu on kõigi pakkumiste oma, ka ärajäänute.",
		);
	});
});
