import { randomBytes } from "node:crypto";
import { findAccountByEmail, normalizeEmail } from "../store/account-repository.ts";
import {
	deleteExpiredSessions,
	deleteSession,
	findSession,
	insertSession,
} from "../store/session-repository.ts";
import { deleteSignInFailuresBefore } from "../store/sign-in-failure-repository.ts";
import { type Account, type AccountActor, accountActor, accountOf } from "./accounts.ts";
import { minute } from "./clock.ts";
import type { ServiceContext } from "./context.ts";
import { type DeviceCookie, deviceOf, issueDeviceCookie } from "./device-cookies.ts";
import { digest } from "./digest.ts";
import { KairosError } from "./errors.ts";
import { checkPasswordWithinLimits, failureWindow } from "./sign-in-limits.ts";

const sessionLifetime = 12 * 60 * minute;

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
	/** A fresh device cookie for this browser: its next sign-ins count on their own. */
	device: DeviceCookie;
}

export interface Credentials {
	email: string;
	password: string;
	/** The client's address, for the per-address limit. */
	address: string;
	/** The device cookie the browser sent, if any. */
	deviceCookie?: string | undefined;
}

/**
 * The keys a sign-in to `email` is counted under, the one signing in first: its device alone,
 * when it shows a device cookie of that account; otherwise the e-mail, shared by every unknown
 * device, and the address it comes from.
 */
export async function signInKeys(
	context: ServiceContext,
	accountId: string | undefined,
	credentials: Omit<Credentials, "password">,
): Promise<[string, ...string[]]> {
	const device =
		accountId === undefined
			? undefined
			: await deviceOf(context, credentials.deviceCookie, accountId);
	if (device !== undefined) return [`device:${device}`];
	return [`email:${normalizeEmail(credentials.email)}`, `address:${credentials.address}`];
}

/**
 * Opens a 12-hour session. Failures are limited (sign-in-limits.ts): more than 10 in 15 minutes
 * for the e-mail or for the address are `rate_limited`, except that a browser with a device
 * cookie of the account is limited on its own, so nobody else can lock its owner out. A wrong
 * e-mail and a wrong password are the same `unauthorized` and take about as long, and so is any
 * password of an account whose invitation is not accepted yet: it has no password of its own. A
 * disabled account is told so only once its password was right.
 */
export async function signIn(context: ServiceContext, credentials: Credentials): Promise<SignedIn> {
	const { db } = context.store;
	const found = await findAccountByEmail(db, credentials.email);
	const account = found?.invitationExpiresAt === null ? found : undefined;
	const keys = await signInKeys(context, account?.id, credentials);
	const matches = await checkPasswordWithinLimits(context, {
		keys,
		passwordHash: account?.passwordHash,
		password: credentials.password,
	});
	if (!account || !matches) throw new KairosError("unauthorized", "wrong e-mail or password");
	if (account.disabledAt !== null)
		throw new KairosError(
			"forbidden",
			"this account is disabled: ask an administrator to enable it again",
		);
	const { passwordHash: _, ...record } = account;
	return openSession(context, accountOf(record));
}

/**
 * Opens a 12-hour session for an account whose person has just proved who they are (a right
 * password, an invitation accepted), with a fresh device cookie for the browser.
 */
export async function openSession(context: ServiceContext, account: Account): Promise<SignedIn> {
	const token = randomBytes(32).toString("base64url");
	const signedInAt = context.clock();
	const session = {
		tokenHash: digest(token),
		accountId: account.id,
		csrfToken: randomBytes(32).toString("base64url"),
		createdAt: signedInAt.toISOString(),
		expiresAt: new Date(signedInAt.getTime() + sessionLifetime).toISOString(),
	};
	await insertSession(context.store.db, session);
	return {
		token,
		csrfToken: session.csrfToken,
		expiresAt: session.expiresAt,
		account,
		actor: accountActor(`account:${account.id}`, account),
		device: await issueDeviceCookie(context, account.id),
	};
}

/**
 * The account behind a session cookie, or undefined when it is unknown, expired, or its account
 * is disabled.
 */
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
