import { createHash, randomBytes, randomInt, randomUUID } from "node:crypto";
import { type Algorithm, hash, verify } from "@node-rs/argon2";
import type { Kysely } from "kysely";
import type { Problem } from "../model/problems.ts";
import {
	type AccountRecord,
	clearSignInFailures,
	countSignInFailures,
	deleteExpiredSessions,
	deleteSession,
	deleteSignInFailuresBefore,
	findAccountByEmail,
	findActiveToken,
	findSession,
	insertAccount,
	insertSession,
	insertToken,
	institutionExists,
	listTokens,
	normalizeEmail,
	oldestSignInFailure,
	recordSignInFailure,
	revokeToken,
	type TokenRecord,
	touchToken,
} from "../store/account-repository.ts";
import type { Database } from "../store/schema.ts";
import { type AccountRole, type Actor, accountRoles } from "./actor.ts";
import { KairosError } from "./errors.ts";

/** The clock; tests pass their own to move time without waiting. */
export type Clock = () => Date;
const systemClock: Clock = () => new Date();

const minute = 60_000;
const sessionLifetime = 12 * 60 * minute;
const failureWindow = 15 * minute;
const maxFailures = 10;
const tokenPrefix = "kairos_";

/** An account as the service hands it out: never with its password hash. */
export interface Account extends Omit<AccountRecord, "role"> {
	role: AccountRole;
}

/** An actor who is an account (signed in, or by one of its tokens). */
export type AccountActor = Actor & { accountId: string };

// Passwords

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
const dummyPasswordHash = () => {
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

// Accounts

export interface NewAccount {
	email: string;
	name?: string | undefined;
	role: AccountRole;
	/** Null for an administrator; every other role belongs to one existing institution. */
	institutionId: string | null;
	password: string;
}

/**
 * Creates an account with an argon2id hash of its password. Invalid input is one
 * `validation_failed` with every problem; a taken e-mail (in any letter case) is a `conflict`.
 */
export async function addAccount(
	db: Kysely<Database>,
	input: NewAccount,
	now: Clock = systemClock,
): Promise<{ id: string; email: string; role: AccountRole; institutionId: string | null }> {
	const email = normalizeEmail(input.email);
	const problems = accountProblems({ ...input, email });
	if (
		input.institutionId !== null &&
		!problems.some((problem) => problem.path === "institutionId") &&
		!(await institutionExists(db, input.institutionId))
	) {
		problems.push({
			path: "institutionId",
			message: `institution ${JSON.stringify(input.institutionId)} does not exist`,
		});
	}
	if (problems.length > 0) {
		throw new KairosError("validation_failed", "the account is not valid", { problems });
	}
	const account = {
		id: randomUUID(),
		email,
		name: input.name?.trim() || email,
		role: input.role,
		institutionId: input.institutionId,
		passwordHash: await hashPassword(input.password),
		createdAt: now().toISOString(),
	};
	if (!(await insertAccount(db, account))) {
		throw new KairosError("conflict", `an account with the e-mail ${email} already exists`);
	}
	return { id: account.id, email, role: account.role, institutionId: account.institutionId };
}

function accountProblems(input: NewAccount): Problem[] {
	const problems: Problem[] = [];
	if (input.email.length > 320 || !/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(input.email)) {
		problems.push({
			path: "email",
			message: `${JSON.stringify(input.email)} is not an e-mail address`,
		});
	}
	if (!isAccountRole(input.role)) {
		problems.push({
			path: "role",
			message: `${JSON.stringify(input.role)} is not one of ${accountRoles.join(", ")}`,
		});
	} else if (input.role === "admin" && input.institutionId !== null) {
		problems.push({ path: "institutionId", message: "an administrator belongs to no institution" });
	} else if (input.role !== "admin" && input.institutionId === null) {
		problems.push({ path: "institutionId", message: `a ${input.role} belongs to an institution` });
	}
	const length = [...input.password].length;
	if (length < 12 || length > 1024) {
		problems.push({ path: "password", message: "must have 12 to 1024 characters" });
	}
	return problems;
}

function isAccountRole(role: string): role is AccountRole {
	return (accountRoles as readonly string[]).includes(role);
}

function accountOf(record: AccountRecord): Account {
	// Roles are only written through addAccount; another value means the database was edited.
	if (!isAccountRole(record.role)) {
		throw new Error(`account ${record.id} has the unknown role ${JSON.stringify(record.role)}`);
	}
	return { ...record, role: record.role };
}

// Sessions

/** SHA-256 in hex: what is stored of a session or bearer token. */
const digest = (token: string) => createHash("sha256").update(token).digest("hex");

export interface SignedIn {
	/** The session cookie's value; only its SHA-256 is stored. */
	token: string;
	/** Sent back in `X-CSRF-Token` with every cookie-authenticated write. */
	csrfToken: string;
	/** ISO 8601, 12 hours after sign-in. */
	expiresAt: string;
	account: Account;
}

/**
 * Opens a 12-hour session. More than 10 failures in 15 minutes for the e-mail or for the
 * address are `rate_limited` before the password is looked at; a wrong e-mail and a wrong
 * password are the same `unauthorized` and take about as long.
 */
export async function signIn(
	db: Kysely<Database>,
	credentials: { email: string; password: string; address: string },
	now: Clock = systemClock,
): Promise<SignedIn> {
	const email = normalizeEmail(credentials.email);
	const keys = [`email:${email}`, `address:${credentials.address}`];
	await refuseWhenLimited(db, keys, now());

	const account = await findAccountByEmail(db, email);
	const matches = await verifyPassword(
		account?.passwordHash ?? (await dummyPasswordHash()),
		credentials.password,
	);
	if (!account || !matches) {
		const at = now().toISOString();
		for (const key of keys) await recordSignInFailure(db, key, at);
		throw new KairosError("unauthorized", "wrong e-mail or password");
	}
	await clearSignInFailures(db, `email:${email}`);

	const token = randomBytes(32).toString("base64url");
	const signedInAt = now();
	const session = {
		tokenHash: digest(token),
		accountId: account.id,
		csrfToken: randomBytes(32).toString("base64url"),
		createdAt: signedInAt.toISOString(),
		expiresAt: new Date(signedInAt.getTime() + sessionLifetime).toISOString(),
	};
	await insertSession(db, session);
	const { passwordHash: _, ...record } = account;
	return {
		token,
		csrfToken: session.csrfToken,
		expiresAt: session.expiresAt,
		account: accountOf(record),
	};
}

async function refuseWhenLimited(db: Kysely<Database>, keys: string[], at: Date): Promise<void> {
	const since = new Date(at.getTime() - failureWindow).toISOString();
	let retryAt = 0;
	for (const key of keys) {
		if ((await countSignInFailures(db, key, since)) < maxFailures) continue;
		const oldest = await oldestSignInFailure(db, key, since);
		if (oldest !== undefined) retryAt = Math.max(retryAt, Date.parse(oldest) + failureWindow);
	}
	if (retryAt === 0) return;
	const retryAfter = Math.max(1, Math.ceil((retryAt - at.getTime()) / 1000));
	throw new KairosError(
		"rate_limited",
		`too many failed sign-ins: try again in ${retryAfter} seconds`,
		{ retryAfter },
	);
}

/** The account behind a session cookie, or undefined when it is unknown or expired. */
export async function authenticateSession(
	db: Kysely<Database>,
	token: string,
	now: Clock = systemClock,
): Promise<{ actor: AccountActor; csrfToken: string; account: Account } | undefined> {
	const found = await findSession(db, digest(token), now().toISOString());
	if (!found) return undefined;
	const account = accountOf(found.account);
	return {
		actor: actorOf(`account:${account.id}`, account),
		csrfToken: found.session.csrfToken,
		account,
	};
}

export async function signOut(db: Kysely<Database>, token: string): Promise<void> {
	await deleteSession(db, digest(token));
}

/** Deletes expired sessions and the sign-in failures no window counts any more. */
export async function forgetExpired(db: Kysely<Database>, now: Clock = systemClock): Promise<void> {
	const at = now();
	await deleteExpiredSessions(db, at.toISOString());
	await deleteSignInFailuresBefore(db, new Date(at.getTime() - failureWindow).toISOString());
}

function actorOf(label: string, account: Account): AccountActor {
	return { label, role: account.role, institutionId: account.institutionId, accountId: account.id };
}

/**
 * The account an actor acts for; the command line is no account.
 */
export function accountIdOf(actor: Actor): string {
	if (actor.accountId === null)
		throw new KairosError("forbidden", `${actor.label} is not an account`);
	return actor.accountId;
}

// Bearer tokens

export type ApiToken = Omit<TokenRecord, "accountId">;

/** Creates a bearer token with the account's role; the token is in the result and nowhere else. */
export async function createApiToken(
	db: Kysely<Database>,
	accountId: string,
	name: string,
	now: Clock = systemClock,
): Promise<{ id: string; name: string; token: string; createdAt: string }> {
	const trimmed = name.trim();
	if (trimmed.length === 0 || trimmed.length > 100) {
		throw new KairosError("validation_failed", "the token needs a name", {
			problems: [{ path: "name", message: "must have 1 to 100 characters" }],
		});
	}
	const token = `${tokenPrefix}${randomBytes(32).toString("base64url")}`;
	const created = { id: randomUUID(), name: trimmed, createdAt: now().toISOString() };
	await insertToken(db, { ...created, accountId, tokenHash: digest(token) });
	return { ...created, token };
}

/**
 * The account behind a bearer token, or undefined when it is unknown or revoked. Records the
 * use at most once a minute, so busy integrations do not write on every request.
 */
export async function authenticateToken(
	db: Kysely<Database>,
	token: string,
	now: Clock = systemClock,
): Promise<{ actor: AccountActor; account: Account; tokenId: string } | undefined> {
	if (!token.startsWith(tokenPrefix)) return undefined;
	const found = await findActiveToken(db, digest(token));
	if (!found) return undefined;
	const at = now();
	const lastUsed = found.token.lastUsedAt;
	if (lastUsed === null || at.getTime() - Date.parse(lastUsed) >= minute) {
		await touchToken(db, found.token.id, at.toISOString());
	}
	const account = accountOf(found.account);
	return { actor: actorOf(`token:${found.token.id}`, account), account, tokenId: found.token.id };
}

/** Revokes one of the account's tokens; another account's token is `not_found`. */
export async function revokeApiToken(
	db: Kysely<Database>,
	accountId: string,
	tokenId: string,
	now: Clock = systemClock,
): Promise<void> {
	if (!(await revokeToken(db, tokenId, accountId, now().toISOString()))) {
		throw new KairosError("not_found", `token "${tokenId}" does not exist`);
	}
}

/** The account's tokens, revoked ones included, without their hashes. */
export async function listApiTokens(db: Kysely<Database>, accountId: string): Promise<ApiToken[]> {
	const tokens = await listTokens(db, accountId);
	return tokens.map(({ accountId: _, ...token }) => token);
}
