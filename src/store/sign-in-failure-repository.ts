import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

// Sign-in failures: rows rather than a counter, so a sliding window needs no reset job.

/** Records a failure for `key` at `atIso`, as part of the sign-in attempt `attempt`. */
export async function recordSignInFailure(
	db: Kysely<Database>,
	key: string,
	atIso: string,
	attempt: string,
): Promise<void> {
	await db.insertInto("sign_in_failures").values({ key, at: atIso, attempt }).execute();
}

/** How many failures were recorded for `key` after `sinceIso`. */
export async function countSignInFailures(
	db: Kysely<Database>,
	key: string,
	sinceIso: string,
): Promise<number> {
	const row = await db
		.selectFrom("sign_in_failures")
		.select((eb) => eb.fn.countAll<number | string>().as("failures"))
		.where("key", "=", key)
		.where("at", ">", sinceIso)
		.executeTakeFirstOrThrow();
	return Number(row.failures);
}

/** The time of the oldest failure for `key` after `sinceIso`: when the window starts to clear. */
export async function oldestSignInFailure(
	db: Kysely<Database>,
	key: string,
	sinceIso: string,
): Promise<string | undefined> {
	const row = await db
		.selectFrom("sign_in_failures")
		.select((eb) => eb.fn.min("at").as("oldest"))
		.where("key", "=", key)
		.where("at", ">", sinceIso)
		.executeTakeFirst();
	return row?.oldest ?? undefined;
}

/** Removes what one attempt recorded: its password was right after all. */
export async function deleteSignInAttempt(db: Kysely<Database>, attempt: string): Promise<void> {
	await db.deleteFrom("sign_in_failures").where("attempt", "=", attempt).execute();
}

export async function clearSignInFailures(db: Kysely<Database>, key: string): Promise<void> {
	await db.deleteFrom("sign_in_failures").where("key", "=", key).execute();
}

/** Deletes the failures recorded at or before `beforeIso`, which no window counts any more. */
export async function deleteSignInFailuresBefore(
	db: Kysely<Database>,
	beforeIso: string,
): Promise<number> {
	const result = await db
		.deleteFrom("sign_in_failures")
		.where("at", "<=", beforeIso)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}
