import type { Kysely } from "kysely";

/**
 * E-mails waiting to be sent. A mail is queued in the transaction that causes it (a sign-up, a
 * decision), so it goes out exactly when that commits, and is sent outside the request: a
 * learner's answer never waits for, or reveals anything by, the mail server.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable("mail_queue")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("institution_id", "text")
		.addColumn("recipient", "text", (column) => column.notNull())
		.addColumn("subject", "text", (column) => column.notNull())
		// The whole message as JSON until it is sent; cleared then, as it may hold link tokens.
		.addColumn("message", "text")
		// A mail with a key is queued once only, however often its cause is retried.
		.addColumn("dedupe_key", "text", (column) => column.unique())
		.addColumn("created_at", "text", (column) => column.notNull())
		.addColumn("send_after", "text", (column) => column.notNull())
		.addColumn("claimed_until", "text")
		.addColumn("attempts", "integer", (column) => column.notNull().defaultTo(0))
		.addColumn("last_error", "text")
		.addColumn("sent_at", "text")
		.addColumn("failed_at", "text")
		.execute();
	await db.schema
		.createIndex("mail_queue_due")
		.on("mail_queue")
		.columns(["sent_at", "failed_at", "send_after"])
		.execute();
}
