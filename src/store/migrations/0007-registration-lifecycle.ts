import { type Kysely, sql } from "kysely";

/** What the backfill of existing registrations touches. */
interface RegistrationTimes {
	registrations: { updated_at: string; created_at: string };
}

/**
 * A registration's lifecycle (model/registration-lifecycle.ts): when it first applied or joined
 * the waitlist, was enrolled or withdrew, when it last changed and its version (the ETag a state
 * change is conditional on), its number in the offering's waitlist (given in the order people
 * join it, under the offering's lock, so two who join in the same millisecond still have an
 * order), and when the "registration is open" mail was queued for it, so a sweep never invites
 * anyone twice, even after the mail queue has forgotten the mail.
 *
 * A withdrawn registration no longer holds its e-mail for the offering: the person may apply
 * again, as after unsubscribing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	for (const column of ["applied_at", "waitlisted_at", "enrolled_at", "withdrawn_at", "invited_at"])
		await db.schema.alterTable("registrations").addColumn(column, "text").execute();
	await db.schema
		.alterTable("registrations")
		.addColumn("updated_at", "text", (column) => column.notNull().defaultTo(""))
		.execute();
	await db.schema.alterTable("registrations").addColumn("waitlist_order", "integer").execute();
	await db.schema
		.alterTable("registrations")
		.addColumn("version", "integer", (column) => column.notNull().defaultTo(1))
		.execute();
	// Every registration so far is an interest that has not changed since it was made.
	await (db as unknown as Kysely<RegistrationTimes>)
		.updateTable("registrations")
		.set((eb) => ({ updated_at: eb.ref("created_at") }))
		.execute();

	await db.schema.dropIndex("registrations_live_email").execute();
	await db.schema
		.createIndex("registrations_live_email")
		.on("registrations")
		.columns(["institution_id", "offering_id", "email"])
		.unique()
		.where((eb) =>
			eb.and([eb(sql.ref("unsubscribed_at"), "is", null), eb(sql.ref("state"), "<>", "withdrawn")]),
		)
		.execute();
	// The waitlist is read oldest first, per offering.
	await db.schema
		.createIndex("registrations_offering_state")
		.on("registrations")
		.columns(["institution_id", "offering_id", "state", "waitlist_order"])
		.execute();
}
