import { findPasswordHash, updatePassword } from "../store/account-repository.ts";
import { recordChange } from "../store/audit-repository.ts";
import { clearCalendarToken } from "../store/calendar-repository.ts";
import { deleteAccountSessions } from "../store/session-repository.ts";
import { revokeAccountTokens } from "../store/token-repository.ts";
import { type Account, accountOfActor, passwordProblems, visibleAccount } from "./accounts.ts";
import type { Actor } from "./actor.ts";
import { nowIso, type ServiceContext } from "./context.ts";
import { digest } from "./digest.ts";
import { KairosError } from "./errors.ts";
import { generatePassword, hashPassword } from "./passwords.ts";
import { signInKeys } from "./sessions.ts";
import { checkPasswordWithinLimits } from "./sign-in-limits.ts";

export interface PasswordChange {
	currentPassword: string;
	newPassword: string;
	/** The client's address and device cookie: a wrong current password is a failed sign-in. */
	address: string;
	deviceCookie?: string | undefined;
	/** The session the change is made in, which stays open; every other one ends. */
	sessionToken: string | undefined;
}

/**
 * Sets the actor's own password. The current one must be right, and a wrong one counts as a
 * failed sign-in (so a stolen session cannot guess it at leisure); the new one follows the
 * rules of every password and differs from the current one. It clears a pending change, ends the
 * account's other sessions and is recorded in the audit log, without either password.
 */
export async function changeOwnPassword(
	context: ServiceContext,
	actor: Actor,
	change: PasswordChange,
): Promise<Account> {
	const account = await accountOfActor(context, actor);
	const problems = passwordProblems(change.newPassword, "newPassword");
	if (change.newPassword === change.currentPassword)
		problems.push({ path: "newPassword", message: "must differ from the current password" });
	if (problems.length > 0)
		throw new KairosError("validation_failed", "the new password is not valid", { problems });
	const right = await checkPasswordWithinLimits(context, {
		keys: await signInKeys(context, account.id, {
			email: account.email,
			address: change.address,
			deviceCookie: change.deviceCookie,
		}),
		passwordHash: await findPasswordHash(context.store.db, account.id),
		password: change.currentPassword,
	});
	if (!right)
		throw new KairosError("validation_failed", "the current password is wrong", {
			problems: [{ path: "currentPassword", message: "is not your current password" }],
		});
	const hash = await hashPassword(change.newPassword);
	const at = nowIso(context);
	await context.store.db.transaction().execute(async (trx) => {
		await updatePassword(trx, account.id, { hash, mustChange: false });
		await deleteAccountSessions(
			trx,
			account.id,
			change.sessionToken === undefined ? undefined : digest(change.sessionToken),
		);
		await recordChange(trx, actor.label, passwordChange(account, "change-password"), at);
	});
	return { ...account, mustChangePassword: false };
}

/**
 * Gives an account a fresh one-time password, shown once in the result: the person must set
 * their own at the next sign-in. Every session and every bearer token of the account ends too,
 * and its calendar feed's address: a password is reset when it may be known to someone else, and
 * so may what was made or read with it. An account whose invitation is pending has no password
 * to reset: it is a `conflict` (invite it again instead).
 */
export async function resetPassword(
	context: ServiceContext,
	actor: Actor,
	accountId: string,
): Promise<{ account: Account; password: string; revokedTokens: number }> {
	const account = await visibleAccount(context, actor, accountId);
	if (account.invitationExpiresAt !== null)
		throw new KairosError(
			"conflict",
			`${account.email} has not accepted the invitation yet: invite the account again instead`,
		);
	const password = generatePassword();
	const hash = await hashPassword(password);
	const at = nowIso(context);
	const revokedTokens = await context.store.db.transaction().execute(async (trx) => {
		await updatePassword(trx, account.id, { hash, mustChange: true });
		await deleteAccountSessions(trx, account.id);
		const revoked = await revokeAccountTokens(trx, account.id, at);
		await clearCalendarToken(trx, account.id);
		await recordChange(trx, actor.label, passwordChange(account, "reset-password"), at);
		return revoked;
	});
	return { account: { ...account, mustChangePassword: true }, password, revokedTokens };
}

/** The audit entry of a password change: who it was for, never a password or a hash. */
function passwordChange(account: Account, action: "change-password" | "reset-password") {
	return {
		institutionId: account.institutionId,
		action,
		entity: "account",
		entityId: account.id,
		before: undefined,
		after: { email: account.email },
	};
}
