import type { AccountView, PasswordResetView } from "../../model/api/accounts.ts";
import type { Me } from "../../model/api/session.ts";
import type { Account } from "../../service/accounts.ts";
import type { Actor } from "../../service/actor.ts";

/**
 * The signed-in account as the API shows it: the role and institution it acts with, whether it
 * must set its own password first, and the CSRF token when it signed in with a cookie. Never
 * its password hash.
 */
export function presentMe(account: Account, actor: Actor, csrfToken: string | undefined): Me {
	return {
		id: account.id,
		email: account.email,
		name: account.name,
		role: actor.role,
		institution: actor.institutionId,
		passwordChangeRequired: account.mustChangePassword,
		...(csrfToken !== undefined && { csrfToken }),
	};
}

/** An account as an administrator sees it. */
export function presentAccount(account: Account): AccountView {
	return {
		id: account.id,
		email: account.email,
		name: account.name,
		role: account.role,
		institution: account.institutionId,
		disabledAt: account.disabledAt,
		passwordChangeRequired: account.mustChangePassword,
		createdAt: account.createdAt,
	};
}

/** A reset's one-time password, with the account it is for. */
export function presentPasswordReset(reset: {
	account: Account;
	password: string;
	revokedTokens: number;
}): PasswordResetView {
	return {
		account: presentAccount(reset.account),
		password: reset.password,
		revokedTokens: reset.revokedTokens,
	};
}
