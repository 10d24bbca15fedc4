import { createHash } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import { KairosError } from "../service/errors.ts";

/** A strong ETag for a version: `"7"`. */
export function etagOf(version: number): string {
	return `"${version}"`;
}

export function setEtag(reply: FastifyReply, version: number): void {
	void reply.header("etag", etagOf(version));
}

/**
 * The version a write is conditional on, from `If-Match`. Missing → 428; anything that is not
 * one of our ETags → 412, since it cannot match the current version.
 */
export function requiredVersion(request: FastifyRequest): number {
	const header = request.headers["if-match"];
	if (header === undefined || header === "") {
		throw new KairosError(
			"precondition_required",
			"send If-Match with the ETag you read, so that no one else's change is overwritten",
		);
	}
	const trimmed = header.trim();
	// A change needs the strong ETag of what it changes (RFC 9110 §13.1.1): a weak one never matches.
	if (trimmed.startsWith("W/"))
		throw new KairosError(
			"precondition_failed",
			`If-Match ${header} is a weak ETag, which never matches a change: send the ETag of the resource you read`,
		);
	const match = /^"(\d+)"$/.exec(trimmed);
	if (!match)
		throw new KairosError(
			"precondition_failed",
			`If-Match ${header} does not match the current version: reload and try again`,
		);
	return Number(match[1]);
}

/**
 * Sends JSON that was serialised ahead of time, with a weak ETag; a client that already holds
 * that version gets 304 and no body.
 */
export function sendCachedJson(
	request: FastifyRequest,
	reply: FastifyReply,
	etag: string,
	json: Buffer,
): FastifyReply {
	if (sentNotModified(request, reply, etag)) return reply;
	return reply.type("application/json; charset=utf-8").send(json);
}

/**
 * Sets the answer's ETag and, when the client already holds that version, answers 304 with no
 * body: true when it did, and the caller has nothing more to make or send.
 */
export function sentNotModified(
	request: FastifyRequest,
	reply: FastifyReply,
	etag: string,
): boolean {
	void reply.header("etag", etag);
	if (!ifNoneMatchHolds(request.headers["if-none-match"], etag)) return false;
	void reply.status(304).send();
	return true;
}

/** A weak ETag for what is made from a version key of any length: `W/"…"`, a digest of it. */
export function weakEtagOf(version: string): string {
	return `W/"${createHash("sha256").update(version).digest("base64url").slice(0, 22)}"`;
}

/**
 * Whether an `If-None-Match` header holds `tag`, compared weakly (RFC 9110 §13.1.2): a list
 * of tags, `*`, and `W/` prefixes that do not matter.
 */
export function ifNoneMatchHolds(header: string | undefined, tag: string): boolean {
	if (header === undefined) return false;
	const opaque = (value: string) => value.trim().replace(/^W\//, "");
	return header
		.split(",")
		.some((candidate) => candidate.trim() === "*" || opaque(candidate) === opaque(tag));
}
