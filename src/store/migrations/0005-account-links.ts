import type { Kysely } from "kysely";

/**
 * What the staff app needs of an account: the person of the plan it is (so "my tasks" are
 * theirs), a pending invitation (only the SHA-256 of its link's token, and when it expires), and
 * the secret of its personal calendar feed. Each is a column of the account: an account has at
 * most one of each, and a backup carries them with it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable("accounts").addColumn("person_id", "text").execute();
	await db.schema.alterTable("accounts").addColumn("invitation_token_hash", "text").execute();
	await db.schema.alterTable("accounts").addColumn("invitation_expires_at", "text").execute();
	await db.schema.alterTable("accounts").addColumn("calendar_token", "text").execute();
	await db.schema.alterTable("accounts").addColumn("calendar_token_hash", "text").execute();
	// Unique indexes allow any number of nulls on both databases: one row per token that exists.
	await db.schema
		.createIndex("accounts_invitation_token_hash")
		.on("accounts")
		.column("invitation_token_hash")
		.unique()
		.execute();
	await db.schema
		.createIndex("accounts_calendar_token_hash")
		.on("accounts")
		.column("calendar_token_hash")
		.unique()
		.execute();
}
