import type { Kysely } from "kysely";

/** What the backfill of existing tokens touches. */
interface TokenExpiry {
	api_tokens: { expires_at: string | null };
}

/** Tokens made before tokens expired keep working this long after the upgrade. */
const upgradeGraceDays = 90;

/**
 * Accounts that must change their password or are disabled; bearer tokens with a scope and an
 * expiry; sign-in failures that belong to one attempt (reserved before the password is checked,
 * removed when it was right); and secrets the server keeps, such as the device-cookie key.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.alterTable("accounts")
		.addColumn("must_change_password", "integer", (column) => column.notNull().defaultTo(0))
		.execute();
	await db.schema.alterTable("accounts").addColumn("disabled_at", "text").execute();

	// Tokens made so far acted with their account's full role: they keep that scope.
	await db.schema
		.alterTable("api_tokens")
		.addColumn("scope", "text", (column) => column.notNull().defaultTo("read-write"))
		.execute();
	await db.schema.alterTable("api_tokens").addColumn("expires_at", "text").execute();
	// The upgrade's own time: an integration gets the grace period to move to a new token.
	const graceEnds = new Date(Date.now() + upgradeGraceDays * 24 * 60 * 60_000).toISOString();
	await (db as unknown as Kysely<TokenExpiry>)
		.updateTable("api_tokens")
		.set({ expires_at: graceEnds })
		.where("expires_at", "is", null)
		.execute();

	await db.schema.alterTable("sign_in_failures").addColumn("attempt", "text").execute();
	await db.schema
		.createIndex("sign_in_failures_attempt")
		.on("sign_in_failures")
		.column("attempt")
		.execute();

	await db.schema
		.createTable("server_secrets")
		.addColumn("name", "text", (column) => column.primaryKey())
		.addColumn("value", "text", (column) => column.notNull())
		.addColumn("created_at", "text", (column) => column.notNull())
		.execute();
}
