import { describe, expect, it } from "vitest";
import {
	pastFact,
	sampleAnalysis,
	sampleYearlyReport,
	yearlyOffering,
} from "../../test/fixtures/analysis.ts";
import type { Analysis } from "../model/analysis.ts";
import { renderAnalysisHtml } from "./analysis-html.ts";
import { renderAnalysisText } from "./analysis-text.ts";
import { renderYearlyReportHtml } from "./yearly-html.ts";

const hostile = "<script>alert(1)</script>";

const atRisk: Analysis["atRisk"] = [
	{
		id: "welding",
		title: `Welding ${hostile}`,
		intake: "autumn-2027",
		leadTimeDays: 35,
		coverage: 0,
		minimum: 8,
		places: 16,
		expectedFill: { fit: 0.31, low: 0.2, high: 0.42, prediction: { low: 0.02, high: 0.6 } },
		by: "coverage",
	},
];

/** An analysis whose every text from the plan is a script. */
function hostileAnalysis(): Analysis {
	return sampleAnalysis({
		institution: { id: "emajoe", name: `College ${hostile}` },
		pastOfferings: [pastFact("x", { leadTimeDays: 70, coverage: 0.5, fill: 0.5, title: hostile })],
		byField: [{ key: "ict", label: hostile, n: 1, mean: 0.5, low: null, high: null }],
		byChannel: [{ channel: hostile, registrations: 3, share: 1 }],
		atRisk,
	});
}

describe("renderAnalysisHtml", () => {
	it("writes one page with the summary, three plots, the groups and the offerings at risk", () => {
		const page = renderAnalysisHtml(
			sampleAnalysis({ summary: [{ kind: "tooLittleData", n: 4, needed: 10 }], atRisk }),
			{ language: "en" },
		);
		expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
		expect(page.match(/<svg role="img"/g)).toHaveLength(4);
		expect(page).toContain(
			`<h2 id="groups-heading">Fill by group</h2>\n<p class="note">Each mean comes with its n and its 95% interval: a small group&#39;s interval is wide. The tables do not test whether groups differ, so do not rank them by their means.</p>`,
		);
		expect(page).toContain(
			"<li>There is too little data to conclude anything yet: 4 past offerings have a known result, and the analysis needs at least 10.</li>",
		);
		const section = page.slice(page.indexOf('<section aria-labelledby="at-risk-heading">'));
		expect(
			section.slice(0, section.indexOf("</section>") + 10),
		).toBe(`<section aria-labelledby="at-risk-heading">
<h2 id="at-risk-heading">This year&#39;s offerings at risk</h2>
<p class="note">Offerings planned now whose lead time or decision-window coverage falls where the line fitted to past offerings lies below their minimum group: offerings timed so fell short more often than not. The range is where one offering timed so would fill 95 times in 100; it is wide, as single courses vary much more than the average does.</p>
<table>
<caption>This year&#39;s offerings at risk</caption>
<thead><tr><th scope="col">Offering</th><th scope="col">Intake</th><th scope="col" class="number">Lead time</th><th scope="col" class="number">Coverage</th><th scope="col">Expected fill (95% range)</th><th scope="col" class="number">Minimum fill</th><th scope="col">From</th></tr></thead>
<tbody>
<tr><td>Welding &lt;script&gt;alert(1)&lt;/script&gt;</td><td>autumn-2027</td><td class="number">5 weeks</td><td class="number">0%</td><td>31% (2% – 60%)</td><td class="number">50%</td><td>coverage</td></tr>
</tbody>
</table>
</section>`);
	});

	it("is written in Estonian when asked", () => {
		const page = renderAnalysisHtml(sampleAnalysis(), { language: "et" });
		expect(page).toMatch(/^<!doctype html>\n<html lang="et">/);
		expect(page).toContain("<h1>Emajõe Vocational College: Mida ajastus täitumusega tegi</h1>");
		expect(page).toContain(
			'<p class="note">Ükski praegu kavandatud pakkumine ei jää sinna, kus varasemad halvasti täitusid.</p>',
		);
	});

	it("keeps a plan's script escaped everywhere: names, titles, labels and channels", () => {
		const page = renderAnalysisHtml(hostileAnalysis(), { language: "en" });
		expect(page).not.toContain("<script");
		expect(page).toContain(
			"<title>What timing did to fill – College &lt;script&gt;alert(1)&lt;/script&gt;</title>",
		);
		expect(page).toContain("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>");
		const [spring] = sampleYearlyReport().intakes;
		if (spring === undefined) throw new Error("the sample report has its spring intake");
		const yearly = renderYearlyReportHtml(
			sampleYearlyReport({
				institution: { id: "emajoe", name: hostile },
				analysis: hostileAnalysis(),
				intakes: [
					{
						...spring,
						label: hostile,
						offerings: [yearlyOffering("s1", { title: hostile })],
					},
				],
			}),
			{ language: "en" },
		);
		expect(yearly).not.toContain("<script");
		expect(yearly).toContain("<h1>&lt;script&gt;alert(1)&lt;/script&gt;: the year 2027</h1>");
		expect(yearly).toContain(
			'<h2 id="intake-spring-2027">&lt;script&gt;alert(1)&lt;/script&gt;</h2>',
		);
	});
});

describe("renderAnalysisText", () => {
	it("prints the summary, the groups as aligned tables and the offerings at risk", () => {
		const text = renderAnalysisText(
			sampleAnalysis({ summary: [{ kind: "tooLittleData", n: 4, needed: 10 }], atRisk }),
			{ language: "en" },
		);
		expect(text).toBe(`Emajõe Vocational College: What timing did to fill (as of 2027-03-01)

Summary
- There is too little data to conclude anything yet: 4 past offerings have a known result, and the analysis needs at least 10.

By field
Each mean comes with its n and its 95% interval: a small group's interval is wide. The tables do not test whether groups differ, so do not rank them by their means.
FIELD  N  FILL  95% INTERVAL
ICT    5  55%   30% – 80%

By intake
INTAKE  N  FILL  95% INTERVAL
Autumn  5  55%   30% – 80%

Registrations by channel
CHANNEL     REGISTRATIONS  SHARE
website     30             60%
newsletter  20             40%

This year's offerings at risk
Offerings planned now whose lead time or decision-window coverage falls where the line fitted to past offerings lies below their minimum group: offerings timed so fell short more often than not. The range is where one offering timed so would fill 95 times in 100; it is wide, as single courses vary much more than the average does.
OFFERING                                   INTAKE       LEAD TIME  COVERAGE  EXPECTED FILL (95% RANGE)  MINIMUM FILL  FROM
welding Welding <script>alert(1)</script>  autumn-2027  5 weeks    0%        31% (2% – 60%)             50%           coverage
`);
	});

	it("says a table with no rows is empty, and that no line yet tells which offerings are at risk", () => {
		const analysis = sampleAnalysis({
			leadTime: null,
			coverage: null,
			byIntake: [],
			byChannel: [],
		});
		const text = renderAnalysisText(analysis, { language: "en" });
		expect(text).toContain(`By intake
No past offering gives this.

Registrations by channel
No past offering gives this.

This year's offerings at risk
The history shows no clear link between timing and fill yet, so it cannot tell which offerings planned now are at risk.
`);
		const page = renderAnalysisHtml(analysis, { language: "et" });
		expect(page).toContain(
			'<tbody>\n<tr><td colspan="3">Ükski varasem pakkumine seda ei anna.</td></tr>\n</tbody>',
		);
		expect(page).toContain(
			'<p class="note">Ajalugu ei näita veel selget seost ajastuse ja täitumuse vahel, seega ei saa sellest öelda, millised praegu kavandatud pakkumised on ohus.</p>',
		);
		const linked = renderAnalysisText(sampleAnalysis({ atRisk: [] }), { language: "en" });
		expect(linked).toContain(
			"This year's offerings at risk\nNo offering planned now falls where past offerings filled badly.\n",
		);
	});
});
