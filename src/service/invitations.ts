import { randomBytes } from "node:crypto";
import type { AccountRole } from "../model/api/roles.ts";
import { recordChange } from "../store/audit-repository.ts";
import { listInstitutions } from "../store/institution-repository.ts";
import {
	acceptInvitation as acceptStoredInvitation,
	findInvitedAccount,
	renewInvitation,
} from "../store/invitation-repository.ts";
import {
	type Account,
	accountOf,
	checkedNewAccount,
	insertNewAccount,
	passwordProblems,
	visibleAccount,
} from "./accounts.ts";
import type { Actor } from "./actor.ts";
import { minute } from "./clock.ts";
import { nowIso, type ServiceContext } from "./context.ts";
import { digest } from "./digest.ts";
import { KairosError } from "./errors.ts";
import { invitationMail } from "./invitation-mail.ts";
import { mailLanguage } from "./mail-content.ts";
import { mailQueued, queueMail } from "./mail-queue.ts";
import { hashPassword } from "./passwords.ts";
import { openSession, type SignedIn } from "./sessions.ts";

/** How many days an invitation's link works. */
export const invitationValidDays = 7;

/** Whom an administrator invites, and as what. */
export interface Invitation {
	email: string;
	name?: string | undefined;
	role: AccountRole;
	/** Null for an administrator; every other role belongs to one existing institution. */
	institutionId: string | null;
	/** A `people` id of the institution's current plan, if the account is one of them. */
	personId?: string | undefined;
}

/** An invited account and its link, which holds the token: shown to the administrator once. */
export interface InvitedAccount {
	account: Account;
	invitationUrl: string;
}

/**
 * Invites a person: makes their account, with a password nobody knows and a pending invitation,
 * and queues the mail with the invitation's link in the same transaction. The link works once
 * and for 7 days; only the SHA-256 of its token is stored. Until the person sets a password with
 * it, the account cannot sign in. Problems name the API's fields (`email`, `role`,
 * `institution`, `person`); a taken e-mail is a `conflict`. Recorded in the audit log.
 */
export async function inviteAccount(
	context: ServiceContext,
	actor: Actor,
	input: Invitation,
): Promise<InvitedAccount> {
	const row = await checkedNewAccount(
		context,
		{ ...input, password: randomBytes(32).toString("base64url") },
		{ institution: "institution", person: "person" },
	);
	const { token, tokenHash, expiresAt } = newInvitation(context);
	const { passwordHash: _, ...record } = { ...row, invitationExpiresAt: expiresAt };
	const account = accountOf(record);
	const invitationUrl = urlOf(context, token);
	const mail = await mailOf(context, account, invitationUrl);
	await context.store.db.transaction().execute(async (trx) => {
		await insertNewAccount(trx, {
			...row,
			invitationExpiresAt: expiresAt,
			invitationTokenHash: tokenHash,
		});
		await queueMail(trx, mail, account.createdAt, { institutionId: account.institutionId });
		await recordChange(trx, actor.label, invitationChange(account), account.createdAt);
	});
	mailQueued(context);
	return { account, invitationUrl };
}

/**
 * Invites an account again that has not accepted yet: a new link, mailed again, replaces the
 * old one, which stops working at once. An account with a password of its own is a `conflict`
 * (reset its password instead), and so is a disabled one (enable it first).
 */
export async function reinviteAccount(
	context: ServiceContext,
	actor: Actor,
	accountId: string,
): Promise<InvitedAccount> {
	const current = await visibleAccount(context, actor, accountId);
	if (current.disabledAt !== null)
		throw new KairosError("conflict", `${current.email} is disabled: enable the account first`);
	const { token, tokenHash, expiresAt } = newInvitation(context);
	const account = { ...current, invitationExpiresAt: expiresAt };
	const invitationUrl = urlOf(context, token);
	const mail = await mailOf(context, account, invitationUrl);
	const at = nowIso(context);
	await context.store.db.transaction().execute(async (trx) => {
		if (!(await renewInvitation(trx, accountId, { tokenHash, expiresAt })))
			throw new KairosError(
				"conflict",
				`${current.email} has a password of its own: reset the password instead of inviting again`,
			);
		await queueMail(trx, mail, at, { institutionId: account.institutionId });
		await recordChange(trx, actor.label, invitationChange(account), at);
	});
	mailQueued(context);
	return { account, invitationUrl };
}

/** A pending invitation as its link shows it: the account it is for and its institution's name. */
export interface PendingInvitation {
	account: Account;
	institutionName: string | null;
	/** When the link stops working. */
	expiresAt: string;
}

/**
 * The invitation of a link's token. One `not_found` for a token that is unknown, used or
 * expired, or whose account was disabled, so the link tells nothing more than that it is dead.
 */
export async function invitationOf(
	context: ServiceContext,
	token: string,
): Promise<PendingInvitation> {
	const { account, expiresAt } = await invitedAccount(context, token);
	const institution = await institutionOf(context, account.institutionId);
	return { account, institutionName: institution?.name ?? null, expiresAt };
}

/**
 * Accepts an invitation: sets the password (the rules of every password) and signs the person
 * in. The link works once: of two acceptances at the same time one wins, the other is the dead
 * link's `not_found`. Recorded in the audit log, without the password.
 */
export async function acceptInvitation(
	context: ServiceContext,
	token: string,
	password: string,
): Promise<SignedIn> {
	const { account } = await invitedAccount(context, token);
	const problems = passwordProblems(password, "password");
	if (problems.length > 0)
		throw new KairosError("validation_failed", "the password is not valid", { problems });
	const hash = await hashPassword(password);
	const at = nowIso(context);
	await context.store.db.transaction().execute(async (trx) => {
		if ((await acceptStoredInvitation(trx, digest(token), at, hash)) === undefined)
			throw deadLink();
		await recordChange(
			trx,
			`account:${account.id}`,
			{
				institutionId: account.institutionId,
				action: "accept-invitation",
				entity: "account",
				entityId: account.id,
				before: undefined,
				after: { email: account.email },
			},
			at,
		);
	});
	return openSession(context, { ...account, invitationExpiresAt: null, mustChangePassword: false });
}

/** The account a link's pending invitation is for, and when the link stops working. */
async function invitedAccount(
	context: ServiceContext,
	token: string,
): Promise<{ account: Account; expiresAt: string }> {
	const record = await findInvitedAccount(context.store.db, digest(token), nowIso(context));
	if (!record?.invitationExpiresAt) throw deadLink();
	return { account: accountOf(record), expiresAt: record.invitationExpiresAt };
}

const deadLink = () =>
	new KairosError(
		"not_found",
		"this invitation link is unknown, used or expired: ask an administrator to invite you again",
	);

function newInvitation(context: ServiceContext) {
	const token = randomBytes(32).toString("base64url");
	const expiresAt = new Date(
		context.clock().getTime() + invitationValidDays * 24 * 60 * minute,
	).toISOString();
	return { token, tokenHash: digest(token), expiresAt };
}

/** The staff app's page for the link, at the public address. */
function urlOf(context: ServiceContext, token: string): string {
	return `${context.publicUrl}/app/invitation/${token}`;
}

async function institutionOf(context: ServiceContext, institutionId: string | null) {
	if (institutionId === null) return undefined;
	return (await listInstitutions(context.store.db, [institutionId]))[0];
}

/** The invitation mail, in the institution's first language (English for an administrator). */
async function mailOf(context: ServiceContext, account: Account, invitationUrl: string) {
	const institution = await institutionOf(context, account.institutionId);
	return {
		to: account.email,
		...invitationMail({
			language: mailLanguage(institution?.languages[0] ?? "en"),
			name: account.name,
			institutionName: institution?.name ?? null,
			invitationUrl,
			validDays: invitationValidDays,
		}),
	};
}

/** The audit entry of an invitation: whom, as what, until when; never the token. */
function invitationChange(account: Account) {
	return {
		institutionId: account.institutionId,
		action: "invite" as const,
		entity: "account",
		entityId: account.id,
		before: undefined,
		after: {
			email: account.email,
			role: account.role,
			institution: account.institutionId,
			person: account.personId,
			invitationExpiresAt: account.invitationExpiresAt,
		},
	};
}
