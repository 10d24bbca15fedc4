import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const src = dirname(new URL(import.meta.url).pathname);

/**
 * What each folder of `src/` may import besides itself: other folders by name, packages by
 * name (`node:*` for Node's own modules). docs/ARCHITECTURE.md draws the same layers.
 */
const allowed: Readonly<Record<string, readonly string[]>> = {
	model: ["zod", "yaml", "jsonc-parser"],
	engine: ["model"],
	html: [],
	i18n: ["i18next"],
	holidays: ["engine", "model", "date-holidays"],
	report: [
		"model",
		"engine",
		"html",
		// the analysis and the yearly report, in the catalogue's languages
		"i18n",
		"ical-generator",
		// the analysis' plots, drawn as SVG on the server
		"echarts",
	],
	sheets: ["model", "exceljs", "jszip", "csv-parse", "zod"],
	store: ["model", "kysely", "better-sqlite3", "pg", "node:fs", "node:path"],
	service: [
		"store",
		"sheets",
		"engine",
		"model",
		"holidays",
		"html",
		// the learners' mails, written in the catalogue's languages
		"i18n",
		"kysely",
		"zod",
		"nodemailer",
		// jobs/pg-boss-runner.ts, the job runner of PostgreSQL
		"pg-boss",
		"@node-rs/argon2",
		"node:crypto",
		"node:fs",
		"node:path",
	],
	server: [
		"service",
		"model",
		"report",
		"engine",
		"i18n",
		"html",
		"sheets",
		"fastify",
		"@fastify/cookie",
		"@fastify/static",
		"@fastify/swagger",
		"@fastify/swagger-ui",
		"fastify-type-provider-zod",
		"i18next",
		"ical-generator",
		"yaml",
		"zod",
		"node:crypto",
		"node:fs",
	],
	web: [
		"model",
		"engine",
		"react",
		"react-dom",
		"react-router",
		"@tanstack/react-query",
		"i18next",
		"react-i18next",
		"echarts",
		"zod",
		"yaml",
		// testing/render.tsx, the component tests' helper
		"@testing-library/react",
	],
	cli: ["*"],
};

/** Every module specifier in a source file: static imports and re-exports, side-effect imports, dynamic imports. */
function importsOf(text: string): string[] {
	const patterns = [
		/^\s*(?:import|export)\b[^;]*?[\s}*]from\s*["']([^"']+)["']/gm,
		/^\s*import\s*["']([^"']+)["']/gm,
		/\bimport\(\s*["']([^"']+)["']\s*\)/g,
		/\bimport\(\s*(?!["'])/g,
	];
	return patterns.flatMap((pattern) =>
		[...text.matchAll(pattern)].map((match) => match[1] ?? "(a computed dynamic import)"),
	);
}

/** What an import names: a folder of src/ (`store`), a package (`@fastify/cookie`) or a Node module. */
function targetOf(file: string, specifier: string): string {
	if (specifier.startsWith(".")) {
		const path = relative(src, resolve(dirname(file), specifier));
		return path.startsWith("..") ? `outside src/ (${specifier})` : (path.split("/")[0] ?? path);
	}
	if (specifier.startsWith("node:")) return specifier.split("/")[0] ?? specifier;
	const parts = specifier.split("/");
	return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

const sources = readdirSync(src, { recursive: true, encoding: "utf8" })
	.filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && file.includes("/"))
	.map((file) => join(src, file));

describe("layers", () => {
	it("every folder of src/ has rules", () => {
		const folders = new Set(sources.map((file) => relative(src, file).split("/")[0] ?? ""));
		expect([...folders].filter((folder) => !(folder in allowed))).toEqual([]);
	});

	it.each(sources.map((file) => [relative(src, file), file]))(
		"%s imports only what its folder may",
		(_, file) => {
			const folder = relative(src, file).split("/")[0] ?? "";
			const rules = allowed[folder] ?? [];
			if (rules.includes("*")) return;
			const forbidden = importsOf(readFileSync(file, "utf8"))
				.map((specifier) => targetOf(file, specifier))
				.filter((target) => target !== folder && !rules.includes(target));
			expect(forbidden).toEqual([]);
		},
	);

	it("finds every kind of import, so a forbidden one cannot hide", () => {
		const text = [
			`import { a } from "../store/a.ts";`,
			`import type { B } from "../server/b.ts";`,
			`import {\n\tc,\n\td,\n} from "node:fs";`,
			`export { e } from "./e.ts";`,
			`import "../cli/side-effect.ts";`,
			`const f = await import("../web/f.ts");`,
			`const g = await import(name);`,
		].join("\n");
		expect(importsOf(text)).toEqual([
			"../store/a.ts",
			"../server/b.ts",
			"node:fs",
			"./e.ts",
			"../cli/side-effect.ts",
			"../web/f.ts",
			"(a computed dynamic import)",
		]);
	});
});
