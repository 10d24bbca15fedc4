import { randomBytes } from "node:crypto";
import { findAccountByEmail, normalizeEmail } from "../store/account-repository.ts";
import {
	clearSignInFailures,
	countSignInFailures,
	deleteExpiredSessions,
	deleteSession,
	deleteSignInFailuresBefore,
	findSession,
	insertSession,
	oldestSignInFailure,
	recordSignInFailure,
} from "../store/session-repository.ts";
import { type Account, type AccountActor, accountActor, accountOf } from "./accounts.ts";
import { minute } from "./clock.ts";
import type { ServiceContext } from "./context.ts";
import { digest } from "./digest.ts";
import { KairosError } from "./errors.ts";
import { dummyPasswordHash, verifyPassword } from "./passwords.ts";

const sessionLifetime = 12 * 60 * minute;
const failureWindow = 15 * minute;
const maxFailures = 10;

export interface SignedIn {
	/** The session cookie's value; only its SHA-256 is stored. */
	token: string;
	/** Sent back in `X-CSRF-Token` with every cookie-authenticated write. */
	csrfToken: string;
	/** ISO 8601, 12 hours after sign-in. */
	expiresAt: string;
	account: Account;
	/** Who the session acts as. */
	actor: AccountActor;
}

/**
 * Opens a 12-hour session. More than 10 failures in 15 minutes for the e-mail or for the
 * address are `rate_limited` before the password is looked at; a wrong e-mail and a wrong
 * password are the same `unauthorized` and take about as long.
 */
export async function signIn(
	context: ServiceContext,
	credentials: { email: string; password: string; address: string },
): Promise<SignedIn> {
	const { db } = context.store;
	const now = context.clock;
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
	const signedIn = accountOf(record);
	return {
		token,
		csrfToken: session.csrfToken,
		expiresAt: session.expiresAt,
		account: signedIn,
		actor: accountActor(`account:${signedIn.id}`, signedIn),
	};
}

async function refuseWhenLimited(
	db: ServiceContext["store"]["db"],
	keys: string[],
	at: Date,
): Promise<void> {
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
	context: ServiceContext,
	token: string,
): Promise<{ actor: AccountActor; csrfToken: string; account: Account } | undefined> {
	const found = await findSession(context.store.db, digest(token), context.clock().toISOString());
	if (!found) return undefined;
	const account = accountOf(found.account);
	return {
		actor: accountActor(`account:${account.id}`, account),
		csrfToken: found.session.csrfToken,
		account,
	};
}

export async function signOut(context: ServiceContext, token: string): Promise<void> {
	await deleteSession(context.store.db, digest(token));
}

/** Deletes expired sessions and the sign-in failures no window counts any more. */
export async function forgetExpired(context: ServiceContext): Promise<void> {
	const { db } = context.store;
	const at = context.clock();
	await deleteExpiredSessions(db, at.toISOString());
	await deleteSignInFailuresBefore(db, new Date(at.getTime() - failureWindow).toISOString());
}
