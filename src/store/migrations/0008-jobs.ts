import type { Kysely } from "kysely";

/**
 * The runs of the background jobs, whichever runner ran them (in-process on SQLite, pg-boss on
 * PostgreSQL), so an administrator sees what each did and why it failed; and the people who
 * asked for no digest of their tasks. (0007 is the registrations' lifecycle.)
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable("job_runs")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("job", "text", (column) => column.notNull())
		// `schedule`, `request`, `retry` or `manual` (the command line).
		.addColumn("trigger", "text", (column) => column.notNull())
		// 1 for a first try; the retries of a failed run count on.
		.addColumn("attempt", "integer", (column) => column.notNull())
		// The process that ran it (host and process id), as several servers may.
		.addColumn("runner", "text", (column) => column.notNull())
		.addColumn("started_at", "text", (column) => column.notNull())
		.addColumn("finished_at", "text")
		// The job's counts as JSON once it succeeded; the error's message once it failed.
		.addColumn("outcome", "text")
		.addColumn("error", "text")
		.execute();
	await db.schema
		.createIndex("job_runs_by_job")
		.on("job_runs")
		.columns(["job", "started_at"])
		.execute();
	await db.schema
		.createTable("digest_opt_outs")
		.addColumn("institution_id", "text", (column) => column.notNull())
		.addColumn("person_id", "text", (column) => column.notNull())
		.addColumn("opted_out_at", "text", (column) => column.notNull())
		.addPrimaryKeyConstraint("digest_opt_outs_pk", ["institution_id", "person_id"])
		.execute();
}
