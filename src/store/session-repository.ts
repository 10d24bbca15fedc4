import type { Kysely } from "kysely";
import { type AccountRecord, accountColumns, accountOf } from "./account-repository.ts";
import type { Database } from "./schema.ts";

export interface SessionRecord {
	/** SHA-256 (hex) of the cookie's token; the token itself is never stored. */
	tokenHash: string;
	accountId: string;
	csrfToken: string;
	createdAt: string;
	expiresAt: string;
}

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

/**
 * The session with this token hash and its account, unless it expired at or before `nowIso` or
 * the account is disabled.
 */
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
		.where("accounts.disabled_at", "is", null)
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

/** Ends every session of an account but the one with `keptTokenHash`, if given. */
export async function deleteAccountSessions(
	db: Kysely<Database>,
	accountId: string,
	keptTokenHash?: string,
): Promise<void> {
	let query = db.deleteFrom("sessions").where("account_id", "=", accountId);
	if (keptTokenHash !== undefined) query = query.where("token_hash", "!=", keptTokenHash);
	await query.execute();
}
