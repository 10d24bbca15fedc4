import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ICAL from "ical.js";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { demoPath } from "../../test/fixtures/demo.ts";
import { yamlAliasBomb } from "../../test/fixtures/hostile.ts";
import { kairos, kairosBin, requireBuiltCli } from "../../test/fixtures/kairos-process.ts";
import { healthyPlan, pastCourses } from "../../test/fixtures/plans.ts";
import { planReport } from "../model/report.ts";
import { serializePlan } from "../model/serialize.ts";

const folder = mkdtempSync(join(inject("tempRoot"), "kairos-cli-"));

function file(name: string, text: string): string {
	const path = join(folder, name);
	writeFileSync(path, text);
	return path;
}

beforeAll(requireBuiltCli);

describe("kairos --help", () => {
	it("says that serve serves the catalogue and the staff app besides the API", () => {
		const { status, stdout } = kairos(["--help"]);
		expect(status).toBe(0);
		expect(stdout.replace(/\s+/g, " ")).toContain(
			"serve the API, the public catalogue and the staff app on SQLite or PostgreSQL",
		);
	});
});

describe("kairos plan", () => {
	it("prints a plain table when the output is not a terminal", () => {
		const { status, stdout, stderr } = kairos(["plan", demoPath, "--today", "2027-05-03"]);
		expect(status).toBe(0);
		expect(stderr).toBe("");
		expect(stdout).toMatch(/^Emajõe Vocational College: marketing plan report on 2027-05-03\n/);
		expect(stdout).toContain("PUBLISHED_AFTER_DECISION_WINDOW");
		expect(stdout).not.toContain("\u001b[");
	});

	it("prints the JSON report in the documented shape", () => {
		const { status, stdout } = kairos(["plan", demoPath, "--format", "json"]);
		expect(status).toBe(0);
		const report = planReport.parse(JSON.parse(stdout));
		expect(report.offerings.length).toBeGreaterThanOrEqual(12);
		expect(report.summary.errors).toBeGreaterThan(0);
	});

	it("gives the same report in every process time zone", () => {
		const outputs = ["UTC", "America/New_York", "Pacific/Kiritimati", "Asia/Kolkata"].map(
			(zone) =>
				kairos(["plan", demoPath, "--format", "json", "--today", "2027-05-03"], { TZ: zone })
					.stdout,
		);
		expect(outputs[0]?.length).toBeGreaterThan(1000);
		for (const output of outputs) expect(output).toBe(outputs[0]);
	});

	it("writes an ICS calendar that ical.js reads", () => {
		const { status, stdout } = kairos([
			"plan",
			demoPath,
			"--format",
			"ics",
			"--today",
			"2027-05-03",
		]);
		expect(status).toBe(0);
		const calendar = new ICAL.Component(ICAL.parse(stdout));
		expect(calendar.getAllSubcomponents("vevent").length).toBeGreaterThan(100);
		expect(stdout).toContain("DTSTAMP:20270503T000000Z");
	});

	it("writes one self-contained HTML page", () => {
		const { status, stdout } = kairos(["plan", demoPath, "--format", "html"]);
		expect(status).toBe(0);
		expect(stdout).toMatch(/^<!doctype html>/i);
		expect(stdout).toContain("<svg");
	});

	it("exits 1 with --strict when a finding is an error, and 0 when none is", () => {
		expect(kairos(["plan", demoPath, "--strict"]).status).toBe(1);
		const healthy = file("healthy.yaml", serializePlan(healthyPlan(), "yaml"));
		expect(kairos(["plan", healthy, "--strict"]).status).toBe(0);
		expect(kairos(["plan", demoPath]).status).toBe(0);
	});

	it("writes titles and milestone labels in the --language asked for, one of the institution's", () => {
		const estonian = kairos(["plan", demoPath, "--format", "json"]);
		const english = kairos(["plan", demoPath, "--format", "json", "--language", "en"]);
		const labels = (stdout: string) =>
			planReport.parse(JSON.parse(stdout)).offerings[0]?.milestones.map(({ label }) => label);
		expect(labels(estonian.stdout)?.[0]).toBe("Sisu kinnitatud");
		expect(labels(english.stdout)?.[0]).toBe("Content approved");
		const french = kairos(["plan", demoPath, "--language", "fr"]);
		expect(french.status).toBe(2);
		expect(french.stdout).toBe("");
		expect(french.stderr).toBe(
			'--language: "fr" is not one of the institution\'s languages (et, en)\n',
		);
	});

	it("stops quietly when the reader closes the pipe early", () => {
		const result = spawnSync(
			"sh",
			["-c", `"${process.execPath}" "${kairosBin}" plan "${demoPath}" --format json | head -c 10`],
			{
				encoding: "utf8",
			},
		);
		expect(result.stdout).toBe('{\n  "versi');
		expect(result.stderr).toBe("");
	});
});

describe("bad input", () => {
	it("prints one line per problem, exits 2 and writes nothing to stdout", () => {
		const plan = healthyPlan();
		const broken = serializePlan(plan, "yaml")
			.replace("start: 2027-09-20", "start: 2027-02-30")
			.replace("intake: autumn-2027", "intake: autumn-2072")
			.replace("min: 8", "min: 18");
		const { status, stdout, stderr } = kairos(["plan", file("broken.yaml", broken)]);
		expect(status).toBe(2);
		expect(stdout).toBe("");
		expect(stderr).toBe(
			[
				'offerings[0] (mig-welding).intake: "autumn-2072" is not an intake (did you mean "autumn-2027"?)',
				"offerings[0] (mig-welding).participants.min: 18 is above the maximum group size 14",
				'offerings[0] (mig-welding).start: "2027-02-30" is not a date',
				"",
			].join("\n"),
		);
	});

	it("names the line and column of a file that is not YAML or JSON", () => {
		const yaml = kairos([
			"plan",
			file("bad.yaml", "version: 1\ninstitution: [a, b\nintakes: []\n"),
		]);
		expect(yaml.status).toBe(2);
		expect(yaml.stderr).toMatch(/^.*bad\.yaml: line 3, column 1: not valid YAML: .+\n$/);
		const json = kairos(["validate", file("bad.json", '{"version": 1,\n "institution": }')]);
		expect(json.stderr).toMatch(/bad\.json: line 2, column 17: not valid JSON: value expected\n$/);
	});

	it("refuses YAML aliases that expand into too much data with one line, not a stack trace", () => {
		const path = file("bomb.yaml", yamlAliasBomb());
		expect(kairos(["validate", path])).toEqual({
			status: 2,
			stdout: "",
			stderr: `${path}: line 2, column 8: the YAML aliases, from *a here on, expand into too much data: write the repeated values out instead\n`,
		});
	});

	it("reports a missing file, a bad date and an unknown format in one line each", () => {
		expect(kairos(["plan", join(folder, "nope.yaml")])).toMatchObject({
			status: 2,
			stderr: `${join(folder, "nope.yaml")}: no such file\n`,
		});
		expect(kairos(["plan", demoPath, "--today", "2027-13-01"])).toMatchObject({
			status: 2,
			stderr: '--today: "2027-13-01" is not a date (YYYY-MM-DD)\n',
		});
		const format = kairos(["plan", demoPath, "--format", "pdf"]);
		expect(format.status).toBe(2);
		expect(format.stderr.trim().split("\n")).toHaveLength(1);
		expect(format.stderr).toContain("pdf");
	});

	it("never shows a stack trace", () => {
		for (const args of [
			["plan"],
			["plan", folder],
			["validate", file("empty.yaml", "")],
			["nonsense"],
		]) {
			const { status, stderr } = kairos(args);
			expect(status).toBe(2);
			expect(stderr).not.toMatch(/\n\s+at /);
		}
	});
});

describe("kairos backtest", () => {
	it("prints the forecast's error 8, 4 and 2 weeks before the start as a table and as JSON", () => {
		const path = file(
			"history.yaml",
			serializePlan({ ...healthyPlan(), history: pastCourses() }, "yaml"),
		);
		const table = kairos(["backtest", path]);
		expect(table.status).toBe(0);
		expect(table.stderr).toBe("");
		// The figures of src/engine/backtest.test.ts, computed there by hand.
		expect(table.stdout).toBe(
			[
				"Test Vocational College: the fill forecast replayed on 3 past offerings with registration counts, each forecast from the others",
				"",
				"BEFORE START  FORECASTS  MEAN ABS. ERROR  FINAL IN RANGE",
				"8 weeks       3          3.33             67%",
				"4 weeks       3          1.00             100%",
				"2 weeks       3          0.67             100%",
				"",
				"The error is in participants: |expected − final|. The range is the forecast's 10th to 90th percentile.",
				"",
			].join("\n"),
		);
		const json = kairos(["backtest", path, "--format", "json"]);
		expect(json.status).toBe(0);
		expect(JSON.parse(json.stdout)).toEqual({
			institution: { id: "test-vc", name: "Test Vocational College" },
			pastOfferings: 3,
			leads: [
				{ weeksBeforeStart: 8, forecasts: 3, meanAbsoluteError: 3.33, withinRange: 0.67 },
				{ weeksBeforeStart: 4, forecasts: 3, meanAbsoluteError: 1, withinRange: 1 },
				{ weeksBeforeStart: 2, forecasts: 3, meanAbsoluteError: 0.67, withinRange: 1 },
			],
		});
	});

	it("replays the demo school's history", () => {
		const { status, stdout } = kairos(["backtest", demoPath, "--format", "json"]);
		expect(status).toBe(0);
		const result = JSON.parse(stdout);
		// 30 past offerings, of which the 16 that ran teach the curve (docs/forecast.md).
		expect(result.pastOfferings).toBe(16);
		expect(result.leads.map((lead: { weeksBeforeStart: number }) => lead.weeksBeforeStart)).toEqual(
			[8, 4, 2],
		);
		for (const lead of result.leads) expect(lead.meanAbsoluteError).toBeGreaterThan(0);
	});

	it("refuses bad input with one line per problem and exit code 2", () => {
		const broken = serializePlan({ ...healthyPlan(), history: pastCourses() }, "yaml")
			.replace("finalRegistrations: 10", "finalRegistrations: -1")
			.replace("publication: 2026-06-13", "publication: 2026-06-31");
		const { status, stdout, stderr } = kairos(["backtest", file("bad-history.yaml", broken)]);
		expect(status).toBe(2);
		expect(stdout).toBe("");
		expect(stderr).toBe(
			[
				"history[0] (mig-welding-2026-1).finalRegistrations: -1 is below the minimum of 0",
				'history[0] (mig-welding-2026-1).publication: "2026-06-31" is not a date',
				"",
			].join("\n"),
		);
		expect(kairos(["backtest", demoPath, "--format", "html"]).status).toBe(2);
	});
});

describe("kairos import", () => {
	it("refuses a Windows-1252 CSV with one line, and reads the same sheet saved as UTF-16", () => {
		const db = join(mkdtempSync(join(folder, "db-")), "kairos.sqlite");
		expect(kairos(["import", demoPath, "--db", db]).status).toBe(0);
		const sheet = [
			"id,title,start,end,feeAmount,feeCurrency,minParticipants,maxParticipants",
			"keevitus-ohtuti,Keevitus õhtuti,2027-09-20,2027-11-26,450,EUR,8,14",
			"",
		].join("\n");
		const latin = join(folder, "latin.csv");
		writeFileSync(latin, Buffer.from(sheet, "latin1"));
		const refused = kairos(["import", latin, "--db", db]);
		expect(refused.status).toBe(2);
		expect(refused.stderr).toMatch(
			new RegExp(
				`^${latin}: row 2, column title \\(B\\): has a byte that is not UTF-8: [^\n]+ Unicode \\(UTF-8\\)\n$`,
			),
		);
		const unicode = join(folder, "unicode.csv");
		writeFileSync(unicode, Buffer.from(`\uFEFF${sheet.replaceAll(",", "\t")}`, "utf16le"));
		expect(kairos(["import", unicode, "--db", db])).toMatchObject({
			status: 0,
			stdout: expect.stringMatching(/1 offerings added, 0 updated/),
		});
		const exported = kairos(["export", "--format", "csv", "--db", db]).stdout;
		expect(exported).toContain("keevitus-ohtuti,Keevitus õhtuti,");
	});
});

describe("kairos validate", () => {
	it("summarises a valid plan", () => {
		const { status, stdout } = kairos(["validate", demoPath]);
		expect(status).toBe(0);
		expect(stdout).toMatch(/: valid plan for Emajõe Vocational College: 3 intakes, \d+ offerings/);
	});

	it("refuses a serve command whose public address or proxy count is wrong, before it opens anything", () => {
		const result = kairos([
			"serve",
			"--db",
			"/nonexistent/folder/kairos.sqlite",
			"--public-url",
			"ftp://kursused.kool.ee",
			"--trust-proxy",
			"many",
		]);
		expect(result.status).toBe(2);
		expect(result.stderr).toBe(
			'--public-url: "ftp://kursused.kool.ee" is not an http(s) address\n' +
				'--trust-proxy: "many" is not a number of proxies (0 to 10)\n',
		);
		const anyPort = kairos(["serve", "--port", "0"]);
		expect(anyPort.status).toBe(2);
		expect(anyPort.stderr).toBe(
			"--port: 0 (any free port) needs --public-url or KAIROS_PUBLIC_URL: links are built from the address people use\n",
		);
		const withPath = kairos(["serve", "--public-url", "https://kool.ee/kursused?x=1"]);
		expect(withPath.status).toBe(2);
		expect(withPath.stderr).toBe(
			'--public-url: "https://kool.ee/kursused?x=1" must be the site\'s origin only, without a path, query or user\n',
		);
	});

	it("refuses a plan file that is not UTF-8 with its line and column, not letters lost", () => {
		const yaml = serializePlan(healthyPlan(), "yaml").replace(
			"Test Vocational College",
			"Test Vocational College, Pärnu",
		);
		// The same file saved in Windows-1252: "ä" is the single byte 0xE4.
		const path = join(folder, "latin1.yaml");
		writeFileSync(path, Buffer.from(yaml, "latin1"));
		const line = yaml.split("\n").findIndex((text) => text.includes("Pärnu")) + 1;
		const column = (yaml.split("\n")[line - 1] ?? "").indexOf("ä") + 1;
		for (const command of [
			["validate", path],
			["plan", path],
		]) {
			const result = kairos(command);
			expect(result.status).toBe(2);
			expect(result.stderr).toBe(
				`${path}: line ${line}, column ${column}: byte 0xE4 is not UTF-8: save the file as UTF-8 (an editor's "Save with encoding → UTF-8")\n`,
			);
		}
	});
});
