import { type Kysely, PostgresAdapter, sql, type Transaction } from "kysely";
import type { Database } from "./schema.ts";

/**
 * Runs `work` while holding a lock that other server processes on the same PostgreSQL database
 * wait for (a session advisory lock). SQLite has one server process, so it runs `work` directly.
 */
export async function withExclusiveLock<T>(
	db: Kysely<Database>,
	name: string,
	work: () => Promise<T>,
): Promise<T> {
	if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return work();
	return db.connection().execute(async (connection) => {
		await sql`select pg_advisory_lock(hashtext(${name}))`.execute(connection);
		try {
			return await work();
		} finally {
			await sql`select pg_advisory_unlock(hashtext(${name}))`.execute(connection);
		}
	});
}

/**
 * Makes the transaction the only one working on these keys until it ends, so that checking a
 * limit and recording what it counts are one step (`email:…`, `address:…`). SQLite transactions
 * begin IMMEDIATE (store/open.ts) and so already run one at a time; PostgreSQL takes one
 * transaction-level advisory lock per key, in the order of their hashes, so two transactions
 * that share keys never wait for each other in a cycle.
 */
export async function lockKeys(trx: Transaction<Database>, keys: readonly string[]): Promise<void> {
	if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return;
	const { rows } = await sql<{ hash: number }>`
		select distinct hashtext(key) as hash from unnest(${[...keys]}::text[]) as key order by hash
	`.execute(trx);
	for (const { hash } of rows) await sql`select pg_advisory_xact_lock(${hash})`.execute(trx);
}

/**
 * Makes the transaction the only one changing the offering's registrations until it ends, so
 * counting the places taken and filling them is one step: two staff promoting from the same
 * waitlist at once promote two different people. Other keys the transaction needs go in
 * `alsoKeys`, locked in the same call so their order stays the one `lockKeys` keeps.
 */
export async function lockOfferingRegistrations(
	trx: Transaction<Database>,
	offering: { institutionId: string; offeringId: string },
	alsoKeys: readonly string[] = [],
): Promise<void> {
	await lockKeys(trx, [offeringRegistrationsKey(offering), ...alsoKeys]);
}

/** The key `lockOfferingRegistrations` locks, for a transaction that changes two offerings'. */
export function offeringRegistrationsKey(offering: {
	institutionId: string;
	offeringId: string;
}): string {
	return `registrations:${offering.institutionId}/${offering.offeringId}`;
}
