import type { z } from "zod";
import { didYouMean } from "./closest-name.ts";
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

/**
 * A list element's path followed by the element's id, so a person finds it without counting:
 * `offerings[9]` → `offerings[9] (accounting-sw-autumn-2027)`. Ids are slugs, so the label
 * never hides a `.` or a `[`.
 */
export function withElementId(element: string, id: string): string {
	return `${element} (${id})`;
}

/**
 * The path of a problem relative to a list element such as `offerings[3]`, with or without the
 * element's id label: `offerings[3] (mig-welding).start` → `start`, the element itself → `""`;
 * undefined when the problem lies outside the element.
 */
export function pathInside(path: string, element: string): string | undefined {
	if (!path.startsWith(element)) return undefined;
	const rest = path.slice(element.length).replace(/^ \([a-z0-9-]+\)/, "");
	if (rest === "") return "";
	return rest.startsWith(".") ? rest.slice(1) : undefined;
}

const collator = new Intl.Collator("en", { numeric: true });

/** Problems in path order (`offerings[2]` before `offerings[10]`), which is the file's order for lists. */
export function sortProblems(problems: Problem[]): Problem[] {
	return problems.sort((a, b) => collator.compare(a.path, b.path));
}

/** The one-line form: `offerings[2].start: "2027-02-30" is not a date`. */
export function formatProblem(problem: Problem): string {
	return `${problem.path}: ${problem.message}`;
}

/**
 * Words one issue as a problem's message. An unrecognized-keys issue comes one key at a time
 * (`keys` holds that key), with the fields known where it lies (`known`), for "did you mean".
 */
export type IssueDescriber = (issue: z.core.$ZodIssue, known: readonly string[]) => string;

/**
 * Turns zod's issues into problems whose messages name the offending value. With the schema,
 * an unknown field also gets the known field it most likely misspells. `describe` words each
 * issue (English by default; the web app passes its own language's).
 */
export function problemsFromIssues(
	issues: readonly z.core.$ZodIssue[],
	schema?: z.core.$ZodType,
	describe: IssueDescriber = describeIssue,
): Problem[] {
	return issues.flatMap((issue) => {
		if (issue.code === "unrecognized_keys") {
			const known = schema ? fieldsAt(schema, issue.path) : [];
			return issue.keys.map((key) => ({
				path: formatPath([...issue.path, key]),
				message: describe({ ...issue, keys: [key] }, known),
			}));
		}
		if (
			issue.code === "invalid_union" &&
			issue.errors.length > 0 &&
			zodDefault.test(issue.message)
		) {
			return problemsFromIssues(
				closestBranch(issue.errors).map((inner) => ({
					...inner,
					path: [...issue.path, ...inner.path],
				})),
				schema,
				describe,
			);
		}
		return [{ path: formatPath(issue.path), message: describe(issue, []) }];
	});
}

/**
 * The union branch that the input came closest to: a branch of the input's own type (its
 * issues are inside it) beats one that rejected the input's type outright.
 */
function closestBranch(branches: readonly (readonly z.core.$ZodIssue[])[]): z.core.$ZodIssue[] {
	const typeMismatch = (issues: readonly z.core.$ZodIssue[]) =>
		issues.some(
			(issue) =>
				issue.path.length === 0 &&
				(issue.code === "invalid_type" || issue.code === "invalid_value"),
		);
	const ranked = [...branches].sort((a, b) => Number(typeMismatch(a)) - Number(typeMismatch(b)));
	return [...(ranked[0] ?? [])];
}

// zod's own messages start like this; any other message was written for the field and is kept.
const zodDefault = /^(Invalid|Too (small|big)|Unrecognized|Expected)/;

/** The English message of one issue, naming the offending value; `known` as for `IssueDescriber`. */
export function describeIssue(issue: z.core.$ZodIssue, known: readonly string[] = []): string {
	if (issue.code === "unrecognized_keys")
		return `is not a known field${didYouMean(issue.keys[0] ?? "", known)}`;
	if (!zodDefault.test(issue.message)) return issue.message;
	const shown = showValue(issue.input);
	switch (issue.code) {
		case "invalid_type":
			if (issue.input === undefined) return "is required";
			return `${shown} is not ${typeName(issue.expected)}`;
		case "too_small":
			if (issue.origin === "array") return `needs at least ${String(issue.minimum)} item(s)`;
			if (issue.origin === "string") return "must not be empty";
			return `${shown} is below the minimum of ${String(issue.minimum)}`;
		case "too_big":
			if (issue.origin === "array") return `has more than ${String(issue.maximum)} items`;
			return `${shown} is above the maximum of ${String(issue.maximum)}`;
		case "invalid_value":
			return `${shown} is not one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`;
		case "invalid_key": {
			// A record's key, such as a channel's name, says what is wrong with it in its own issue.
			const inner = issue.issues[0]?.message;
			return inner !== undefined && !zodDefault.test(inner) ? inner : `${shown}: ${issue.message}`;
		}
		case "invalid_format":
		case "custom":
		case "invalid_union":
		case "not_multiple_of":
		case "invalid_element":
			return `${shown}: ${issue.message}`;
	}
}

/** The field names an object schema accepts at a path, following arrays, records and optionals. */
function fieldsAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
	let current: z.core.$ZodType | undefined = schema;
	for (const segment of [...path, null]) {
		current = unwrap(current);
		if (!current) return [];
		const def = current._zod.def as z.core.$ZodTypeDef & {
			shape?: Record<string, z.core.$ZodType>;
			element?: z.core.$ZodType;
			valueType?: z.core.$ZodType;
		};
		if (segment === null) return def.shape ? Object.keys(def.shape) : [];
		if (def.shape) current = def.shape[String(segment)];
		else current = def.element ?? def.valueType;
	}
	return [];
}

function unwrap(schema: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
	let current = schema;
	while (current) {
		const def = current._zod.def as z.core.$ZodTypeDef & { innerType?: z.core.$ZodType };
		if (!def.innerType) return current;
		current = def.innerType;
	}
	return current;
}

/** A type zod expects, as a person names it: `int` → `a whole number`, `object` → `an object`. */
function typeName(expected: string): string {
	if (expected === "int") return "a whole number";
	return `${/^[aeiou]/.test(expected) ? "an" : "a"} ${expected}`;
}
