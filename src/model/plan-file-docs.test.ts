import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { closure, field, institution, person, retention } from "./institution.ts";
import { intake } from "./intake.ts";
import {
	budgetLine,
	contact,
	offering,
	offeringModule,
	pastOffering,
	recordedDecision,
} from "./offering.ts";
import { planFile } from "./plan-file.ts";
import { qualification, qualificationModule } from "./qualification.ts";
import { template, templateMilestone } from "./template.ts";

const docs = readFileSync(new URL("../../docs/plan-file.md", import.meta.url), "utf8");
/** The annotated example at the top of docs/plan-file.md. */
const example = /```yaml\n([\s\S]*?)```/.exec(docs)?.[1] ?? "";

const parts: Record<string, { shape: Record<string, z.ZodType> }> = {
	"the plan file": planFile,
	institution,
	person,
	"a field of study": field,
	closure,
	"the retention": retention,
	intake,
	qualification,
	"a qualification's module": qualificationModule,
	template,
	"a template's milestone": templateMilestone,
	offering,
	"an offering's module": offeringModule,
	"a budget line": budgetLine,
	contact,
	"a recorded decision": recordedDecision,
	"a past offering": pastOffering,
};

describe("docs/plan-file.md", () => {
	it.each(Object.entries(parts))("names every field of %s in its example", (_part, schema) => {
		const missing = Object.keys(schema.shape).filter(
			(field) => !new RegExp(`\\b${field}\\b`).test(example),
		);
		expect(missing).toEqual([]);
	});
});
