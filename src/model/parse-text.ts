import { type ParseError, parse as parseJsonc, printParseErrorCode } from "jsonc-parser";
import YAML, { type Alias, type Document, LineCounter, type YAMLError } from "yaml";
import { formatPath, type PathSegment, type Problem } from "./problems.ts";

export type TextFormat = "json" | "yaml";
export type Parsed = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

/** Picks the format from a file name, or from the first character when the name says nothing. */
export function detectFormat(text: string, fileName = ""): TextFormat {
	if (/\.json$/i.test(fileName)) return "json";
	if (/\.ya?ml$/i.test(fileName)) return "yaml";
	return text.trimStart().startsWith("{") ? "json" : "yaml";
}

/**
 * Parses plan text as JSON or YAML. A syntax error is one problem that names its line and
 * column; YAML keeps dates as strings (YAML 1.2 core schema), rejects duplicate keys, and
 * refuses aliases that expand too far. Objects and lists nested deeper than
 * `maxNestingDepth` are refused in both formats.
 */
export function parseText(text: string, format: TextFormat, source = "(input)"): Parsed {
	if (text.trim() === "") return fail(source, "is empty");
	const parsed = format === "json" ? parseJson(text, source) : parseYaml(text, source);
	if (!parsed.ok) return parsed;
	// After YAML's aliases are expanded too: an alias can nest a value inside itself. The quick
	// walk allocates nothing; the path is looked for only when something is too deep.
	if (!nestsTooDeep(parsed.value, 0)) return parsed;
	return fail(source, nestingMessage(tooDeep(parsed.value, childrenOfValue) ?? []));
}

/**
 * How deep objects and lists may nest in a plan file or a request body. A plan needs about 8
 * levels; the limit keeps whatever walks the value (validation, merge patches) off the end of
 * the stack.
 */
export const maxNestingDepth = 32;

function parseJson(text: string, source: string): Parsed {
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch {
		// jsonc-parser, which locates the error, recurses once per level: keep it shallow.
		const deep = tooDeepBracket(text);
		if (deep !== undefined) {
			const { line, column } = lineAndColumn(text, deep);
			return fail(
				source,
				`line ${line}, column ${column}: nested deeper than ${maxNestingDepth} levels`,
			);
		}
		return fail(source, describeJsonError(text));
	}
}

/**
 * How far aliases may expand: yaml's own default, stated here because it is what stops a
 * "billion laughs" document (a few hundred bytes that expand into gigabytes).
 */
const maxAliasCount = 100;

function parseYaml(text: string, source: string): Parsed {
	const lineCounter = new LineCounter();
	const document = YAML.parseDocument(text, { prettyErrors: true, lineCounter });
	// Before the errors: nesting deep enough to exhaust yaml's stack is one of them.
	const deep = tooDeep(document.contents, childrenOfYaml);
	if (deep) return fail(source, nestingMessage(deep));
	const [error] = document.errors;
	if (error) return fail(source, describeYamlError(error));
	try {
		return { ok: true, value: document.toJS({ maxAliasCount }) };
	} catch (error) {
		// yaml reports an alias it cannot (or will not) expand only here, as a ReferenceError.
		if (!(error instanceof ReferenceError)) throw error;
		return fail(source, describeAliasError(document, lineCounter));
	}
}

function describeYamlError(error: YAMLError): string {
	const [position] = error.linePos ?? [];
	const where = position ? `line ${position.line}, column ${position.col}` : "unknown position";
	return `${where}: not valid YAML: ${firstLine(error.message)}`;
}

/** Names an alias without an anchor before it, else the first alias: the start of a bomb. */
function describeAliasError(document: Document, lineCounter: LineCounter): string {
	const anchors = new Set<string>();
	const aliases: Alias[] = [];
	// The order of `visit` is the order yaml resolves aliases in: an anchor counts from its node on.
	YAML.visit(document, (_key, node) => {
		if (!YAML.isAlias(node)) {
			if (YAML.isNode(node) && node.anchor) anchors.add(node.anchor);
			return undefined;
		}
		aliases.push(node);
		return anchors.has(node.source) ? undefined : YAML.visit.BREAK;
	});
	// The walk stops at the first alias without an anchor, so it is the last one collected.
	const last = aliases.at(-1);
	if (last && !anchors.has(last.source))
		return `${yamlPosition(last, lineCounter)}: not valid YAML: the alias *${last.source} has no anchor &${last.source} before it`;
	const [first] = aliases;
	return `${yamlPosition(first, lineCounter)}: the YAML aliases, from *${first?.source ?? ""} here on, expand into too much data: write the repeated values out instead`;
}

function yamlPosition(node: Alias | undefined, lineCounter: LineCounter): string {
	const offset = node?.range?.[0];
	if (offset === undefined) return "unknown position";
	const { line, col } = lineCounter.linePos(offset);
	return `line ${line}, column ${col}`;
}

type Children<T> = (node: T) => Iterable<[PathSegment, T]> | undefined;

/**
 * The path to the first object or list nested deeper than `maxNestingDepth`, or undefined. The
 * walk goes no deeper than the limit, so a value of any depth (or a cycle) is safe to check.
 */
function tooDeep<T>(
	node: T,
	childrenOf: Children<T>,
	depth = 0,
	path: PathSegment[] = [],
): PathSegment[] | undefined {
	const children = childrenOf(node);
	if (!children) return undefined;
	if (depth === maxNestingDepth) return path;
	for (const [segment, child] of children) {
		path.push(segment);
		const found = tooDeep(child, childrenOf, depth + 1, path);
		if (found) return found;
		path.pop();
	}
	return undefined;
}

/** Whether a value nests objects or lists deeper than `maxNestingDepth`, without allocating. */
function nestsTooDeep(value: unknown, depth: number): boolean {
	if (value === null || typeof value !== "object") return false;
	if (depth === maxNestingDepth) return true;
	if (Array.isArray(value)) {
		for (const item of value) if (nestsTooDeep(item, depth + 1)) return true;
		return false;
	}
	for (const key in value)
		if (nestsTooDeep((value as Record<string, unknown>)[key], depth + 1)) return true;
	return false;
}

function childrenOfValue(value: unknown): Iterable<[PathSegment, unknown]> | undefined {
	if (Array.isArray(value)) return value.entries();
	if (value !== null && typeof value === "object") return Object.entries(value);
	return undefined;
}

function childrenOfYaml(node: unknown): Iterable<[PathSegment, unknown]> | undefined {
	if (YAML.isSeq(node)) return node.items.entries();
	if (!YAML.isMap(node)) return undefined;
	return node.items.flatMap(({ key, value }): [PathSegment, unknown][] => {
		const segment = YAML.isScalar(key) ? String(key.value) : "(key)";
		// A key can be a list or a map too (`? [a, b]`), and nest as deep as a value.
		return YAML.isCollection(key)
			? [
					[segment, key],
					[segment, value],
				]
			: [[segment, value]];
	});
}

/** The offset of the first `{` or `[` (outside strings) nested deeper than `maxNestingDepth`. */
function tooDeepBracket(text: string): number | undefined {
	let depth = 0;
	let inString = false;
	for (let index = 0; index < text.length; index++) {
		const character = text[index];
		if (inString) {
			if (character === "\\") index++;
			else if (character === '"') inString = false;
		} else if (character === '"') inString = true;
		else if (character === "{" || character === "[") {
			depth++;
			if (depth > maxNestingDepth) return index;
		} else if (character === "}" || character === "]") depth--;
	}
	return undefined;
}

/** Names the path, shortened to whole segments within 80 characters: its start says most. */
function nestingMessage(path: readonly PathSegment[]): string {
	let shown = path.length;
	while (shown > 1 && formatPath(path.slice(0, shown)).length > 80) shown--;
	const where = `${formatPath(path.slice(0, shown))}${shown < path.length ? "…" : ""}`;
	return `nested deeper than ${maxNestingDepth} levels at ${where}`;
}

function describeJsonError(text: string): string {
	const errors: ParseError[] = [];
	parseJsonc(text, errors, {
		disallowComments: true,
		allowTrailingComma: false,
		allowEmptyContent: false,
	});
	const [first] = errors;
	if (!first) return "not valid JSON";
	const { line, column } = lineAndColumn(text, first.offset);
	return `line ${line}, column ${column}: not valid JSON: ${humanize(printParseErrorCode(first.error))}`;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (
		let index = text.indexOf("\n");
		index !== -1 && index < offset;
		index = text.indexOf("\n", index + 1)
	) {
		line += 1;
		lineStart = index + 1;
	}
	return { line, column: offset - lineStart + 1 };
}

/** `PropertyNameExpected` → `property name expected`. */
function humanize(code: string): string {
	return code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

function firstLine(message: string): string {
	return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
}

function fail(path: string, message: string): Parsed {
	return { ok: false, problems: [{ path, message }] };
}
