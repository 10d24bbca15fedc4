import { type PlanFile, planFile } from "./plan-file.ts";
import { type Problem, problemsFromIssues, sortProblems } from "./problems.ts";
import { checkReferences } from "./references.ts";

export type Validation = { ok: true; plan: PlanFile } | { ok: false; problems: Problem[] };

/**
 * Validates a parsed plan file against the schema and its cross-references.
 * Every problem is reported at once, in the order of the file.
 */
export function validatePlan(input: unknown): Validation {
	const parsed = planFile.safeParse(input, { reportInput: true });
	const problems = [
		...(parsed.success ? [] : problemsFromIssues(parsed.error.issues, planFile)),
		...checkReferences(input),
	];
	if (problems.length > 0 || !parsed.success)
		return { ok: false, problems: sortProblems(problems) };
	return { ok: true, plan: parsed.data };
}
