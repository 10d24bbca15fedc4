import type {
	AccountView,
	InvitedAccountView,
	PasswordResetView,
} from "../../model/api/accounts.ts";
import type { InvitationView } from "../../model/api/invitations.ts";
import type { Me } from "../../model/api/session.ts";
import type { Account } from "../../service/accounts.ts";
import type { Actor } from "../../service/actor.ts";
import type { InvitedAccount, PendingInvitation } from "../../service/invitations.ts";

/**
 * The signed-in account as the API shows it: the role and institution it acts with, the person
 * of the plan it is, whether it must set its own password first, and the CSRF token when it
 * signed in with a cookie. Never its password hash.
 */
export function presentMe(account: Account, actor: Actor, csrfToken: string | undefined): Me {
	return {
		id: account.id,
		email: account.email,
		name: account.name,
		role: actor.role,
		institution: actor.institutionId,
		person: account.personId,
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
		person: account.personId,
		disabledAt: account.disabledAt,
		passwordChangeRequired: account.mustChangePassword,
		invitationPending: account.invitationExpiresAt !== null,
		invitationExpiresAt: account.invitationExpiresAt,
		createdAt: account.createdAt,
	};
}

/** An invited account with its link, for the administrator who invited it. */
export function presentInvitedAccount(invited: InvitedAccount): InvitedAccountView {
	return { ...presentAccount(invited.account), invitationUrl: invited.invitationUrl };
}

/** A pending invitation as the person invited sees it: who they will be, and where. */
export function presentInvitation(invitation: PendingInvitation): InvitationView {
	const { account } = invitation;
	return {
		email: account.email,
		name: account.name,
		role: account.role,
		institution: account.institutionId,
		institutionName: invitation.institutionName,
		expiresAt: invitation.expiresAt,
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
