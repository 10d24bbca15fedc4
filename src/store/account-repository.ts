import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

/** An account without its password hash. `role` is checked against the roles by the service. */
export interface AccountRecord {
	id: string;
	email: string;
	name: string;
	role: string;
	/** Null for administrators, who see every institution. */
	institutionId: string | null;
	createdAt: string;
}

/** An account with its argon2id hash: only sign-in needs it, so it never goes further. */
export interface AccountWithPassword extends AccountRecord {
	passwordHash: string;
}

export interface SessionRecord {
	/** SHA-256 (hex) of the cookie's token; the token itself is never stored. */
	tokenHash: string;
	accountId: string;
	csrfToken: string;
	createdAt: string;
	expiresAt: string;
}

/** A bearer token as listed to its owner: no hash. */
export interface TokenRecord {
	id: string;
	accountId: string;
	name: string;
	createdAt: string;
	lastUsedAt: string | null;
	revokedAt: string | null;
}

export interface NewToken {
	id: string;
	accountId: string;
	name: string;
	/** SHA-256 (hex) of the token shown once to its owner. */
	tokenHash: string;
	createdAt: string;
}

/** E-mail addresses are compared and stored trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
	return email.trim().toLowerCase();
}

const accountColumns = [
	"accounts.id",
	"accounts.email",
	"accounts.name",
	"accounts.role",
	"accounts.institution_id",
	"accounts.created_at",
] as const;

interface AccountColumns {
	id: string;
	email: string;
	name: string;
	role: string;
	institution_id: string | null;
	created_at: string;
}

function accountOf(row: AccountColumns): AccountRecord {
	return {
		id: row.id,
		email: row.email,
		name: row.name,
		role: row.role,
		institutionId: row.institution_id,
		createdAt: row.created_at,
	};
}

// Accounts

/**
 * Inserts an account, its e-mail normalized. Returns false, inserting nothing, when the e-mail
 * is taken: the unique index decides, so two concurrent inserts cannot both win.
 */
export async function insertAccount(
	db: Kysely<Database>,
	account: AccountWithPassword,
): Promise<boolean> {
	const result = await db
		.insertInto("accounts")
		.values({
			id: account.id,
			email: normalizeEmail(account.email),
			name: account.name,
			role: account.role,
			institution_id: account.institutionId,
			password_hash: account.passwordHash,
			created_at: account.createdAt,
		})
		.onConflict((conflict) => conflict.column("email").doNothing())
		.executeTakeFirst();
	return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** The account with this e-mail (compared normalized), with its password hash. */
export async function findAccountByEmail(
	db: Kysely<Database>,
	email: string,
): Promise<AccountWithPassword | undefined> {
	const row = await db
		.selectFrom("accounts")
		.select([...accountColumns, "accounts.password_hash"])
		.where("accounts.email", "=", normalizeEmail(email))
		.executeTakeFirst();
	return row && { ...accountOf(row), passwordHash: row.password_hash };
}

/** The account with this id, without its password hash. */
export async function findAccountById(
	db: Kysely<Database>,
	id: string,
): Promise<AccountRecord | undefined> {
	const row = await db
		.selectFrom("accounts")
		.select(accountColumns)
		.where("accounts.id", "=", id)
		.executeTakeFirst();
	return row && accountOf(row);
}

/** Replaces an account's password hash. Returns false when there is no such account. */
export async function updatePasswordHash(
	db: Kysely<Database>,
	id: string,
	passwordHash: string,
): Promise<boolean> {
	const result = await db
		.updateTable("accounts")
		.set({ password_hash: passwordHash })
		.where("id", "=", id)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) > 0;
}

/** The accounts of one institution, or every account for null (an administrator's view), by e-mail. */
export async function listAccounts(
	db: Kysely<Database>,
	institutionId: string | null,
): Promise<AccountRecord[]> {
	let query = db.selectFrom("accounts").select(accountColumns);
	if (institutionId !== null) query = query.where("accounts.institution_id", "=", institutionId);
	const rows = await query.orderBy("accounts.email").execute();
	return rows.map(accountOf);
}

/** Whether an institution with this id exists (accounts other than administrators need one). */
export async function institutionExists(db: Kysely<Database>, id: string): Promise<boolean> {
	const row = await db
		.selectFrom("institutions")
		.select("id")
		.where("id", "=", id)
		.executeTakeFirst();
	return row !== undefined;
}

// Sessions

export async function insertSession(db: Kysely<Database>, session: SessionRecord): Promise<void> {
	await db
		.insertInto("sessions")
		.values({
			token_hash: session.tokenHash,
			account_id: session.accountId,
			csrf_token: session.csrfToken,
			created_at: session.createdAt,
			expires_at: session.expiresAt,
		})
		.execute();
}

/** The session with this token hash and its account, unless it expired at or before `nowIso`. */
export async function findSession(
	db: Kysely<Database>,
	tokenHash: string,
	nowIso: string,
): Promise<{ session: SessionRecord; account: AccountRecord } | undefined> {
	const row = await db
		.selectFrom("sessions")
		.innerJoin("accounts", "accounts.id", "sessions.account_id")
		.select([
			...accountColumns,
			"sessions.token_hash",
			"sessions.csrf_token",
			"sessions.created_at as session_created_at",
			"sessions.expires_at",
		])
		.where("sessions.token_hash", "=", tokenHash)
		// ISO 8601 UTC timestamps of one width sort as strings in time order.
		.where("sessions.expires_at", ">", nowIso)
		.executeTakeFirst();
	if (!row) return undefined;
	return {
		session: {
			tokenHash: row.token_hash,
			accountId: row.id,
			csrfToken: row.csrf_token,
			createdAt: row.session_created_at,
			expiresAt: row.expires_at,
		},
		account: accountOf(row),
	};
}

export async function deleteSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
	await db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
}

/** Deletes the sessions that expired at or before `nowIso`; returns how many. */
export async function deleteExpiredSessions(db: Kysely<Database>, nowIso: string): Promise<number> {
	const result = await db
		.deleteFrom("sessions")
		.where("expires_at", "<=", nowIso)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

// API tokens

export async function insertToken(db: Kysely<Database>, token: NewToken): Promise<void> {
	await db
		.insertInto("api_tokens")
		.values({
			id: token.id,
			account_id: token.accountId,
			name: token.name,
			token_hash: token.tokenHash,
			created_at: token.createdAt,
			last_used_at: null,
			revoked_at: null,
		})
		.execute();
}

const tokenColumns = [
	"api_tokens.id as token_id",
	"api_tokens.account_id",
	"api_tokens.name as token_name",
	"api_tokens.created_at as token_created_at",
	"api_tokens.last_used_at",
	"api_tokens.revoked_at",
] as const;

interface TokenColumns {
	token_id: string;
	account_id: string;
	token_name: string;
	token_created_at: string;
	last_used_at: string | null;
	revoked_at: string | null;
}

function tokenOf(row: TokenColumns): TokenRecord {
	return {
		id: row.token_id,
		accountId: row.account_id,
		name: row.token_name,
		createdAt: row.token_created_at,
		lastUsedAt: row.last_used_at,
		revokedAt: row.revoked_at,
	};
}

/** The unrevoked token with this hash and its account. */
export async function findActiveToken(
	db: Kysely<Database>,
	tokenHash: string,
): Promise<{ token: TokenRecord; account: AccountRecord } | undefined> {
	const row = await db
		.selectFrom("api_tokens")
		.innerJoin("accounts", "accounts.id", "api_tokens.account_id")
		.select([...accountColumns, ...tokenColumns])
		.where("api_tokens.token_hash", "=", tokenHash)
		.where("api_tokens.revoked_at", "is", null)
		.executeTakeFirst();
	return row && { token: tokenOf(row), account: accountOf(row) };
}

/** Records when a token was last used. */
export async function touchToken(db: Kysely<Database>, id: string, nowIso: string): Promise<void> {
	await db.updateTable("api_tokens").set({ last_used_at: nowIso }).where("id", "=", id).execute();
}

/**
 * Revokes one of the account's tokens at `atIso`; revoking again keeps the first time.
 * Returns false when the account has no token with this id.
 */
export async function revokeToken(
	db: Kysely<Database>,
	id: string,
	accountId: string,
	atIso: string,
): Promise<boolean> {
	const result = await db
		.updateTable("api_tokens")
		.set((eb) => ({ revoked_at: eb.fn.coalesce("revoked_at", eb.val(atIso)) }))
		.where("id", "=", id)
		.where("account_id", "=", accountId)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) > 0;
}

/** The account's tokens, revoked ones included, oldest first. */
export async function listTokens(db: Kysely<Database>, accountId: string): Promise<TokenRecord[]> {
	const rows = await db
		.selectFrom("api_tokens")
		.select(tokenColumns)
		.where("account_id", "=", accountId)
		.orderBy("created_at")
		.orderBy("id")
		.execute();
	return rows.map(tokenOf);
}

// Sign-in failures: rows rather than a counter, so a sliding window needs no reset job.

export async function recordSignInFailure(
	db: Kysely<Database>,
	key: string,
	atIso: string,
): Promise<void> {
	await db.insertInto("sign_in_failures").values({ key, at: atIso }).execute();
}

/** How many failures were recorded for `key` after `sinceIso`. */
export async function countSignInFailures(
	db: Kysely<Database>,
	key: string,
	sinceIso: string,
): Promise<number> {
	const row = await db
		.selectFrom("sign_in_failures")
		.select((eb) => eb.fn.countAll<number | string>().as("failures"))
		.where("key", "=", key)
		.where("at", ">", sinceIso)
		.executeTakeFirstOrThrow();
	return Number(row.failures);
}

/** The time of the oldest failure for `key` after `sinceIso`: when the window starts to clear. */
export async function oldestSignInFailure(
	db: Kysely<Database>,
	key: string,
	sinceIso: string,
): Promise<string | undefined> {
	const row = await db
		.selectFrom("sign_in_failures")
		.select((eb) => eb.fn.min("at").as("oldest"))
		.where("key", "=", key)
		.where("at", ">", sinceIso)
		.executeTakeFirst();
	return row?.oldest ?? undefined;
}

export async function clearSignInFailures(db: Kysely<Database>, key: string): Promise<void> {
	await db.deleteFrom("sign_in_failures").where("key", "=", key).execute();
}

/** Deletes the failures recorded at or before `beforeIso`, which no window counts any more. */
export async function deleteSignInFailuresBefore(
	db: Kysely<Database>,
	beforeIso: string,
): Promise<number> {
	const result = await db
		.deleteFrom("sign_in_failures")
		.where("at", "<=", beforeIso)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}
