import type { FastifyInstance } from "fastify";
import { parseText, type TextFormat } from "../model/parse-text.ts";
import { formatPath, type PathSegment, type Problem } from "../model/problems.ts";
import { KairosError } from "../service/errors.ts";

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
