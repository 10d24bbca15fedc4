import type { AccountChange } from "../model/api/accounts.ts";
import type { Problem } from "../model/problems.ts";
import {
	countEnabledAdministrators,
	updateAccountPlace,
	updateDisabledAt,
} from "../store/account-repository.ts";
import { recordChange } from "../store/audit-repository.ts";
import { lockKeys } from "../store/locks.ts";
import { deleteAccountSessions } from "../store/session-repository.ts";
import { revokeAccountTokens } from "../store/token-repository.ts";
import { type AccountPlace, placeProblems } from "./account-place.ts";
import { type Account, visibleAccount } from "./accounts.ts";
import type { Actor } from "./actor.ts";
import { nowIso, type ServiceContext } from "./context.ts";
import { KairosError } from "./errors.ts";

/**
 * Changes an account: disables or enables it, changes its role or institution, links it to a
 * person of its institution's plan or unlinks it, all in one transaction and each recorded in
 * the audit log. A change must name at least one of these.
 * - Nobody changes their own role or institution, or disables themselves.
 * - The last administrator who can sign in stays an enabled administrator, so Kairos is never
 *   left without one.
 * - An administrator belongs to no institution and is no person: becoming one clears both, and
 *   an administrator who becomes staff needs an institution. Moving to another institution
 *   unlinks the person unless a person of the new one is given.
 * - A disabled account cannot sign in; its sessions end and its tokens are refused until it is
 *   enabled. A new role or institution applies from the account's next request, its sessions
 *   included, and revokes its bearer tokens: they were made for what the account was.
 */
export async function updateAccount(
	context: ServiceContext,
	actor: Actor,
	accountId: string,
	change: AccountChange,
): Promise<Account> {
	if (Object.values(change).every((value) => value === undefined))
		throw new KairosError("validation_failed", "the change changes nothing", {
			problems: [
				{ path: "(body)", message: "give at least one of disabled, role, institution, person" },
			],
		});
	const account = await visibleAccount(context, actor, accountId);
	const place = nextPlace(account, change);
	const moved = place.role !== account.role || place.institutionId !== account.institutionId;
	const relinked = place.personId !== account.personId;
	if (actor.accountId === accountId && (moved || change.disabled === true))
		throw new KairosError(
			"conflict",
			moved
				? "you cannot change your own role or institution: ask another administrator"
				: "you cannot disable your own account: ask another administrator",
		);
	const problems: Problem[] = moved || relinked ? await placeProblemsOf(context, place) : [];
	if (problems.length > 0)
		throw new KairosError("validation_failed", "the account cannot be changed so", { problems });
	const disabledAt =
		change.disabled === undefined || change.disabled === (account.disabledAt !== null)
			? account.disabledAt
			: change.disabled
				? nowIso(context)
				: null;
	const at = nowIso(context);
	await context.store.db.transaction().execute(async (trx) => {
		// One change to the administrators at a time, or two could each demote the other.
		const wasAdministrator = account.role === "admin" && account.disabledAt === null;
		const staysAdministrator = place.role === "admin" && disabledAt === null;
		if (account.role === "admin" || place.role === "admin") await lockKeys(trx, ["administrators"]);
		if (
			wasAdministrator &&
			!staysAdministrator &&
			account.invitationExpiresAt === null &&
			(await countEnabledAdministrators(trx)) <= 1
		)
			throw new KairosError(
				"conflict",
				`${account.email} is the last administrator who can sign in: add or enable another one first`,
			);
		if (disabledAt !== account.disabledAt) {
			await updateDisabledAt(trx, accountId, disabledAt);
			if (disabledAt !== null) await deleteAccountSessions(trx, accountId);
			await recordChange(
				trx,
				actor.label,
				{
					institutionId: account.institutionId,
					action: disabledAt !== null ? "disable" : "enable",
					entity: "account",
					entityId: accountId,
					before: { email: account.email, disabledAt: account.disabledAt },
					after: { email: account.email, disabledAt },
				},
				at,
			);
		}
		if (moved || relinked) {
			await updateAccountPlace(trx, accountId, place);
			if (moved) await revokeAccountTokens(trx, accountId, at);
			await recordChange(
				trx,
				actor.label,
				{
					institutionId: place.institutionId ?? account.institutionId,
					action: "update",
					entity: "account",
					entityId: accountId,
					before: placeOf(account),
					after: { email: account.email, ...placeOf(place) },
				},
				at,
			);
		}
	});
	return { ...account, ...place, disabledAt };
}

/**
 * Disables an account, or enables it again (`updateAccount` with `disabled` alone): nobody
 * disables their own account, and the last administrator who can sign in is never disabled.
 */
export function setAccountDisabled(
	context: ServiceContext,
	actor: Actor,
	accountId: string,
	disabled: boolean,
): Promise<Account> {
	return updateAccount(context, actor, accountId, { disabled });
}

/** Where the change puts the account: what it names, and what follows from that. */
function nextPlace(account: Account, change: AccountChange): AccountPlace {
	const role = change.role ?? account.role;
	if (role === "admin" && change.institution === undefined && change.person === undefined)
		return { role, institutionId: null, personId: null };
	const institutionId = change.institution ?? (role === "admin" ? null : account.institutionId);
	const personId =
		change.person !== undefined
			? change.person
			: institutionId === account.institutionId
				? account.personId
				: null;
	return { role, institutionId, personId };
}

/** The problems of the place the change leads to, by the API's field names. */
async function placeProblemsOf(context: ServiceContext, place: AccountPlace): Promise<Problem[]> {
	const { problems } = await placeProblems(context, place, {
		institution: "institution",
		person: "person",
	});
	return problems;
}

/** What the audit log records of an account's place. */
function placeOf(place: AccountPlace) {
	return { role: place.role, institution: place.institutionId, person: place.personId };
}
