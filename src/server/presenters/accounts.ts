import type { Me } from "../../model/api/session.ts";
import type { Account } from "../../service/accounts.ts";
import type { Actor } from "../../service/actor.ts";

/**
 * The signed-in account as the API shows it: the role and institution it acts with, and the
 * CSRF token when it signed in with a cookie. Never its password hash.
 */
export function presentMe(account: Account, actor: Actor, csrfToken: string | undefined): Me {
	return {
		id: account.id,
		email: account.email,
		name: account.name,
		role: actor.role,
		institution: actor.institutionId,
		...(csrfToken !== undefined && { csrfToken }),
	};
}
