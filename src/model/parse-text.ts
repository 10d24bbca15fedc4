import { type ParseError, parse as parseJsonc, printParseErrorCode } from "jsonc-parser";
import YAML, { type Alias, type Document, LineCounter, type YAMLError } from "yaml";
import type { Problem } from "./problems.ts";

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
 * refuses aliases that expand too far.
 */
export function parseText(text: string, format: TextFormat, source = "(input)"): Parsed {
	if (text.trim() === "") return fail(source, "is empty");
	if (format === "json") {
		try {
			return { ok: true, value: JSON.parse(text) };
		} catch {
			return fail(source, describeJsonError(text));
		}
	}
	return parseYaml(text, source);
}

/**
 * How far aliases may expand: yaml's own default, stated here because it is what stops a
 * "billion laughs" document (a few hundred bytes that expand into gigabytes).
 */
const maxAliasCount = 100;

function parseYaml(text: string, source: string): Parsed {
	const lineCounter = new LineCounter();
	const document = YAML.parseDocument(text, { prettyErrors: true, lineCounter });
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
