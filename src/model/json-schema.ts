import { z } from "zod";
import { planFile } from "./plan-file.ts";

/** Where the checked-in JSON Schema lives, relative to the repository root. */
export const planSchemaPath = "schema/plan.schema.json";

/** The JSON Schema of plan file version 1, generated from the zod schema (the single contract). */
export function planJsonSchema(): Record<string, unknown> {
	return {
		...z.toJSONSchema(planFile, { io: "input", target: "draft-2020-12" }),
		$id: "urn:kairos:plan-file:1",
		title: "Kairos plan file, version 1",
		description:
			"One institution's plan: intakes, qualifications, templates, offerings and past offerings. " +
			"Cross-references (intake, template, qualification, module, person ids) are checked by `kairos validate`.",
	};
}

/** The file's exact text: two-space JSON with a final newline. */
export function planJsonSchemaText(): string {
	return `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
}
