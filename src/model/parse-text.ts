import { type ParseError, parse as parseJsonc, printParseErrorCode } from "jsonc-parser";
import YAML, { YAMLParseError } from "yaml";
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
 * column; YAML keeps dates as strings (YAML 1.2 core schema) and rejects duplicate keys.
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
	try {
		return { ok: true, value: YAML.parse(text, { prettyErrors: true }) };
	} catch (error) {
		if (!(error instanceof YAMLParseError)) throw error;
		const [position] = error.linePos ?? [];
		const where = position ? `line ${position.line}, column ${position.col}` : "unknown position";
		return fail(source, `${where}: not valid YAML: ${firstLine(error.message)}`);
	}
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
