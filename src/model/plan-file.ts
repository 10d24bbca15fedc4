import { z } from "zod";
import { institution } from "./institution.ts";
import { intake } from "./intake.ts";
import { offering, pastOffering } from "./offering.ts";
import { listOf, maxItems } from "./primitives.ts";
import { qualification } from "./qualification.ts";
import { template } from "./template.ts";

/** The plan file, version 1: one institution's whole plan (docs/plan-file.md). */
export const planFile = z.strictObject({
	version: z.literal(1, {
		error: (issue) => `${JSON.stringify(issue.input)} is not a supported version: use 1`,
	}),
	institution,
	intakes: listOf(intake, maxItems.intakes),
	qualifications: listOf(qualification, maxItems.qualifications).optional(),
	templates: listOf(template, maxItems.templates).optional(),
	offerings: listOf(offering, maxItems.offerings),
	history: listOf(pastOffering, maxItems.history).optional(),
});
export type PlanFile = z.infer<typeof planFile>;
