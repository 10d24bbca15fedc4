import type { Kysely } from "kysely";
import { type AccountRecord, accountColumns, accountOf } from "./account-repository.ts";
import type { Database } from "./schema.ts";

/** A bearer token as listed to its owner: no hash. */
export interface TokenRecord {
	id: string;
	accountId: string;
	name: string;
	createdAt: string;
	lastUsedAt: string | null;
	revokedAt: string | null;
	/** `read` or `read-write`; checked against the scopes by the service. */
	scope: string;
	expiresAt: string;
}

export interface NewToken {
	id: string;
	accountId: string;
	name: string;
	/** SHA-256 (hex) of the token shown once to its owner. */
	tokenHash: string;
	createdAt: string;
	scope: string;
	expiresAt: string;
}

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
			scope: token.scope,
			expires_at: token.expiresAt,
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
	"api_tokens.scope",
	"api_tokens.expires_at",
] as const;

interface TokenColumns {
	token_id: string;
	account_id: string;
	token_name: string;
	token_created_at: string;
	last_used_at: string | null;
	revoked_at: string | null;
	scope: string;
	expires_at: string;
}

function tokenOf(row: TokenColumns): TokenRecord {
	return {
		id: row.token_id,
		accountId: row.account_id,
		name: row.token_name,
		createdAt: row.token_created_at,
		lastUsedAt: row.last_used_at,
		revokedAt: row.revoked_at,
		scope: row.scope,
		expiresAt: row.expires_at,
	};
}

/**
 * The token with this hash and its account, unless it is revoked, expired at or before
 * `nowIso`, or its account is disabled.
 */
export async function findActiveToken(
	db: Kysely<Database>,
	tokenHash: string,
	nowIso: string,
): Promise<{ token: TokenRecord; account: AccountRecord } | undefined> {
	const row = await db
		.selectFrom("api_tokens")
		.innerJoin("accounts", "accounts.id", "api_tokens.account_id")
		.select([...accountColumns, ...tokenColumns])
		.where("api_tokens.token_hash", "=", tokenHash)
		.where("api_tokens.revoked_at", "is", null)
		.where("api_tokens.expires_at", ">", nowIso)
		.where("accounts.disabled_at", "is", null)
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

/** Revokes every token of the account that is not revoked yet, at `atIso`; returns how many. */
export async function revokeAccountTokens(
	db: Kysely<Database>,
	accountId: string,
	atIso: string,
): Promise<number> {
	const result = await db
		.updateTable("api_tokens")
		.set({ revoked_at: atIso })
		.where("account_id", "=", accountId)
		.where("revoked_at", "is", null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows);
}
