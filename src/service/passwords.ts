import { randomBytes, randomInt } from "node:crypto";
import { type Algorithm, hash, verify } from "@node-rs/argon2";

// OWASP's minimum for argon2id (19 MiB, two passes): fast enough for tests and sign-in bursts.
const argon2id: Algorithm.Argon2id = 2;
const argon2Options = { algorithm: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** An argon2id hash (PHC string, `$argon2id$…`) with a fresh random salt. */
export function hashPassword(password: string): Promise<string> {
	return hash(password, argon2Options);
}

/** Whether `password` matches an argon2 hash made by `hashPassword`. */
export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	return verify(passwordHash, password);
}

let dummyHash: Promise<string> | undefined;
/** A hash no password matches, verified when the e-mail is unknown so both failures take as long. */
export const dummyPasswordHash = () => {
	dummyHash ??= hashPassword(randomBytes(32).toString("base64url"));
	return dummyHash;
};

// Letters and digits that cannot be mistaken for one another when read aloud or copied by hand.
const readable = "abcdefghjkmnpqrstuvwxyz23456789";

/** A one-time password of 20 random characters in groups of four (about 99 bits). */
export function generatePassword(): string {
	const groups = Array.from({ length: 5 }, () =>
		Array.from({ length: 4 }, () => readable[randomInt(readable.length)]).join(""),
	);
	return groups.join("-");
}
