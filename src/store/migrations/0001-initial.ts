import { type Kysely, PostgresAdapter } from "kysely";

/** The first schema: institutions, plan resources, progress, accounts, sessions, tokens, audit. */
export async function up(db: Kysely<unknown>): Promise<void> {
	const postgres = db.getExecutor().adapter instanceof PostgresAdapter;

	await db.schema
		.createTable("institutions")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("name", "text", (column) => column.notNull())
		.addColumn("body", "text", (column) => column.notNull())
		.addColumn("plan_version", "integer", (column) => column.notNull().defaultTo(1))
		.addColumn("created_at", "text", (column) => column.notNull())
		.addColumn("updated_at", "text", (column) => column.notNull())
		.execute();

	for (const table of [
		"people",
		"intakes",
		"qualifications",
		"templates",
		"offerings",
		"past_offerings",
	]) {
		let builder = db.schema
			.createTable(table)
			.addColumn("institution_id", "text", (column) =>
				column.notNull().references("institutions.id").onDelete("cascade"),
			)
			.addColumn("id", "text", (column) => column.notNull())
			.addColumn("position", "integer", (column) => column.notNull())
			.addColumn("body", "text", (column) => column.notNull())
			.addColumn("version", "integer", (column) => column.notNull().defaultTo(1))
			.addColumn("updated_at", "text", (column) => column.notNull());
		if (table === "offerings") {
			builder = builder
				.addColumn("intake_id", "text")
				.addColumn("start_date", "text", (column) => column.notNull())
				.addColumn("end_date", "text", (column) => column.notNull());
		}
		await builder.addPrimaryKeyConstraint(`${table}_pk`, ["institution_id", "id"]).execute();
		await db.schema
			.createIndex(`${table}_position`)
			.on(table)
			.columns(["institution_id", "position"])
			.execute();
	}
	await db.schema
		.createIndex("offerings_start")
		.on("offerings")
		.columns(["institution_id", "start_date"])
		.execute();

	await db.schema
		.createTable("milestone_progress")
		.addColumn("institution_id", "text", (column) => column.notNull())
		.addColumn("offering_id", "text", (column) => column.notNull())
		.addColumn("key", "text", (column) => column.notNull())
		.addColumn("status", "text", (column) => column.notNull())
		.addColumn("done_on", "text")
		.addColumn("note", "text")
		.addColumn("owner", "text")
		.addColumn("status_only", "integer", (column) => column.notNull().defaultTo(0))
		.addColumn("version", "integer", (column) => column.notNull().defaultTo(1))
		.addColumn("updated_at", "text", (column) => column.notNull())
		.addPrimaryKeyConstraint("milestone_progress_pk", ["institution_id", "offering_id", "key"])
		.addForeignKeyConstraint(
			"milestone_progress_offering",
			["institution_id", "offering_id"],
			"offerings",
			["institution_id", "id"],
			(constraint) => constraint.onDelete("cascade"),
		)
		.execute();

	await db.schema
		.createTable("registration_counts")
		.addColumn("institution_id", "text", (column) => column.notNull())
		.addColumn("offering_id", "text", (column) => column.notNull())
		.addColumn("date", "text", (column) => column.notNull())
		.addColumn("count", "integer", (column) => column.notNull())
		.addPrimaryKeyConstraint("registration_counts_pk", ["institution_id", "offering_id", "date"])
		.addForeignKeyConstraint(
			"registration_counts_offering",
			["institution_id", "offering_id"],
			"offerings",
			["institution_id", "id"],
			(constraint) => constraint.onDelete("cascade"),
		)
		.execute();

	await db.schema
		.createTable("accounts")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("email", "text", (column) => column.notNull().unique())
		.addColumn("name", "text", (column) => column.notNull())
		.addColumn("role", "text", (column) => column.notNull())
		.addColumn("institution_id", "text", (column) =>
			column.references("institutions.id").onDelete("cascade"),
		)
		.addColumn("password_hash", "text", (column) => column.notNull())
		.addColumn("created_at", "text", (column) => column.notNull())
		.execute();

	await db.schema
		.createTable("sessions")
		.addColumn("token_hash", "text", (column) => column.primaryKey())
		.addColumn("account_id", "text", (column) =>
			column.notNull().references("accounts.id").onDelete("cascade"),
		)
		.addColumn("csrf_token", "text", (column) => column.notNull())
		.addColumn("created_at", "text", (column) => column.notNull())
		.addColumn("expires_at", "text", (column) => column.notNull())
		.execute();

	await db.schema
		.createTable("api_tokens")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("account_id", "text", (column) =>
			column.notNull().references("accounts.id").onDelete("cascade"),
		)
		.addColumn("name", "text", (column) => column.notNull())
		.addColumn("token_hash", "text", (column) => column.notNull().unique())
		.addColumn("created_at", "text", (column) => column.notNull())
		.addColumn("last_used_at", "text")
		.addColumn("revoked_at", "text")
		.execute();

	await db.schema
		.createTable("sign_in_failures")
		.addColumn("key", "text", (column) => column.notNull())
		.addColumn("at", "text", (column) => column.notNull())
		.execute();
	await db.schema
		.createIndex("sign_in_failures_key")
		.on("sign_in_failures")
		.columns(["key", "at"])
		.execute();

	await db.schema
		.createTable("audit_log")
		.addColumn("id", "integer", (column) =>
			postgres
				? column.primaryKey().generatedByDefaultAsIdentity()
				: column.primaryKey().autoIncrement(),
		)
		.addColumn("institution_id", "text")
		.addColumn("at", "text", (column) => column.notNull())
		.addColumn("actor", "text", (column) => column.notNull())
		.addColumn("action", "text", (column) => column.notNull())
		.addColumn("entity", "text", (column) => column.notNull())
		.addColumn("entity_id", "text", (column) => column.notNull())
		.addColumn("before", "text")
		.addColumn("after", "text")
		.execute();
	await db.schema
		.createIndex("audit_log_institution")
		.on("audit_log")
		.columns(["institution_id", "id"])
		.execute();
}
