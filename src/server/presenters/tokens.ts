import type { TokenView } from "../../model/api/tokens.ts";
import type { ApiToken } from "../../service/tokens.ts";

/** A bearer token as its owner sees it: never its hash. */
export function presentToken(token: ApiToken): TokenView {
	return {
		id: token.id,
		name: token.name,
		createdAt: token.createdAt,
		lastUsedAt: token.lastUsedAt,
		revokedAt: token.revokedAt,
	};
}
