import { describe, expect, it } from "vitest";
import { yamlAliasBomb } from "../../test/fixtures/hostile.ts";
import { detectFormat, parseText } from "./parse-text.ts";

const problem = (text: string, format: "json" | "yaml") => {
	const parsed = parseText(text, format, "plan.file");
	return parsed.ok ? undefined : parsed.problems.map((entry) => `${entry.path}: ${entry.message}`);
};

describe("parseText", () => {
	it("parses YAML with dates kept as strings", () => {
		expect(parseText("start: 2027-09-01\nversion: 1\n", "yaml")).toEqual({
			ok: true,
			value: { start: "2027-09-01", version: 1 },
		});
	});

	it("names the line and column of a YAML syntax error", () => {
		expect(problem("version: 1\noffering: [1, 2\nnext: 3\n", "yaml")).toEqual([
			"plan.file: line 3, column 1: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
		]);
	});

	it("rejects duplicate YAML keys", () => {
		expect(problem("id: a\nid: b\n", "yaml")?.[0]).toMatch(
			/^plan\.file: line 2, column 1: not valid YAML: Map keys must be unique/,
		);
	});

	it("expands a few YAML aliases", () => {
		expect(parseText("a: &fee {amount: 90, currency: EUR}\nb: *fee\nc: *fee\n", "yaml")).toEqual({
			ok: true,
			value: {
				a: { amount: 90, currency: "EUR" },
				b: { amount: 90, currency: "EUR" },
				c: { amount: 90, currency: "EUR" },
			},
		});
	});

	it("refuses YAML aliases that expand into too much data (billion laughs) with one problem", () => {
		expect(problem(yamlAliasBomb(), "yaml")).toEqual([
			"plan.file: line 2, column 8: the YAML aliases, from *a here on, expand into too much data: write the repeated values out instead",
		]);
	});

	it("names an alias that has no anchor before it", () => {
		expect(problem("a: &fee 90\nb: *fee\nc: *free\n", "yaml")).toEqual([
			"plan.file: line 3, column 4: not valid YAML: the alias *free has no anchor &free before it",
		]);
	});

	it("accepts objects and lists nested 32 levels deep, and refuses 33 in either format", () => {
		const json = (levels: number) => `${'{"x":'.repeat(levels - 1)}[1]${"}".repeat(levels - 1)}`;
		expect(parseText(json(32), "json").ok).toBe(true);
		expect(problem(json(33), "json")).toEqual([
			"plan.file: nested deeper than 32 levels at x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x",
		]);
		const yaml = (levels: number) =>
			Array.from({ length: levels }, (_, depth) => `${"  ".repeat(depth)}- y:`).join("\n");
		expect(parseText(yaml(16), "yaml").ok).toBe(true);
		expect(problem(yaml(17), "yaml")).toEqual([
			`plan.file: nested deeper than 32 levels at ${"[0].y".repeat(16)}`,
		]);
	});

	it("refuses a body nested 10,000 deep with one problem that names where", () => {
		const deep = (open: string, close: string) =>
			`{"offerings": [{"x": ${open.repeat(10_000)}1${close.repeat(10_000)}}]}`;
		const expected = `plan.file: nested deeper than 32 levels at offerings[0].x${"[0]".repeat(22)}…`;
		expect(problem(deep("[", "]"), "json")).toEqual([expected]);
		expect(problem(deep("[", "]"), "yaml")).toEqual([expected]);
		expect(problem(deep("[", "]").replace("1", "1,"), "json")).toEqual([
			"plan.file: line 1, column 51: nested deeper than 32 levels",
		]);
	});

	it("refuses a YAML alias that nests a list inside itself", () => {
		expect(problem("a: &a [*a]\n", "yaml")).toEqual([
			`plan.file: nested deeper than 32 levels at a${"[0]".repeat(26)}…`,
		]);
	});

	it("names the line and column of a JSON syntax error", () => {
		expect(problem('{\n  "version": 1,\n  "offerings": [1, 2,]\n}', "json")).toEqual([
			"plan.file: line 3, column 22: not valid JSON: value expected",
		]);
		expect(problem('{"a": }', "json")).toEqual([
			"plan.file: line 1, column 7: not valid JSON: value expected",
		]);
	});

	it("reports an empty file", () => {
		expect(problem("  \n", "yaml")).toEqual(["plan.file: is empty"]);
	});

	it("detects the format from the name, else from the text", () => {
		expect(detectFormat("{}", "plan.yaml")).toBe("yaml");
		expect(detectFormat("a: 1", "plan.JSON")).toBe("json");
		expect(detectFormat('  {"version": 1}', "-")).toBe("json");
		expect(detectFormat("version: 1", "-")).toBe("yaml");
	});
});
