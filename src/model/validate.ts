import { type PlanFile, planFile } from "./plan-file.ts";
import { slug } from "./primitives.ts";
import { type Problem, problemsFromIssues, sortProblems, withElementId } from "./problems.ts";
import { checkReferences } from "./references.ts";

export type Validation = { ok: true; plan: PlanFile } | { ok: false; problems: Problem[] };

/**
 * Validates a parsed plan file against the schema and its cross-references.
 * Every problem is reported at once, in the order of the file; a problem inside an element of
 * an id'd list names the element's id after its index (`offerings[9] (accounting-sw-2027).start`).
 */
export function validatePlan(input: unknown): Validation {
	const parsed = planFile.safeParse(input, { reportInput: true });
	const problems = [
		...(parsed.success ? [] : problemsFromIssues(parsed.error.issues, planFile)),
		...checkReferences(input),
	];
	if (problems.length > 0 || !parsed.success)
		return { ok: false, problems: sortProblems(problems).map((problem) => withId(problem, input)) };
	return { ok: true, plan: parsed.data };
}

const idListElement =
	/^(offerings|intakes|qualifications|templates|history|institution\.people|institution\.fields)\[(\d+)\]/;

/**
 * The problem with the id of the list element it is in, when that id is a valid one. A problem
 * about the id itself is left alone: its message already shows the id.
 */
function withId(problem: Problem, input: unknown): Problem {
	const match = idListElement.exec(problem.path);
	if (!match) return problem;
	const [element, list = "", index = ""] = match;
	const rest = problem.path.slice(element.length);
	if (rest === ".id") return problem;
	let value: unknown = input;
	for (const name of list.split(".")) value = fieldOf(value, name);
	const id = fieldOf(Array.isArray(value) ? value[Number(index)] : undefined, "id");
	if (typeof id !== "string" || !slug.safeParse(id).success) return problem;
	return { ...problem, path: `${withElementId(element, id)}${rest}` };
}

function fieldOf(value: unknown, name: string): unknown {
	return typeof value === "object" && value !== null && !Array.isArray(value)
		? (value as Record<string, unknown>)[name]
		: undefined;
}
