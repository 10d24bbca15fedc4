import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { keptSecret } from "../store/secret-repository.ts";
import { nowIso, perContext, type ServiceContext } from "./context.ts";

const keys = perContext(() => new Map<string, Promise<Buffer>>());

/**
 * The HMAC key called `name` (`device-cookie`, `digest-opt-out`), made once per database and
 * kept there, so every process signs and checks alike; read once per context.
 */
export function signingKey(context: ServiceContext, name: string): Promise<Buffer> {
	const cached = keys(context);
	let key = cached.get(name);
	if (key === undefined) {
		key = keptSecret(
			context.store.db,
			name,
			randomBytes(32).toString("base64url"),
			nowIso(context),
		).then(
			(value) => Buffer.from(value, "base64url"),
			(error: unknown) => {
				// A failed read is tried again by the next caller rather than remembered.
				cached.delete(name);
				throw error;
			},
		);
		cached.set(name, key);
	}
	return key;
}

/** The HMAC-SHA-256 of `payload` with `key`, base64url. */
export const signature = (key: Buffer, payload: string) =>
	createHmac("sha256", key).update(payload).digest("base64url");

/** Whether `given` is the signature of `payload`, compared in constant time. */
export function signatureMatches(key: Buffer, payload: string, given: string): boolean {
	const expected = Buffer.from(signature(key, payload));
	const actual = Buffer.from(given);
	return actual.length === expected.length && timingSafeEqual(actual, expected);
}
