import type { i18n } from "i18next";
import { offering as offeringSchema } from "../../../model/offering.ts";
import { type Problem, problemsFromIssues } from "../../../model/problems.ts";
import type { Problem as ApiProblem } from "../../lib/api.ts";
import { type FieldPath, keyOf } from "./form-value.ts";
import { issueDescriber } from "./issue-messages.ts";

/** Each field's problems, by the field's key (`budget.1.amount`; `""` is the whole offering). */
export type FieldErrors = ReadonlyMap<string, readonly string[]>;

const segmentPattern = /^(?:\.?([A-Za-z0-9_-]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;

/** A problem's path as the API writes it (`pathways[0].qualification`) back to its segments. */
export function parseProblemPath(path: string): FieldPath | undefined {
	if (path === "(body)" || path === "(file)" || path === "") return [];
	const segments: (string | number)[] = [];
	let rest = path;
	while (rest.length > 0) {
		const match = segmentPattern.exec(rest);
		if (!match) return undefined;
		const [whole, name, index, quoted] = match;
		if (name !== undefined) segments.push(name);
		else if (index !== undefined) segments.push(Number(index));
		else if (quoted !== undefined) segments.push(JSON.parse(quoted) as string);
		rest = rest.slice(whole.length);
	}
	return segments;
}

const inPlan = /^offerings\[\d+\](?: \(([a-z0-9-]+)\))?(.*)$/;

/**
 * The key of the field a problem names, or undefined when it lies outside the offering `id`.
 * The API gives problems inside the offering it was sent relative to it (`pathways[0].module`,
 * `(body)`) and others by their place in the plan (`offerings[3] (welding).intake`), which
 * belongs to this offering only when it names its id.
 */
export function problemKey(path: string, id: string): string | undefined {
	const placed = inPlan.exec(path);
	if (placed) {
		const [, named, rest = ""] = placed;
		if (named !== id) return undefined;
		const inside = parseProblemPath(rest.replace(/^\./, ""));
		return inside && keyOf(inside);
	}
	const inside = parseProblemPath(path);
	return inside && keyOf(inside);
}

function collect(problems: readonly Problem[], id: string): FieldErrors {
	const errors = new Map<string, string[]>();
	for (const problem of problems) {
		const key = problemKey(problem.path, id);
		if (key === undefined) continue;
		errors.set(key, [...(errors.get(key) ?? []), problem.message]);
	}
	return errors;
}

/**
 * What the API's own schema says about an edited offering, by field, worded in `language` with
 * the texts of `instance`; empty when it is valid. `value` is what would be sent (pruned of empty
 * inputs).
 */
export function schemaErrors(
	value: unknown,
	id: string,
	instance: i18n,
	language: string = instance.language,
): FieldErrors {
	const parsed = offeringSchema.safeParse(value, { reportInput: true });
	if (parsed.success) return new Map();
	const describe = issueDescriber(instance, language);
	return collect(problemsFromIssues(parsed.error.issues, offeringSchema, describe), id);
}

/** The problems of a refused save that concern the offering `id`, by field. */
export function refusalErrors(problem: ApiProblem | undefined, id: string): FieldErrors {
	if (!problem?.errors) return new Map();
	return collect(problem.errors, id);
}

/** The problems of a refused save that lie outside the offering `id`, to show apart. */
export function problemsElsewhere(problem: ApiProblem | undefined, id: string): Problem[] {
	return (problem?.errors ?? []).filter((entry) => problemKey(entry.path, id) === undefined);
}

/** Both sets of errors in one map: a field's schema problems, then the server's. */
export function mergeErrors(first: FieldErrors, second: FieldErrors): FieldErrors {
	if (second.size === 0) return first;
	const merged = new Map(first);
	for (const [key, messages] of second)
		merged.set(key, [...new Set([...(merged.get(key) ?? []), ...messages])]);
	return merged;
}
