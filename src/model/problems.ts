import type { z } from "zod";
import { showValue } from "./primitives.ts";

/** One thing wrong with an input, located by its path, e.g. `offerings[2].start`. */
export interface Problem {
	path: string;
	message: string;
}

export type PathSegment = string | number;

/** Renders a path the way a person reads it: `offerings[2].owners.manager`. */
export function formatPath(path: readonly PropertyKey[]): string {
	let text = "";
	for (const segment of path) {
		if (typeof segment === "number") text += `[${segment}]`;
		else if (/^[A-Za-z0-9_-]+$/.test(String(segment)))
			text += text ? `.${String(segment)}` : String(segment);
		else text += `[${JSON.stringify(String(segment))}]`;
	}
	return text || "(file)";
}

/** The one-line form: `offerings[2].start: "2027-02-30" is not a date`. */
export function formatProblem(problem: Problem): string {
	return `${problem.path}: ${problem.message}`;
}

/** Turns zod's issues into problems whose messages name the offending value. */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[]): Problem[] {
	return issues.flatMap((issue) => {
		if (issue.code === "unrecognized_keys") {
			return issue.keys.map((key) => ({
				path: formatPath([...issue.path, key]),
				message: "is not a known field",
			}));
		}
		return [{ path: formatPath(issue.path), message: describeIssue(issue) }];
	});
}

function describeIssue(issue: z.core.$ZodIssue): string {
	const shown = showValue(issue.input);
	switch (issue.code) {
		case "invalid_type":
			if (issue.input === undefined) return "is required";
			return `${shown} is not ${article(issue.expected)} ${issue.expected}`;
		case "too_small":
			if (issue.origin === "array") return `needs at least ${String(issue.minimum)} item(s)`;
			if (issue.origin === "string") return "must not be empty";
			return `${shown} is below the minimum of ${String(issue.minimum)}`;
		case "too_big":
			if (issue.origin === "array") return `has more than ${String(issue.maximum)} items`;
			return `${shown} is above the maximum of ${String(issue.maximum)}`;
		case "invalid_value":
			return issue.message.startsWith("Invalid")
				? `${shown} is not one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`
				: issue.message;
		case "invalid_format":
		case "custom":
		case "invalid_union":
		case "not_multiple_of":
		case "invalid_key":
		case "invalid_element":
			return issue.message.startsWith("Invalid") ? `${shown}: ${issue.message}` : issue.message;
		case "unrecognized_keys":
			return issue.message;
	}
}

function article(noun: string): string {
	return /^[aeiou]/.test(noun) ? "an" : "a";
}
