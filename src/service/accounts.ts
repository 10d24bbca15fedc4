import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { type AccountRole, accountRoles, isAccountRole } from "../model/api/roles.ts";
import type { Person } from "../model/institution.ts";
import { email } from "../model/primitives.ts";
import type { Problem } from "../model/problems.ts";
import {
	type AccountRecord,
	type AccountWithPassword,
	findAccountByEmail,
	findAccountById,
	insertAccount,
	listAccounts,
	type NewAccountRow,
	normalizeEmail,
} from "../store/account-repository.ts";
import type { Database } from "../store/schema.ts";
import { type PlacePaths, personWithEmail, placeProblems } from "./account-place.ts";
import type { Actor } from "./actor.ts";
import { nowIso, type ServiceContext } from "./context.ts";
import { KairosError, notFound } from "./errors.ts";
import { hashPassword } from "./passwords.ts";

/** An account as the service hands it out: never with its password hash. */
export interface Account extends Omit<AccountRecord, "role"> {
	role: AccountRole;
}

/** An actor who is an account (signed in, or by one of its tokens). */
export type AccountActor = Actor & { accountId: string };

export interface NewAccount {
	email: string;
	name?: string | undefined;
	role: AccountRole;
	/** Null for an administrator; every other role belongs to one existing institution. */
	institutionId: string | null;
	/**
	 * A `people` id of the institution's plan that the account is; null: nobody (an administrator
	 * always); absent: the one person of the plan with the account's e-mail, if there is one.
	 */
	personId?: string | null | undefined;
	password: string;
	/**
	 * A one-time password, shown to someone other than the person (the first start's admin):
	 * the first sign-in must replace it. A password the person gave (`user add`) is kept.
	 */
	mustChangePassword?: boolean;
}

/**
 * Creates an account with an argon2id hash of its password. Invalid input is one
 * `validation_failed` with every problem; a taken e-mail (in any letter case) is a `conflict`.
 */
export async function addAccount(
	context: ServiceContext,
	input: NewAccount,
): Promise<{ id: string; email: string; role: AccountRole; institutionId: string | null }> {
	const account = await checkedNewAccount(context, input);
	await insertNewAccount(context.store.db, account);
	return {
		id: account.id,
		email: account.email,
		role: account.role,
		institutionId: account.institutionId,
	};
}

/**
 * The row of a new account once everything about it is checked: its e-mail, role, password and
 * place (account-place.ts; `paths` names the institution's and the person's fields in the
 * problems). Its name is the one given, else the person's, else the e-mail. Every problem is in
 * one `validation_failed`.
 */
export async function checkedNewAccount(
	context: ServiceContext,
	input: NewAccount,
	paths: PlacePaths = { institution: "institutionId", person: "personId" },
): Promise<AccountWithPassword & { role: AccountRole }> {
	const email = normalizeEmail(input.email);
	const personId =
		input.personId !== undefined
			? input.personId
			: await personWithEmail(context, input.role, input.institutionId, email);
	const problems = accountProblems({ ...input, email });
	let person: Person | undefined;
	if (isAccountRole(input.role)) {
		const place = { role: input.role, institutionId: input.institutionId, personId };
		const checked = await placeProblems(context, place, paths);
		problems.push(...checked.problems);
		person = checked.person;
	}
	problems.push(...passwordProblems(input.password, "password"));
	if (problems.length > 0) {
		throw new KairosError("validation_failed", "the account is not valid", { problems });
	}
	return {
		id: randomUUID(),
		email,
		name: input.name?.trim() || person?.name || email,
		role: input.role,
		institutionId: input.institutionId,
		passwordHash: await hashPassword(input.password),
		createdAt: nowIso(context),
		mustChangePassword: input.mustChangePassword ?? false,
		disabledAt: null,
		personId,
		invitationExpiresAt: null,
	};
}

/** Inserts a checked account; a taken e-mail (in any letter case) is a `conflict`. */
export async function insertNewAccount(
	db: Kysely<Database>,
	account: NewAccountRow,
): Promise<void> {
	if (!(await insertAccount(db, account))) {
		throw new KairosError("conflict", `an account with the e-mail ${account.email} already exists`);
	}
}

/** The problems of a new account's e-mail and role. */
function accountProblems(input: NewAccount): Problem[] {
	const problems: Problem[] = [];
	// The plan file's e-mail rule, so an account and a person of the plan take the same addresses.
	const address = email.safeParse(input.email);
	if (!address.success)
		problems.push({ path: "email", message: address.error.issues[0]?.message ?? "is not valid" });
	if (!isAccountRole(input.role)) {
		problems.push({
			path: "role",
			message: `${JSON.stringify(input.role)} is not one of ${accountRoles.join(", ")}`,
		});
	}
	return problems;
}

/** The rules every password follows, however it is set: 12 to 1024 characters, not all spaces. */
export function passwordProblems(password: string, path: string): Problem[] {
	const length = [...password].length;
	if (length < 12 || length > 1024) return [{ path, message: "must have 12 to 1024 characters" }];
	if (!/\S/.test(password)) return [{ path, message: "must not be only spaces" }];
	return [];
}

/** The service's account for a stored one; throws on a role no account can have. */
export function accountOf(record: AccountRecord): Account {
	// Roles are only written through addAccount; another value means the database was edited.
	if (!isAccountRole(record.role)) {
		throw new Error(`account ${record.id} has the unknown role ${JSON.stringify(record.role)}`);
	}
	return { ...record, role: record.role };
}

/** The actor an account is when it acts under `label` (`account:<id>` or `token:<id>`). */
export function accountActor(label: string, account: Account): AccountActor {
	return { label, role: account.role, institutionId: account.institutionId, accountId: account.id };
}

/**
 * The account an actor acts for; the command line is no account.
 */
export function accountIdOf(actor: Actor): string {
	if (actor.accountId === null)
		throw new KairosError("forbidden", `${actor.label} is not an account`);
	return actor.accountId;
}

/** The account an actor acts for; `unauthorized` when it was deleted meanwhile. */
export async function accountOfActor(context: ServiceContext, actor: Actor): Promise<Account> {
	const record = await findAccountById(context.store.db, accountIdOf(actor));
	if (!record) throw new KairosError("unauthorized", "the account no longer exists");
	return accountOf(record);
}

/**
 * The account with this id as `actor` may see it: `not_found` when there is none, or when it
 * belongs to another institution than the actor's (an administrator sees every account).
 */
export async function visibleAccount(
	context: ServiceContext,
	actor: Actor,
	id: string,
): Promise<Account> {
	const record = await findAccountById(context.store.db, id);
	if (!record || (actor.institutionId !== null && record.institutionId !== actor.institutionId))
		throw notFound(`account ${JSON.stringify(id)}`);
	return accountOf(record);
}

/** The account with this e-mail (in any letter case), if there is one. */
export async function accountByEmail(
	context: ServiceContext,
	email: string,
): Promise<Account | undefined> {
	const found = await findAccountByEmail(context.store.db, email);
	if (!found) return undefined;
	const { passwordHash: _, ...record } = found;
	return accountOf(record);
}

/** One institution's accounts, or every account for null (an administrator's view), by e-mail. */
export async function accountsOf(
	context: ServiceContext,
	institutionId: string | null,
): Promise<Account[]> {
	return (await listAccounts(context.store.db, institutionId)).map(accountOf);
}
