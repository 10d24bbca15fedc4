import type { Kysely } from "kysely";
import { type AccountRecord, accountColumns, accountOf } from "./account-repository.ts";
import type { Database } from "./schema.ts";

/** A pending invitation: the SHA-256 (hex) of its link's token and when it expires. */
export interface InvitationRecord {
	tokenHash: string;
	expiresAt: string;
}

/**
 * The account a pending invitation is for, unless the invitation expired at or before `nowIso`
 * or the account is disabled (disabling an invited account withdraws its invitation).
 */
export async function findInvitedAccount(
	db: Kysely<Database>,
	tokenHash: string,
	nowIso: string,
): Promise<AccountRecord | undefined> {
	const row = await db
		.selectFrom("accounts")
		.select(accountColumns)
		.where("invitation_token_hash", "=", tokenHash)
		.where("invitation_expires_at", ">", nowIso)
		.where("disabled_at", "is", null)
		.executeTakeFirst();
	return row && accountOf(row);
}

/**
 * Accepts a pending invitation: sets the account's own password and clears the invitation, so
 * its link works once. The row's own condition decides between concurrent acceptances: only one
 * finds the invitation still there. Returns the account's id, or undefined when the invitation is
 * unknown, already used, expired at or before `nowIso`, or its account disabled.
 */
export async function acceptInvitation(
	db: Kysely<Database>,
	tokenHash: string,
	nowIso: string,
	passwordHash: string,
): Promise<string | undefined> {
	const row = await db
		.updateTable("accounts")
		.set({
			password_hash: passwordHash,
			must_change_password: 0,
			invitation_token_hash: null,
			invitation_expires_at: null,
		})
		.where("invitation_token_hash", "=", tokenHash)
		.where("invitation_expires_at", ">", nowIso)
		.where("disabled_at", "is", null)
		.returning("id")
		.executeTakeFirst();
	return row?.id;
}

/**
 * Gives an account whose invitation is not accepted yet (expired or not) a new one, which
 * replaces the old: the old link stops working at once. Returns false when the account has no
 * pending invitation (it has a password of its own) or does not exist.
 */
export async function renewInvitation(
	db: Kysely<Database>,
	accountId: string,
	invitation: InvitationRecord,
): Promise<boolean> {
	const result = await db
		.updateTable("accounts")
		.set({
			invitation_token_hash: invitation.tokenHash,
			invitation_expires_at: invitation.expiresAt,
		})
		.where("id", "=", accountId)
		.where("invitation_expires_at", "is not", null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) > 0;
}
