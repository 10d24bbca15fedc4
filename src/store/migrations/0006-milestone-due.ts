import type { Kysely } from "kysely";

/**
 * A milestone's due date set in the plan (`milestoneStatus.<key>.due`), which replaces the date
 * its template gives. Null keeps the template's date. (0005 is the accounts' links.)
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable("milestone_progress").addColumn("due", "text").execute();
}
