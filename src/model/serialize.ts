import YAML from "yaml";
import type { TextFormat } from "./parse-text.ts";
import type { PlanFile } from "./plan-file.ts";

/** Writes a plan file as YAML or JSON; `parseText` then `validatePlan` gives the same plan back. */
export function serializePlan(plan: PlanFile, format: TextFormat): string {
	if (format === "json") return `${JSON.stringify(plan, null, 2)}\n`;
	return YAML.stringify(plan, { lineWidth: 0 });
}
