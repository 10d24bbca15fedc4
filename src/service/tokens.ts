import { randomBytes, randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../store/schema.ts";
import {
	findActiveToken,
	insertToken,
	listTokens,
	revokeToken,
	type TokenRecord,
	touchToken,
} from "../store/token-repository.ts";
import { type Account, type AccountActor, accountActor, accountOf } from "./accounts.ts";
import { type Clock, minute, systemClock } from "./clock.ts";
import { digest } from "./digest.ts";
import { KairosError } from "./errors.ts";

const tokenPrefix = "kairos_";

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
	return {
		actor: accountActor(`token:${found.token.id}`, account),
		account,
		tokenId: found.token.id,
	};
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
