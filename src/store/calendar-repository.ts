import type { Kysely } from "kysely";
import { type AccountRecord, accountColumns, accountOf } from "./account-repository.ts";
import type { Database } from "./schema.ts";

/** The secret of an account's calendar feed, and its SHA-256 (hex) that requests are found by. */
export interface CalendarToken {
	token: string;
	tokenHash: string;
}

/** The account's calendar secret, or undefined when it has none yet. */
export async function findCalendarToken(
	db: Kysely<Database>,
	accountId: string,
): Promise<string | undefined> {
	const row = await db
		.selectFrom("accounts")
		.select("calendar_token")
		.where("id", "=", accountId)
		.executeTakeFirst();
	return row?.calendar_token ?? undefined;
}

/**
 * Gives the account this calendar secret, replacing any it had (the old one stops working at
 * once), or with `onlyIfNone` only when it has none yet, so that two first requests at the same
 * time end up with one secret. Returns whether it was written.
 */
export async function setCalendarToken(
	db: Kysely<Database>,
	accountId: string,
	calendar: CalendarToken,
	options: { onlyIfNone: boolean },
): Promise<boolean> {
	let query = db
		.updateTable("accounts")
		.set({ calendar_token: calendar.token, calendar_token_hash: calendar.tokenHash })
		.where("id", "=", accountId);
	if (options.onlyIfNone) query = query.where("calendar_token", "is", null);
	const result = await query.executeTakeFirst();
	return Number(result.numUpdatedRows) > 0;
}

/** Forgets the account's calendar secret: its feed answers 404 until a new one is made. */
export async function clearCalendarToken(db: Kysely<Database>, accountId: string): Promise<void> {
	await db
		.updateTable("accounts")
		.set({ calendar_token: null, calendar_token_hash: null })
		.where("id", "=", accountId)
		.execute();
}

/** The enabled account whose calendar secret has this SHA-256, if any. */
export async function findAccountByCalendar(
	db: Kysely<Database>,
	tokenHash: string,
): Promise<AccountRecord | undefined> {
	const row = await db
		.selectFrom("accounts")
		.select(accountColumns)
		.where("calendar_token_hash", "=", tokenHash)
		.where("disabled_at", "is", null)
		.executeTakeFirst();
	return row && accountOf(row);
}
