import type { Kysely } from "kysely";

/**
 * The links in learners' mails to the page of their own data (`/{lang}/my-data/{token}`): one
 * random token per mail, of which only the SHA-256 is kept, bound to an e-mail address at one
 * institution and valid until it expires. Erasing the person's data deletes their links too.
 * (0007 to 0009 are the registrations' lifecycle, the jobs and the go/no-go decisions.)
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable("learner_data_links")
		.addColumn("token_hash", "text", (column) => column.primaryKey())
		.addColumn("institution_id", "text", (column) =>
			column.notNull().references("institutions.id").onDelete("cascade"),
		)
		.addColumn("email", "text", (column) => column.notNull())
		.addColumn("created_at", "text", (column) => column.notNull())
		.addColumn("expires_at", "text", (column) => column.notNull())
		.execute();
	await db.schema
		.createIndex("learner_data_links_person")
		.on("learner_data_links")
		.columns(["institution_id", "email"])
		.execute();
	await db.schema
		.createIndex("learner_data_links_expiry")
		.on("learner_data_links")
		.column("expires_at")
		.execute();
	// Finding a person's registrations and mails by e-mail, for their page and their erasure.
	await db.schema
		.createIndex("registrations_person")
		.on("registrations")
		.columns(["institution_id", "email"])
		.execute();
	await db.schema
		.createIndex("mail_queue_recipient")
		.on("mail_queue")
		.columns(["institution_id", "recipient"])
		.execute();
}
