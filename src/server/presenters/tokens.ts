import type { CreatedTokenView, TokenView } from "../../model/api/tokens.ts";
import type { ApiToken } from "../../service/tokens.ts";

/** A bearer token as its owner sees it: never its hash. */
export function presentToken(token: ApiToken): TokenView {
	return {
		id: token.id,
		name: token.name,
		scope: token.scope,
		createdAt: token.createdAt,
		expiresAt: token.expiresAt,
		lastUsedAt: token.lastUsedAt,
		revokedAt: token.revokedAt,
	};
}

/** A token just made, with its secret: shown in this response only. */
export function presentCreatedToken(
	token: Omit<ApiToken, "lastUsedAt" | "revokedAt"> & { token: string },
): CreatedTokenView {
	return {
		id: token.id,
		name: token.name,
		scope: token.scope,
		token: token.token,
		createdAt: token.createdAt,
		expiresAt: token.expiresAt,
	};
}
