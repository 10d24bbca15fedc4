import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { type ErrorCode, errorStatus, KairosError } from "../service/errors.ts";

/** An RFC 9457 problem document; `errors` lists validation problems with their paths. */
export interface ProblemDocument {
	type: string;
	title: string;
	status: number;
	detail: string;
	code: ErrorCode | "internal_error";
	instance: string;
	errors?: { path: string; message: string }[];
}

const titles: Record<ErrorCode | "internal_error", string> = {
	bad_request: "Bad request",
	validation_failed: "The input is not valid",
	unauthorized: "Sign-in required",
	forbidden: "Not allowed",
	csrf_failed: "Missing or wrong CSRF token",
	cross_site_refused: "Cross-site request refused",
	password_change_required: "Set your own password first",
	not_found: "Not found",
	conflict: "Conflict",
	precondition_failed: "Changed by someone else",
	payload_too_large: "Request too large",
	unsupported_media_type: "Unsupported content type",
	precondition_required: "If-Match required",
	rate_limited: "Too many attempts",
	internal_error: "Internal error",
};

/** Fastify's own client errors, by their codes, as Kairos error codes. */
function fromFastify(error: FastifyError, request: FastifyRequest): KairosError | undefined {
	switch (error.code) {
		case "FST_ERR_CTP_BODY_TOO_LARGE":
			return new KairosError(
				"payload_too_large",
				"the request body is larger than the server accepts",
			);
		case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
			return new KairosError(
				"unsupported_media_type",
				`content type ${JSON.stringify(request.headers["content-type"] ?? "")} is not accepted: send application/json or application/yaml`,
			);
		case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
			return new KairosError("bad_request", "the body's length is not the Content-Length sent");
		case "FST_ERR_CTP_EMPTY_JSON_BODY":
			return new KairosError("bad_request", "the request body is empty");
		default:
			if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
				return new KairosError("bad_request", error.message);
			}
			return undefined;
	}
}

/** The one place where errors become responses: `application/problem+json`, never a stack trace. */
export function sendProblem(
	error: FastifyError | KairosError,
	request: FastifyRequest,
	reply: FastifyReply,
): FastifyReply {
	const known = error instanceof KairosError ? error : fromFastify(error as FastifyError, request);
	if (!known) request.log.error({ err: error, req: request }, "unexpected error");
	const code = known?.code ?? "internal_error";
	const status = known ? errorStatus[known.code] : 500;
	const document: ProblemDocument = {
		type: `urn:kairos:problem:${code.replace(/_/g, "-")}`,
		title: titles[code],
		status,
		detail:
			known?.message ??
			`something went wrong on the server; it is logged with the request id ${request.id}`,
		code,
		instance: request.url,
		...(known &&
			known.problems.length > 0 && {
				errors: known.problems.map(({ path, message }) => ({ path, message })),
			}),
	};
	if (known?.retryAfter !== undefined) void reply.header("retry-after", String(known.retryAfter));
	return reply.status(status).type("application/problem+json").send(document);
}
