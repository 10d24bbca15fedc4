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
});
