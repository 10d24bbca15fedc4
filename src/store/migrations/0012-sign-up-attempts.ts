import type { Kysely } from "kysely";

/**
 * Every sign-up from the public catalogue that got past its form's checks, by the client's
 * address, for the per-address limit. Counting these rather than the registrations stored makes
 * a sign-up for an e-mail already registered count like a new one, so the limit does not tell a
 * caller which e-mails are registered. Rows older than the limit's window are deleted.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable("sign_up_attempts")
		.addColumn("address", "text", (column) => column.notNull())
		.addColumn("at", "text", (column) => column.notNull())
		.execute();
	await db.schema
		.createIndex("sign_up_attempts_address")
		.on("sign_up_attempts")
		.columns(["address", "at"])
		.execute();
	await db.schema.createIndex("sign_up_attempts_at").on("sign_up_attempts").column("at").execute();
}
