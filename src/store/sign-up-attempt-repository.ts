import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

// Sign-up attempts: rows rather than a counter, so a sliding window needs no reset job.

/** Records a sign-up from `address` at `atIso`. */
export async function recordSignUpAttempt(
	db: Kysely<Database>,
	address: string,
	atIso: string,
): Promise<void> {
	await db.insertInto("sign_up_attempts").values({ address, at: atIso }).execute();
}

/** How many sign-ups came from `address` after `sinceIso`, and when the oldest of them did. */
export async function recentSignUpAttempts(
	db: Kysely<Database>,
	address: string,
	sinceIso: string,
): Promise<{ count: number; oldest: string | undefined }> {
	const row = await db
		.selectFrom("sign_up_attempts")
		.select((eb) => [eb.fn.countAll<number | string>().as("count"), eb.fn.min("at").as("oldest")])
		.where("address", "=", address)
		// ISO 8601 UTC timestamps of one width sort as strings in time order.
		.where("at", ">", sinceIso)
		.executeTakeFirstOrThrow();
	return { count: Number(row.count), oldest: row.oldest ?? undefined };
}

/** Deletes the attempts recorded at or before `beforeIso`, which no window counts any more. */
export async function deleteSignUpAttemptsBefore(
	db: Kysely<Database>,
	beforeIso: string,
): Promise<number> {
	const result = await db
		.deleteFrom("sign_up_attempts")
		.where("at", "<=", beforeIso)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}
