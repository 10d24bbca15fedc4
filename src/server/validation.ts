import type { FastifySchemaCompiler } from "fastify";
import type { z } from "zod";
import { problemsFromIssues, sortProblems } from "../model/problems.ts";
import { KairosError } from "../service/errors.ts";

/** Validates requests with the zod schemas and reports problems the way the rest of Kairos does. */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
	({ schema, httpPart }) =>
	(data) => {
		const result = schema.safeParse(data, { reportInput: true });
		if (result.success) return { value: result.data };
		const part = httpPart === "querystring" ? "query" : (httpPart ?? "body");
		return {
			error: new KairosError("validation_failed", `the request ${part} is not valid`, {
				problems: sortProblems(problemsFromIssues(result.error.issues, schema)),
			}),
		};
	};
