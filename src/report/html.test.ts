import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { planWithHolidays } from "../holidays/plan-with-holidays.ts";
import { html } from "../html/template.ts";
import { parseText } from "../model/parse-text.ts";
import type { Finding, PlanReport } from "../model/report.ts";
import { validatePlan } from "../model/validate.ts";
import { renderHtml } from "./html.ts";
import { mondayOfIsoWeek, percent } from "./html-format.ts";

const demoText = readFileSync(new URL("../../examples/demo-school.yaml", import.meta.url), "utf8");

function demoReport(today?: string): PlanReport {
	const parsed = parseText(demoText, "yaml", "demo-school.yaml");
	if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join("\n"));
	const validated = validatePlan(parsed.value);
	if (!validated.ok)
		throw new Error(validated.problems.map((problem) => problem.message).join("\n"));
	return planWithHolidays(validated.plan, { today });
}

const report = demoReport("2027-05-03");
const page = renderHtml(report);

/** Offering id → the risk class of its bar in the timing map, in the order the rows appear. */
function barRisks(html: string): Map<string, string> {
	const rows = html.matchAll(
		/<a class="offering-row risk-\w+" href="#offering-([^"]+)">[\s\S]*?<rect class="bar risk-(\w+)"/g,
	);
	return new Map([...rows].map(([, id, risk]) => [id ?? "", risk ?? ""]));
}

function sectionOf(html: string, offeringId: string): string {
	const start = html.indexOf(`id="offering-${offeringId}"`);
	expect(start).toBeGreaterThan(-1);
	return html.slice(start, html.indexOf("</section>", start));
}

function count(html: string, text: string): number {
	return html.split(text).length - 1;
}

/** Text as the page shows it, escaped. */
function escaped(text: string): string {
	return html`${text}`.toString();
}

/** The element around the first `marker`: from the `opening` before it to the `closing` after it. */
function fragment(html: string, opening: string, marker: string, closing: string): string {
	const at = html.indexOf(marker);
	expect(at).toBeGreaterThan(-1);
	return html.slice(html.lastIndexOf(opening, at), html.indexOf(closing, at) + closing.length);
}

const errorFinding: Finding = {
	code: "NO_COMMUNICATION_BUDGET",
	severity: "error",
	message: "no communication costs in the budget",
	suggestion: "add a communication line",
};

describe("renderHtml", () => {
	it("renders one self-contained document with no external references or scripts", () => {
		expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
		expect(count(page, "<html")).toBe(1);
		expect(page.trimEnd().endsWith("</html>")).toBe(true);
		expect(count(page, "<style>")).toBe(1);
		expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|@font-face/i);
		expect(page).not.toMatch(/\ssrc=/i);
		const targets = [...page.matchAll(/\shref="([^"]*)"/g)].map(([, target]) => target ?? "");
		expect(targets.length).toBeGreaterThan(0);
		expect(targets.filter((target) => !target.startsWith("#"))).toEqual([]);
		expect(page).not.toMatch(/url\((?!#)/);
	});

	it("links every internal reference to an element of the page", () => {
		const ids = new Set([...page.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id));
		const targets = [...page.matchAll(/\shref="#([^"]+)"/g)].map(([, target]) => target);
		for (const target of targets) expect(ids).toContain(target);
	});

	it("draws the timing map as an accessible SVG with one bar per offering", () => {
		expect(count(page, '<svg class="timing-map"')).toBe(1);
		expect(page).toMatch(
			/<svg class="timing-map"[^>]* role="img" aria-labelledby="timing-map-title/,
		);
		expect(page).toContain('<title id="timing-map-title">Timing map of 21 offerings');
		expect(count(page, '<rect class="bar ')).toBe(report.offerings.length);
		expect(count(page, '<line class="course"')).toBe(report.offerings.length);
		expect([...barRisks(page).keys()].sort()).toEqual(
			report.offerings.map((offering) => offering.id).sort(),
		);
		const barTitles = page.match(/<rect class="bar [^>]*><title>[^<]+<\/title><\/rect>/g) ?? [];
		expect(barTitles).toHaveLength(report.offerings.length);
	});

	it("shades each intake's decision window once, with its dates", () => {
		const windows = new Set(
			report.offerings.map(
				(offering) => `${offering.decisionWindow.from} to ${offering.decisionWindow.to}`,
			),
		);
		expect(windows.size).toBe(3);
		expect(count(page, '<g class="decision-window">')).toBe(windows.size);
		for (const window of windows) expect(page).toContain(`: ${window}</title>`);
	});

	it("says that any group size breaks even when the subsidy covers the fixed costs", () => {
		const changed = structuredClone(report);
		const [free, never] = changed.offerings;
		if (!free || !never) throw new Error("the demo school has offerings");
		free.breakEvenParticipants = 0;
		never.breakEvenParticipants = null;
		const html = renderHtml(changed);
		expect(sectionOf(html, free.id)).toContain("<dd>any group size <span");
		expect(sectionOf(html, never.id)).toContain("<dd>never <span");
	});

	it("shows an offering without an intake with its own decision window, in a group of its own", () => {
		const changed = structuredClone(report);
		for (const offering of changed.offerings.slice(0, 2)) offering.intake = null;
		const html = renderHtml(changed);
		expect(count(html, '<g class="decision-window">')).toBe(3 + 2);
		expect(html).toContain("No intake · 2 offerings");
		expect(html).toContain("<h3>No intake</h3>");
	});

	it("groups rows by intake, in the report's intake order, and sorts them by start", () => {
		const intakeIndex = (id: string | null) =>
			report.intakes.findIndex((intake) => intake.id === id);
		const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
		const expected = [...report.offerings]
			.sort(
				(a, b) =>
					intakeIndex(a.intake) - intakeIndex(b.intake) ||
					byText(a.start, b.start) ||
					byText(a.title, b.title),
			)
			.map((offering) => offering.id);
		expect([...barRisks(page).keys()]).toEqual(expected);
	});

	it("colours each bar by the worst severity among its offering's findings", () => {
		const risks = barRisks(page);
		for (const offering of report.offerings) {
			const severities = offering.findings.map((finding) => finding.severity);
			const expected = severities.includes("error")
				? "error"
				: severities.includes("warning")
					? "warning"
					: "none";
			expect(risks.get(offering.id), offering.id).toBe(expected);
		}
		expect(risks.get("mig-welding-autumn-2027")).toBe("error");
		expect(risks.get("cnc-milling-autumn-2027")).toBe("warning");
		expect(risks.get("tig-welding-spring-2027")).toBe("none");
		expect(page).toContain(
			'<section class="offering risk-error" id="offering-mig-welding-autumn-2027"',
		);
	});

	it("follows the findings: an error finding turns a clean offering's bar to error", () => {
		const changed = structuredClone(report);
		const clean = changed.offerings.find((offering) => offering.id === "tig-welding-spring-2027");
		clean?.findings.push(errorFinding);
		const risks = barRisks(renderHtml(changed));
		expect(risks.get("tig-welding-spring-2027")).toBe("error");
		expect(risks.get("python-basics-spring-2027")).toBe("none");
	});

	it("shows every finding with its severity, code, message and suggestion", () => {
		const all = [...report.offerings.flatMap((offering) => offering.findings), ...report.findings];
		expect(all.length).toBe(report.summary.errors + report.summary.warnings);
		for (const finding of all) {
			expect(page).toContain(`<code>${finding.code}</code>`);
			expect(page).toContain(escaped(finding.message));
			expect(page).toContain(escaped(finding.suggestion));
		}
		for (const offering of report.offerings) {
			const section = sectionOf(page, offering.id);
			expect(count(section, '<li class="finding ')).toBe(offering.findings.length);
			for (const finding of offering.findings) {
				expect(section).toContain(`<li class="finding severity-${finding.severity}">`);
			}
		}
		expect(count(page, "OVER_CAPACITY")).toBe(report.findings.length);
	});

	it("gives each offering a section with its facts and milestones", () => {
		for (const offering of report.offerings) {
			const section = sectionOf(page, offering.id);
			expect(section).toContain(escaped(offering.title));
			expect(section).toContain(`${offering.leadTimeDays} days`);
			expect(section).toContain(percent(offering.decisionWindowCoverage));
			expect(section).toContain(`${percent(offering.communicationShare)} of costs`);
			expect(section).toContain(`${offering.breakEvenParticipants} participants`);
			expect(count(section, '<th scope="row">')).toBe(offering.milestones.length);
			for (const milestone of offering.milestones) expect(section).toContain(milestone.due);
		}
		expect(sectionOf(page, "tig-welding-spring-2027")).toContain(
			"moved from 2026-12-28: Christmas break",
		);
		expect(sectionOf(page, "tig-welding-spring-2027")).toContain(
			"<div><dt>Go/no-go</dt><dd>go: the group runs</dd></div>",
		);
		expect(sectionOf(page, "mig-welding-autumn-2027")).not.toContain("Go/no-go</dt>");
	});

	it("puts the institution, today, the summary and a legend in the header", () => {
		const header = page.slice(page.indexOf("<header"), page.indexOf("</header>"));
		expect(header).toContain("<h1>Emajõe Vocational College</h1>");
		expect(header).toContain('<time datetime="2027-05-03">2027-05-03</time>');
		const { summary } = report;
		expect(header).toContain(`<span class="number">${summary.offerings}</span> offerings`);
		expect(header).toContain(`<span class="number">${summary.errors}</span> errors`);
		expect(header).toContain(`<span class="number">${summary.warnings}</span> warnings`);
		expect(header).toContain('class="legend"');
		expect(page).toContain('<g class="today">');
	});

	it("leaves out the today line when the report has no today", () => {
		const html = renderHtml(demoReport());
		expect(html).not.toContain('<g class="today">');
		expect(html).not.toContain("<time");
	});

	it("marks the over-capacity cells of the workload table in words", () => {
		const over = report.workload.filter(
			(cell) => cell.capacity !== null && cell.hours > cell.capacity,
		);
		expect(over.length).toBe(4);
		expect(count(page, '<td class="over">')).toBe(over.length);
		expect(count(page, '<span class="over-label">over</span>')).toBe(over.length);
		expect(page).toContain("<strong>135.2</strong>");
	});

	it("escapes every text from the report", () => {
		const hostile = structuredClone(report);
		const [first] = hostile.offerings;
		if (first === undefined) throw new Error("the demo has offerings");
		first.title = `<script>alert("x")</script> & co`;
		first.findings.push({ ...errorFinding, message: "<img src=x onerror=alert(1)>" });
		hostile.institution.name = "<b>School</b>";
		const html = renderHtml(hostile);
		expect(html).not.toContain("<script");
		expect(html).not.toContain("<img");
		expect(html).not.toContain("<b>School</b>");
		expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co");
		expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
		expect(html).toContain("&lt;b&gt;School&lt;/b&gt;");
	});

	it("writes an institution finding with hostile texts and ids escaped, exactly", () => {
		const hostile = structuredClone(report);
		const [first] = hostile.offerings;
		if (first === undefined) throw new Error("the demo has offerings");
		first.id = `a"b&c`;
		first.title = `<i>Tom & Jerry's</i>`;
		hostile.findings = [
			{
				code: "OVER_CAPACITY",
				severity: "warning",
				message: `marketing: 50 h > 42 h in "2027-W11"`,
				suggestion: "move <work> & 'tasks'",
				offerings: [first.id],
			},
		];
		const findings = fragment(
			renderHtml(hostile),
			'<ul class="findings">',
			"OVER_CAPACITY",
			"</ul>",
		);
		expect(findings).toBe(`<ul class="findings"><li class="finding severity-warning">
<p class="finding-head"><svg class="mark" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false"><use href="#kairos-mark-warning"/></svg> <span class="severity">Warning</span> <code>OVER_CAPACITY</code></p>
<p class="finding-message">marketing: 50 h &gt; 42 h in &quot;2027-W11&quot;</p>
<p class="suggestion"><span class="suggestion-label">Suggestion:</span> move &lt;work&gt; &amp; &#39;tasks&#39;</p>
<p class="finding-offerings">Offerings: <a href="#offering-a&quot;b&amp;c">&lt;i&gt;Tom &amp; Jerry&#39;s&lt;/i&gt;</a></p>
</li></ul>`);
	});

	it("writes a moved, flagged milestone row with hostile texts escaped, exactly", () => {
		const hostile = structuredClone(report);
		const [first] = hostile.offerings;
		const [milestone] = first?.milestones ?? [];
		if (first === undefined || milestone === undefined) throw new Error("the demo has milestones");
		hostile.people = [
			{ id: "owner-1", name: `O'Brien & <Sons>`, email: "ob@example.com", roles: ["manager"] },
		];
		Object.assign(milestone, {
			key: "brief",
			label: `Brief "staff" <now>`,
			role: "manager",
			kind: "task",
			owner: "owner-1",
			due: "2026-12-23",
			status: "doing",
			moved: { from: "2026-12-28", reason: "Christmas <break> & 'rest'" },
		});
		first.findings.push({ ...errorFinding, milestone: "brief" });
		const row = fragment(renderHtml(hostile), "<tr ", '<th scope="row">Brief', "</tr>");
		expect(row).toBe(
			`<tr class="status-doing flagged"><td>2026-12-23</td><th scope="row">Brief &quot;staff&quot; &lt;now&gt;</th><td>manager</td><td>O&#39;Brien &amp; &lt;Sons&gt;</td><td>in progress</td><td>moved from 2026-12-28: Christmas &lt;break&gt; &amp; &#39;rest&#39;; NO_COMMUNICATION_BUDGET</td></tr>`,
		);
	});

	it("keeps headings in order and gives every table header a scope", () => {
		const levels = [...page.matchAll(/<h([1-6])[\s>]/g)].map(([, level]) => Number(level));
		expect(levels[0]).toBe(1);
		expect(count(page, "<h1")).toBe(1);
		levels.forEach((level, index) => {
			expect(level).toBeLessThanOrEqual((levels[index - 1] ?? 0) + 1);
		});
		expect(count(page, "<th>")).toBe(0);
		expect(count(page, "<th ")).toBe(count(page, '<th scope="'));
	});

	it("is deterministic and small enough to mail", () => {
		expect(renderHtml(structuredClone(report))).toBe(page);
		expect(page.length).toBeLessThan(300_000);
	});

	it("renders a plan without offerings", () => {
		const empty: PlanReport = {
			...report,
			offerings: [],
			workload: [],
			findings: [],
			summary: { offerings: 0, errors: 0, warnings: 0 },
		};
		const html = renderHtml(empty);
		expect(html).toContain("There are no offerings to map.");
		expect(html).not.toContain('class="timing-map"');
	});
});

describe("HTML helpers", () => {
	it("finds the Monday of an ISO week", () => {
		expect(mondayOfIsoWeek("2027-W10")).toBe("2027-03-08");
		expect(mondayOfIsoWeek("2027-W01")).toBe("2027-01-04");
		expect(mondayOfIsoWeek("2026-W53")).toBe("2026-12-28");
		expect(mondayOfIsoWeek("2026-W01")).toBe("2025-12-29");
	});

	it("formats shares as percentages with at most one decimal, never rounded up to a whole percent", () => {
		expect(percent(1)).toBe("100%");
		expect(percent(0)).toBe("0%");
		expect(percent(0.0913)).toBe("9.1%");
		// Beside LOW_DECISION_WINDOW_COVERAGE "79.99% (minimum 80%)", never "80%".
		expect(percent(0.7999)).toBe("79.9%");
		expect(percent(0.0499)).toBe("4.9%");
		expect(percent(0.1176)).toBe("11.8%");
	});
});
