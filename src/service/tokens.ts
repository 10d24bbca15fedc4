import { randomBytes, randomUUID } from "node:crypto";
import { isTokenScope, type NewToken, newTokenBody, type TokenScope } from "../model/api/tokens.ts";
import { problemsFromIssues, sortProblems } from "../model/problems.ts";
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
const day = 24 * 60 * minute;

export interface ApiToken extends Omit<TokenRecord, "accountId" | "scope"> {
	scope: TokenScope;
}

/**
 * Creates a bearer token with the account's role, limited to `scope`, that stops working after
 * `expiresInDays`; the token is in the result and nowhere else.
 */
export async function createApiToken(
	context: ServiceContext,
	accountId: string,
	input: NewToken,
): Promise<Omit<ApiToken, "lastUsedAt" | "revokedAt"> & { token: string }> {
	// The API's own schema: a caller other than the route (a test, a command) is checked alike.
	const parsed = newTokenBody.safeParse(input, { reportInput: true });
	if (!parsed.success)
		throw new KairosError("validation_failed", "the token is not valid", {
			problems: sortProblems(problemsFromIssues(parsed.error.issues, newTokenBody)),
		});
	const { name, scope, expiresInDays } = parsed.data;
	const token = `${tokenPrefix}${randomBytes(32).toString("base64url")}`;
	const at = context.clock();
	const created = {
		id: randomUUID(),
		name,
		scope,
		createdAt: at.toISOString(),
		expiresAt: new Date(at.getTime() + expiresInDays * day).toISOString(),
	};
	await insertToken(context.store.db, { ...created, accountId, tokenHash: digest(token) });
	return { ...created, token };
}

/** A stored token as the service hands it out; throws on a scope no token can have. */
function tokenOf({ accountId: _, scope, ...token }: TokenRecord): ApiToken {
	// Scopes are only written through createApiToken; another value means the database was edited.
	if (!isTokenScope(scope)) throw new Error(`token ${token.id} has the unknown scope ${scope}`);
	return { ...token, scope };
}

/**
 * The account behind a bearer token, or undefined when it is unknown, revoked, expired or its
 * account is disabled. Records the use at most once a minute, so busy integrations do not write
 * on every request.
 */
export async function authenticateToken(
	context: ServiceContext,
	token: string,
): Promise<
	{ actor: AccountActor; account: Account; tokenId: string; scope: TokenScope } | undefined
> {
	if (!token.startsWith(tokenPrefix)) return undefined;
	const { db } = context.store;
	const at = context.clock();
	const found = await findActiveToken(db, digest(token), at.toISOString());
	if (!found) return undefined;
	const lastUsed = found.token.lastUsedAt;
	if (lastUsed === null || at.getTime() - Date.parse(lastUsed) >= minute) {
		await touchToken(db, found.token.id, at.toISOString());
	}
	const account = accountOf(found.account);
	return {
		actor: accountActor(`token:${found.token.id}`, account),
		account,
		tokenId: found.token.id,
		scope: tokenOf(found.token).scope,
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

/** The account's tokens, revoked and expired ones included, without their hashes. */
export async function listApiTokens(
	context: ServiceContext,
	accountId: string,
): Promise<ApiToken[]> {
	const tokens = await listTokens(context.store.db, accountId);
	return tokens.map(tokenOf);
}
