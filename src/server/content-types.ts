import type { FastifyInstance } from "fastify";
import { sheetContentTypes } from "../model/api/sheets.ts";
import { parseText, type TextFormat } from "../model/parse-text.ts";
import { formatPath, type PathSegment, type Problem } from "../model/problems.ts";
import { KairosError } from "../service/errors.ts";
import type { SheetFormat } from "../service/sheets.ts";

export const yamlTypes = ["application/yaml", "application/x-yaml", "text/yaml"];

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Accepts YAML (for plan files) and JSON Merge Patch besides JSON, and the sign-up form. A body
 * that cannot be read is a 400 whose one problem says where, never a 500: bytes that are not
 * UTF-8, malformed text, YAML aliases that expand too far, or a NUL character in any value
 * (text cannot hold one, and PostgreSQL refuses it).
 */
export function registerContentTypes(app: FastifyInstance): void {
	const parser =
		(
			what: string,
			read: (text: string) => { ok: true; value: unknown } | { ok: false; problems: Problem[] },
		) =>
		(_request: unknown, body: Buffer, done: (error: Error | null, value?: unknown) => void) => {
			let text: string;
			try {
				text = utf8.decode(body);
			} catch {
				done(
					new KairosError("bad_request", "the body is not UTF-8 text: send it encoded as UTF-8"),
				);
				return;
			}
			const parsed = read(text);
			if (!parsed.ok) {
				done(
					new KairosError("bad_request", `the body cannot be read as ${what}`, {
						problems: parsed.problems,
					}),
				);
				return;
			}
			const nul = nulProblem(parsed.value);
			if (nul)
				done(new KairosError("bad_request", "the body holds a NUL character", { problems: [nul] }));
			else done(null, parsed.value);
		};
	// parseText refuses an empty text too, as one problem at (body).
	const structured = (format: TextFormat) => (text: string) => parseText(text, format, "(body)");

	app.addContentTypeParser(yamlTypes, { parseAs: "buffer" }, parser("YAML", structured("yaml")));
	// The sign-up form posts without JavaScript.
	app.addContentTypeParser(
		"application/x-www-form-urlencoded",
		{ parseAs: "buffer" },
		parser("a form", (text) => ({
			ok: true,
			value: Object.fromEntries(new URLSearchParams(text)),
		})),
	);
	app.removeContentTypeParser("application/json");
	app.addContentTypeParser(
		["application/json", "application/merge-patch+json"],
		{ parseAs: "buffer" },
		parser("JSON", structured("json")),
	);
}

/** The first string (or key) holding U+0000 in a parsed body, as a problem at its path. */
function nulProblem(value: unknown, path: PathSegment[] = []): Problem | undefined {
	if (typeof value === "string")
		return value.includes("\u0000")
			? {
					path: formatPath(path),
					message: "holds a NUL character (U+0000), which text cannot hold",
				}
			: undefined;
	if (value === null || typeof value !== "object") return undefined;
	for (const [key, inner] of Object.entries(value)) {
		const at = [...path, Array.isArray(value) ? Number(key) : key];
		if (key.includes("\u0000"))
			return { path: formatPath(at), message: "is a field name holding a NUL character (U+0000)" };
		const found = nulProblem(inner, at);
		if (found) return found;
	}
	return undefined;
}

/**
 * Accepts an offerings sheet as it is (text/csv or an XLSX workbook): its bytes reach the route
 * unread, because the sheet's reader finds a wrong encoding and names the row and column where
 * it starts. Registered only where a sheet is expected, so no other route takes one.
 */
export function registerSheetContentTypes(app: FastifyInstance): void {
	app.addContentTypeParser(
		Object.values(sheetContentTypes),
		{ parseAs: "buffer" },
		(_request: unknown, body: Buffer, done: (error: Error | null, value?: unknown) => void) =>
			done(null, body),
	);
}

/** Which kind of sheet a request's content type names, if any. */
export function sheetFormatOf(contentType: string | undefined): SheetFormat | undefined {
	const essence = contentType?.split(";")[0]?.trim().toLowerCase();
	if (essence === sheetContentTypes.csv) return "csv";
	if (essence === sheetContentTypes.xlsx) return "xlsx";
	return undefined;
}
