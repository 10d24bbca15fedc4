import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { demoPath } from "../../test/fixtures/demo.ts";
import { generatedHistory } from "../../test/fixtures/history.ts";
import { kairos, requireBuiltCli } from "../../test/fixtures/kairos-process.ts";
import { healthyPlan } from "../../test/fixtures/plans.ts";
import { serializePlan } from "../model/serialize.ts";

const readmePlotPath = new URL("../../docs/images/demo-fill-by-lead-time.svg", import.meta.url);
const folder = mkdtempSync(join(inject("tempRoot"), "kairos-analysis-cli-"));

/** A plan of the healthy school whose 12 past courses filled better the more of the window they covered. */
function planFile(name: string, changes: Record<string, unknown> = {}): string {
	const path = join(folder, name);
	const plan = {
		...healthyPlan(),
		history: generatedHistory(7, 12, (coverage) => 0.3 + 0.6 * coverage),
		...changes,
	};
	writeFileSync(path, serializePlan(plan as ReturnType<typeof healthyPlan>, "yaml"));
	return path;
}

beforeAll(requireBuiltCli);

describe("kairos analyze", () => {
	it("prints the analysis as text, in the institution's first language by default", () => {
		const path = planFile("text.yaml");
		const { status, stdout, stderr } = kairos(["analyze", path, "--today", "2027-03-01"]);
		expect(stderr).toBe("");
		expect(status).toBe(0);
		expect(stdout).toMatch(
			/^Test Vocational College: Mida ajastus täitumusega tegi \(seisuga 2027-03-01\)\n\nKokkuvõte\n- Varasemad pakkumised täitsid keskmiselt \d+% oma kohtadest \(n = 12;/,
		);
		const english = kairos(["analyze", path, "--today", "2027-03-01", "--language", "en"]);
		expect(english.status).toBe(0);
		expect(english.stdout).toMatch(
			/^Test Vocational College: What timing did to fill \(as of 2027-03-01\)\n/,
		);
		expect(english.stdout).toContain(
			"\nBy field\nEach mean comes with its n and its 95% interval: a small group's interval is wide. The tables do not test whether groups differ, so do not rank them by their means.\nNo past offering gives this.\n\nBy intake\nINTAKE  N   FILL",
		);
		expect(english.stdout).toContain(
			"Each 10 percentage points more of the decision window covered went with a fill",
		);
	});

	it("writes one plot as SVG, the one the README shows for the demo school", () => {
		const plot = (name: string) =>
			kairos(["analyze", demoPath, "--format", "svg", "--plot", name, "--language", "en"]);
		const leadTime = plot("lead-time");
		expect(leadTime.stderr).toBe("");
		expect(leadTime.status).toBe(0);
		expect(leadTime.stdout).toMatch(/^<svg /);
		expect(leadTime.stdout).toContain("Lead time (weeks)");
		// `npm run readme-plot` writes it again after the demo's history changes.
		expect(readFileSync(readmePlotPath, "utf8")).toBe(leadTime.stdout);
		expect(plot("coverage").stdout).toContain("Decision window covered (%)");
		const unknown = plot("fill");
		expect(unknown.status).toBe(2);
		expect(unknown.stderr).toContain("lead-time, coverage, spend, cost-per-enrolment");
	});

	it("writes one HTML page with the three plots of the demo school", () => {
		const { status, stdout, stderr } = kairos([
			"analyze",
			demoPath,
			"--format",
			"html",
			"--language",
			"en",
		]);
		expect(stderr).toBe("");
		expect(status).toBe(0);
		expect(stdout).toMatch(/^<!doctype html>\n<html lang="en">/);
		expect(stdout.match(/<svg role="img"/g)).toHaveLength(4);
		expect(stdout).toContain("Offerings public for the whole decision window filled");
		expect(stdout.trimEnd().endsWith("</html>")).toBe(true);
	});

	it("refuses a bad file, a bad plan and a language it cannot write, one line each", () => {
		const missing = join(folder, "nope.yaml");
		expect(kairos(["analyze", missing])).toEqual({
			status: 2,
			stdout: "",
			stderr: `${missing}: no such file\n`,
		});
		const bad = planFile("bad.yaml", {
			history: [
				{
					id: "late",
					title: "Late",
					publication: "2026-09-20",
					start: "2026-09-14",
					participants: { min: 6, max: 10 },
					finalRegistrations: 12,
				},
			],
		});
		const refused = kairos(["analyze", bad]);
		expect(refused.status).toBe(2);
		expect(refused.stdout).toBe("");
		expect(refused.stderr).toBe(
			"history[0] (late).finalRegistrations: 12 is above the maximum group size 10\n" +
				'history[0] (late).start: "2026-09-14" is before the publication on 2026-09-20\n',
		);
		expect(kairos(["analyze", planFile("fr.yaml"), "--language", "fr"])).toEqual({
			status: 2,
			stdout: "",
			stderr:
				'--language: "fr" is not one of the institution\'s languages or those of the reports (et, en)\n',
		});
		expect(kairos(["analyze", planFile("today.yaml"), "--today", "2027-02-30"])).toMatchObject({
			status: 2,
			stderr: '--today: "2027-02-30" is not a date (YYYY-MM-DD)\n',
		});
	});
});

describe("kairos report yearly", () => {
	it("writes the yearly report of a year as one HTML page", () => {
		const path = planFile("yearly.yaml");
		const { status, stdout, stderr } = kairos([
			"report",
			"yearly",
			path,
			"--year",
			"2025",
			"--language",
			"en",
		]);
		expect(stderr).toBe("");
		expect(status).toBe(0);
		expect(stdout).toMatch(/^<!doctype html>\n<html lang="en">/);
		expect(stdout).toContain("<h1>Test Vocational College: the year 2025</h1>");
		expect(stdout).toContain("<caption>The year at a glance</caption>");
		expect(stdout.match(/<section class="intake"/g)).toHaveLength(1);
		expect(stdout.match(/<svg role="img"/g)).toHaveLength(4);
	});

	it("refuses a year that is not a sane whole year, and a missing one", () => {
		const path = planFile("years.yaml");
		for (const year of ["20x7", "27", "2027.5", "3000"])
			expect(kairos(["report", "yearly", path, "--year", year])).toEqual({
				status: 2,
				stdout: "",
				stderr: `--year: ${JSON.stringify(year)} is not a year from 1990 to 2099, such as 2027\n`,
			});
		const missing = kairos(["report", "yearly", path]);
		expect(missing.status).toBe(2);
		expect(missing.stderr).toBe("kairos: required option '--year <year>' not specified\n");
	});
});
