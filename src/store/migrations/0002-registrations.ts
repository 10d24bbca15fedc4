import { type Kysely, sql } from "kysely";

/**
 * Learners' sign-ups on the public catalogue ("notify me"), with double opt-in by e-mail.
 *
 * The offering is referenced without a foreign key: replacing a plan deletes and re-inserts
 * every offering row, and a cascading key would erase the sign-ups (and their consent records)
 * on each import. Deleting the institution still takes its registrations with it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable("registrations")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("institution_id", "text", (column) =>
			column.notNull().references("institutions.id").onDelete("cascade"),
		)
		.addColumn("offering_id", "text", (column) => column.notNull())
		.addColumn("state", "text", (column) => column.notNull())
		.addColumn("name", "text", (column) => column.notNull())
		.addColumn("email", "text", (column) => column.notNull())
		.addColumn("phone", "text")
		.addColumn("language", "text", (column) => column.notNull())
		.addColumn("consent_text", "text", (column) => column.notNull())
		.addColumn("consent_version", "text", (column) => column.notNull())
		.addColumn("source", "text", (column) => column.notNull())
		.addColumn("utm_source", "text")
		.addColumn("utm_medium", "text")
		.addColumn("utm_campaign", "text")
		.addColumn("referrer", "text")
		.addColumn("address", "text", (column) => column.notNull())
		.addColumn("created_at", "text", (column) => column.notNull())
		.addColumn("confirm_sent_at", "text", (column) => column.notNull())
		.addColumn("confirmed_at", "text")
		.addColumn("unsubscribed_at", "text")
		.addColumn("confirm_token_hash", "text", (column) => column.notNull())
		.addColumn("unsubscribe_token_hash", "text", (column) => column.notNull())
		.execute();

	await db.schema
		.createIndex("registrations_offering")
		.on("registrations")
		.columns(["institution_id", "offering_id"])
		.execute();
	// One live registration per offering and e-mail; after unsubscribing, a new sign-up may start.
	await db.schema
		.createIndex("registrations_live_email")
		.on("registrations")
		.columns(["institution_id", "offering_id", "email"])
		.unique()
		.where(sql.ref("unsubscribed_at"), "is", null)
		.execute();
	await db.schema
		.createIndex("registrations_confirm_token")
		.on("registrations")
		.column("confirm_token_hash")
		.unique()
		.execute();
	await db.schema
		.createIndex("registrations_unsubscribe_token")
		.on("registrations")
		.column("unsubscribe_token_hash")
		.unique()
		.execute();
	await db.schema
		.createIndex("registrations_address")
		.on("registrations")
		.columns(["address", "created_at"])
		.execute();
}
