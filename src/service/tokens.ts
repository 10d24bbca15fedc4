import { randomBytes, randomUUID } from "node:crypto";
import {
	findActiveToken,
	insertToken,
	listTokens,
	revokeToken,
	type TokenRecord,
	touchToken,
} from "../store/token-repository.ts";
import { type Account, type AccountActor, accountActor, accountOf } from "./accounts.ts";
import { minute } from "./clock.ts";
import { nowIso, type ServiceContext } from "./context.ts";
import { digest } from "./digest.ts";
import { KairosError } from "./errors.ts";

const tokenPrefix = "kairos_";

export type ApiToken = Omit<TokenRecord, "accountId">;

/** Creates a bearer token with the account's role; the token is in the result and nowhere else. */
export async function createApiToken(
	context: ServiceContext,
	accountId: string,
	name: string,
): Promise<{ id: string; name: string; token: string; createdAt: string }> {
	const trimmed = name.trim();
	if (trimmed.length === 0 || trimmed.length > 100) {
		throw new KairosError("validation_failed", "the token needs a name", {
			problems: [{ path: "name", message: "must have 1 to 100 characters" }],
		});
	}
	const token = `${tokenPrefix}${randomBytes(32).toString("base64url")}`;
	const created = { id: randomUUID(), name: trimmed, createdAt: nowIso(context) };
	await insertToken(context.store.db, { ...created, accountId, tokenHash: digest(token) });
	return { ...created, token };
}

/**
 * The account behind a bearer token, or undefined when it is unknown or revoked. Records the
 * use at most once a minute, so busy integrations do not write on every request.
 */
export async function authenticateToken(
	context: ServiceContext,
	token: string,
): Promise<{ actor: AccountActor; account: Account; tokenId: string } | undefined> {
	if (!token.startsWith(tokenPrefix)) return undefined;
	const { db } = context.store;
	const found = await findActiveToken(db, digest(token));
	if (!found) return undefined;
	const at = context.clock();
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
	context: ServiceContext,
	accountId: string,
	tokenId: string,
): Promise<void> {
	if (!(await revokeToken(context.store.db, tokenId, accountId, nowIso(context)))) {
		throw new KairosError("not_found", `token "${tokenId}" does not exist`);
	}
}

/** The account's tokens, revoked ones included, without their hashes. */
export async function listApiTokens(
	context: ServiceContext,
	accountId: string,
): Promise<ApiToken[]> {
	const tokens = await listTokens(context.store.db, accountId);
	return tokens.map(({ accountId: _, ...token }) => token);
}
