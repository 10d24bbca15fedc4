import type { Problem } from "../model/problems.ts";

/** Stable error codes; the HTTP layer maps each to a status and an RFC 9457 problem type. */
export const errorStatus = {
	bad_request: 400,
	validation_failed: 400,
	unauthorized: 401,
	forbidden: 403,
	csrf_failed: 403,
	cross_site_refused: 403,
	password_change_required: 403,
	not_found: 404,
	conflict: 409,
	precondition_failed: 412,
	payload_too_large: 413,
	unsupported_media_type: 415,
	precondition_required: 428,
	rate_limited: 429,
} as const;
export type ErrorCode = keyof typeof errorStatus;

/**
 * The one error type for expected failures (bad input, missing rows, stale versions, denied
 * access). Anything else that is thrown is a bug and becomes a 500 without details.
 */
export class KairosError extends Error {
	readonly code: ErrorCode;
	readonly problems: readonly Problem[];
	/** Seconds until a rate-limited client may try again. */
	readonly retryAfter: number | undefined;

	constructor(
		code: ErrorCode,
		message: string,
		options: { problems?: readonly Problem[]; retryAfter?: number } = {},
	) {
		super(message);
		this.name = "KairosError";
		this.code = code;
		this.problems = options.problems ?? [];
		this.retryAfter = options.retryAfter;
	}
}

export const notFound = (what: string) => new KairosError("not_found", `${what} does not exist`);
