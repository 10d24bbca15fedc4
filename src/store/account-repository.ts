import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

/** An account without its password hash. `role` is checked against the roles by the service. */
export interface AccountRecord {
	id: string;
	email: string;
	name: string;
	role: string;
	/** Null for administrators, who see every institution. */
	institutionId: string | null;
	createdAt: string;
	/** Signed in with a one-time password: it may do nothing but set its own password. */
	mustChangePassword: boolean;
	/** When it was disabled; a disabled account cannot sign in, and its sessions and tokens fail. */
	disabledAt: string | null;
	/** The `people` id of its institution's plan that it is; null when it is linked to nobody. */
	personId: string | null;
	/**
	 * When its pending invitation expires; null when none is pending. An account with a pending
	 * invitation has no password of its own yet, and cannot sign in.
	 */
	invitationExpiresAt: string | null;
}

/** An account with its argon2id hash: only sign-in needs it, so it never goes further. */
export interface AccountWithPassword extends AccountRecord {
	passwordHash: string;
}

/** A new account, with the SHA-256 of its invitation's token when it is invited. */
export interface NewAccountRow extends AccountWithPassword {
	invitationTokenHash?: string | null | undefined;
}

/** E-mail addresses are compared and stored trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
	return email.trim().toLowerCase();
}

/** The columns of an account that queries select: every one but the password hash. */
export const accountColumns = [
	"accounts.id",
	"accounts.email",
	"accounts.name",
	"accounts.role",
	"accounts.institution_id",
	"accounts.created_at",
	"accounts.must_change_password",
	"accounts.disabled_at",
	"accounts.person_id",
	"accounts.invitation_expires_at",
] as const;

interface AccountColumns {
	id: string;
	email: string;
	name: string;
	role: string;
	institution_id: string | null;
	created_at: string;
	must_change_password: number;
	disabled_at: string | null;
	person_id: string | null;
	invitation_expires_at: string | null;
}

/** An account record from a row selected with `accountColumns`. */
export function accountOf(row: AccountColumns): AccountRecord {
	return {
		id: row.id,
		email: row.email,
		name: row.name,
		role: row.role,
		institutionId: row.institution_id,
		createdAt: row.created_at,
		mustChangePassword: row.must_change_password !== 0,
		disabledAt: row.disabled_at,
		personId: row.person_id,
		invitationExpiresAt: row.invitation_expires_at,
	};
}

/**
 * Inserts an account, its e-mail normalized. Returns false, inserting nothing, when the e-mail
 * is taken: the unique index decides, so two concurrent inserts cannot both win.
 */
export async function insertAccount(
	db: Kysely<Database>,
	account: NewAccountRow,
): Promise<boolean> {
	const result = await db
		.insertInto("accounts")
		.values({
			id: account.id,
			email: normalizeEmail(account.email),
			name: account.name,
			role: account.role,
			institution_id: account.institutionId,
			password_hash: account.passwordHash,
			created_at: account.createdAt,
			must_change_password: account.mustChangePassword ? 1 : 0,
			disabled_at: account.disabledAt,
			person_id: account.personId,
			invitation_token_hash: account.invitationTokenHash ?? null,
			invitation_expires_at: account.invitationExpiresAt,
		})
		.onConflict((conflict) => conflict.column("email").doNothing())
		.executeTakeFirst();
	return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** The account with this e-mail (compared normalized), with its password hash. */
export async function findAccountByEmail(
	db: Kysely<Database>,
	email: string,
): Promise<AccountWithPassword | undefined> {
	const row = await db
		.selectFrom("accounts")
		.select([...accountColumns, "accounts.password_hash"])
		.where("accounts.email", "=", normalizeEmail(email))
		.executeTakeFirst();
	return row && { ...accountOf(row), passwordHash: row.password_hash };
}

/** The password hash of the account with this id. */
export async function findPasswordHash(
	db: Kysely<Database>,
	id: string,
): Promise<string | undefined> {
	const row = await db
		.selectFrom("accounts")
		.select("password_hash")
		.where("id", "=", id)
		.executeTakeFirst();
	return row?.password_hash;
}

/** The account with this id, without its password hash. */
export async function findAccountById(
	db: Kysely<Database>,
	id: string,
): Promise<AccountRecord | undefined> {
	const row = await db
		.selectFrom("accounts")
		.select(accountColumns)
		.where("accounts.id", "=", id)
		.executeTakeFirst();
	return row && accountOf(row);
}

/**
 * Replaces an account's password hash, and whether it must be changed at the next sign-in (a
 * one-time password) or not (one the person chose). Returns false when there is no such account.
 */
export async function updatePassword(
	db: Kysely<Database>,
	id: string,
	password: { hash: string; mustChange: boolean },
): Promise<boolean> {
	const result = await db
		.updateTable("accounts")
		.set({ password_hash: password.hash, must_change_password: password.mustChange ? 1 : 0 })
		.where("id", "=", id)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) > 0;
}

/** Disables an account at `atIso`, or enables it with null. Returns false when there is none. */
export async function updateDisabledAt(
	db: Kysely<Database>,
	id: string,
	atIso: string | null,
): Promise<boolean> {
	const result = await db
		.updateTable("accounts")
		.set({ disabled_at: atIso })
		.where("id", "=", id)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) > 0;
}

/** What an account is: its role, the institution it belongs to, and the person of the plan. */
export interface AccountPlace {
	role: string;
	institutionId: string | null;
	personId: string | null;
}

/** Changes an account's role, institution and person. Returns false when there is no such account. */
export async function updateAccountPlace(
	db: Kysely<Database>,
	id: string,
	place: AccountPlace,
): Promise<boolean> {
	const result = await db
		.updateTable("accounts")
		.set({ role: place.role, institution_id: place.institutionId, person_id: place.personId })
		.where("id", "=", id)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) > 0;
}

/** The accounts of one institution, or every account for null (an administrator's view), by e-mail. */
export async function listAccounts(
	db: Kysely<Database>,
	institutionId: string | null,
): Promise<AccountRecord[]> {
	let query = db.selectFrom("accounts").select(accountColumns);
	if (institutionId !== null) query = query.where("accounts.institution_id", "=", institutionId);
	const rows = await query.orderBy("accounts.email").execute();
	return rows.map(accountOf);
}

/** Whether an institution with this id exists (accounts other than administrators need one). */
export async function institutionExists(db: Kysely<Database>, id: string): Promise<boolean> {
	const row = await db
		.selectFrom("institutions")
		.select("id")
		.where("id", "=", id)
		.executeTakeFirst();
	return row !== undefined;
}

/**
 * How many administrators can sign in: accounts of the admin role that are not disabled and
 * have no pending invitation (they have no password of their own yet).
 */
export async function countEnabledAdministrators(db: Kysely<Database>): Promise<number> {
	const row = await db
		.selectFrom("accounts")
		.select((eb) => eb.fn.countAll<number | string>().as("administrators"))
		.where("role", "=", "admin")
		.where("disabled_at", "is", null)
		.where("invitation_expires_at", "is", null)
		.executeTakeFirstOrThrow();
	return Number(row.administrators);
}

/** Whether the database holds any account at all. */
export async function hasAccounts(db: Kysely<Database>): Promise<boolean> {
	return (await db.selectFrom("accounts").select("id").limit(1).executeTakeFirst()) !== undefined;
}
