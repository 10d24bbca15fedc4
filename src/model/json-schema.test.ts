import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { planJsonSchemaText, planSchemaPath } from "./json-schema.ts";

describe("schema/plan.schema.json", () => {
	it("is the schema generated from the zod model (run `npm run schema` after changing it)", () => {
		const checkedIn = readFileSync(new URL(`../../${planSchemaPath}`, import.meta.url), "utf8");
		expect(checkedIn).toBe(planJsonSchemaText());
	});

	it("describes plan file version 1 and rejects unknown fields", () => {
		const schema = JSON.parse(planJsonSchemaText());
		expect(schema.properties.version.const).toBe(1);
		expect(schema.required).toEqual(["version", "institution", "intakes", "offerings"]);
		expect(schema.additionalProperties).toBe(false);
		expect(schema.properties.offerings.items.additionalProperties).toBe(false);
	});

	it("bounds the length of every string, so no field can carry megabytes", () => {
		const unbounded: string[] = [];
		// An anchored pattern bounds the length when it repeats nothing without an upper limit
		// (+, *, {n,}); escapes and character classes are taken out first, as their + is literal.
		const boundedPattern = (pattern: unknown) =>
			typeof pattern === "string" &&
			pattern.startsWith("^") &&
			!/[+*]|\{\d+,\}/.test(pattern.replace(/\\./g, "").replace(/\[[^\]]*\]/g, "x"));
		const visit = (node: unknown, path: string): void => {
			if (node === null || typeof node !== "object") return;
			const entry = node as Record<string, unknown>;
			const bounded =
				"maxLength" in entry ||
				"enum" in entry ||
				"const" in entry ||
				entry.format === "date" ||
				boundedPattern(entry.pattern);
			if (entry.type === "string" && !bounded) unbounded.push(path);
			for (const [key, child] of Object.entries(entry)) visit(child, `${path}.${key}`);
		};
		visit(JSON.parse(planJsonSchemaText()), "(schema)");
		expect(unbounded).toEqual([]);
	});

	it("holds only http(s) addresses in every field named for an address", () => {
		const addresses: string[] = [];
		const visit = (node: unknown, path: string): void => {
			if (node === null || typeof node !== "object") return;
			for (const [key, child] of Object.entries(node as Record<string, unknown>)) {
				const field = child as Record<string, unknown>;
				if (/url|uri|website|link|href/i.test(key) || field?.format === "uri")
					addresses.push(`${path}.${key}: ${field.format} ${field.pattern}`);
				visit(child, `${path}.${key}`);
			}
		};
		visit(JSON.parse(planJsonSchemaText()).properties, "(schema)");
		expect(addresses).toEqual([
			"(schema).institution.properties.website: uri ^[Hh][Tt][Tt][Pp][Ss]?://",
			"(schema).offerings.items.properties.applicationUrl: uri ^[Hh][Tt][Tt][Pp][Ss]?://",
		]);
	});
});
