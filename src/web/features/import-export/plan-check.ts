import { detectFormat, parseText, type TextFormat } from "../../../model/parse-text.ts";
import type { PlanFile } from "../../../model/plan-file.ts";
import type { Problem } from "../../../model/problems.ts";
import { validatePlan } from "../../../model/validate.ts";

/** A plan file as the browser checked it: the plan and its format, or every problem. */
export type PlanCheck =
	| { ok: true; plan: PlanFile; format: TextFormat }
	| { ok: false; problems: Problem[] };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Checks a plan file before it is sent, with the model code the server runs: UTF-8, YAML or
 * JSON (a syntax error names its line and column), the schema and the cross-references (each
 * problem with its path), and that it is the plan of the institution being replaced.
 */
export function checkPlanFile(
	bytes: Uint8Array,
	fileName: string,
	institutionId: string,
): PlanCheck {
	let text: string;
	try {
		text = utf8.decode(bytes);
	} catch {
		return {
			ok: false,
			problems: [
				{
					path: fileName,
					message:
						'is not UTF-8 text: save it as UTF-8 (an editor\'s "Save with encoding → UTF-8")',
				},
			],
		};
	}
	const format = detectFormat(text, fileName);
	const parsed = parseText(text, format, fileName);
	if (!parsed.ok) return parsed;
	const validation = validatePlan(parsed.value);
	if (!validation.ok) return validation;
	if (validation.plan.institution.id !== institutionId)
		return {
			ok: false,
			problems: [
				{
					path: "institution.id",
					message: `${JSON.stringify(validation.plan.institution.id)} is not "${institutionId}", the institution whose plan it would replace`,
				},
			],
		};
	return { ok: true, plan: validation.plan, format };
}

/** The content type a plan file is sent with. */
export function planContentType(format: TextFormat): string {
	return format === "json" ? "application/json" : "application/yaml";
}
