import type { FastifyInstance } from "fastify";
import { parseText } from "../model/parse-text.ts";
import { KairosError } from "../service/errors.ts";

export const yamlTypes = ["application/yaml", "application/x-yaml", "text/yaml"];

/**
 * Accepts YAML (for plan files) and JSON Merge Patch besides JSON. A body that cannot be read
 * (malformed, or YAML aliases that expand too far) is a 400 whose one problem says where,
 * never a 500.
 */
export function registerContentTypes(app: FastifyInstance): void {
	app.addContentTypeParser(yamlTypes, { parseAs: "string" }, (_request, body, done) => {
		const parsed = parseText(String(body), "yaml", "(body)");
		if (parsed.ok) done(null, parsed.value);
		else
			done(
				new KairosError("bad_request", "the body cannot be read as YAML", {
					problems: parsed.problems,
				}),
				undefined,
			);
	});
	// The sign-up form posts without JavaScript.
	app.addContentTypeParser(
		"application/x-www-form-urlencoded",
		{ parseAs: "string" },
		(_request, body, done) => {
			done(null, Object.fromEntries(new URLSearchParams(String(body))));
		},
	);
	app.removeContentTypeParser("application/json");
	app.addContentTypeParser(
		["application/json", "application/merge-patch+json"],
		{ parseAs: "string" },
		(_request, body, done) => {
			const text = String(body);
			if (text.trim() === "") {
				done(new KairosError("bad_request", "the request body is empty"), undefined);
				return;
			}
			const parsed = parseText(text, "json", "(body)");
			if (parsed.ok) done(null, parsed.value);
			else
				done(
					new KairosError("bad_request", "the body cannot be read as JSON", {
						problems: parsed.problems,
					}),
					undefined,
				);
		},
	);
}
