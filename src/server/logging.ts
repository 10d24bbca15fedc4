import type { FastifyServerOptions } from "fastify";

type PinoOptions = Exclude<FastifyServerOptions["logger"], boolean | undefined>;

/** Where the server's log goes and how much of it: unexpected errors always, requests on demand. */
export interface LogOptions {
	/** Log every request too (`KAIROS_LOG`), not only unexpected errors. */
	requests?: boolean;
	/** JSON lines go here; standard output when absent. */
	stream?: { write(line: string): void };
}

/**
 * Secrets in addresses: the learners' links, the digests' opt-out and opt-in links, invitations
 * and personal task calendars. A log must not hold a working link.
 */
const tokenInPath =
	/\/(confirm|unsubscribe|my-data|digests\/opt-out|digests\/opt-in|invitations|feeds\/tasks)\/[^/?#]+/g;

/**
 * The server's pino options. Unexpected errors are logged whatever `requests` says, as JSON
 * lines without secrets: no cookie, authorization or CSRF header, no link token in an address,
 * and no database detail that may quote a row's values.
 */
export function loggerOptions(options: LogOptions = {}): PinoOptions {
	return {
		level: options.requests ? "info" : "error",
		...(options.stream && { stream: options.stream }),
		redact: {
			paths: [
				"req.headers.cookie",
				"req.headers.authorization",
				'req.headers["x-csrf-token"]',
				"err.detail",
				"err.parameters",
			],
			censor: "[redacted]",
		},
		serializers: {
			req: (request) => ({
				method: request.method,
				url: request.url.replace(tokenInPath, "/$1/[token]"),
				remoteAddress: request.ip,
			}),
		},
	};
}
