import { type Kysely, PostgresAdapter, sql } from "kysely";
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
