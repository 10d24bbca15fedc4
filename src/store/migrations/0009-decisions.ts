import type { Kysely } from "kysely";

/** What the backfill reads and writes. */
interface Backfill {
	offerings: { institution_id: string; id: string; body: string; updated_at: string };
	decision_follow_throughs: {
		institution_id: string;
		offering_id: string;
		outcome: string;
		into_offering: string | null;
		completed_at: string;
		mails: number;
		moved: number;
	};
}

/**
 * The follow-through of go/no-go decisions: one row per offering and outcome once every
 * registrant was told (and, for a postponement or merge, moved), with how many. A decided
 * offering without its row is still to be followed through. (0007 and 0008 are the
 * registrations' lifecycle and the jobs.)
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable("decision_follow_throughs")
		.addColumn("institution_id", "text", (column) =>
			column.notNull().references("institutions.id").onDelete("cascade"),
		)
		.addColumn("offering_id", "text", (column) => column.notNull())
		.addColumn("outcome", "text", (column) => column.notNull())
		.addColumn("into_offering", "text")
		.addColumn("completed_at", "text", (column) => column.notNull())
		.addColumn("mails", "integer", (column) => column.notNull())
		.addColumn("moved", "integer", (column) => column.notNull())
		.addPrimaryKeyConstraint("decision_follow_throughs_key", [
			"institution_id",
			"offering_id",
			"outcome",
		])
		.execute();

	// Decisions made before Kairos told registrants count as told: nobody gets a mail about a
	// decision taken, perhaps long ago, before this upgrade. The row's last write is when.
	const typed = db as unknown as Kysely<Backfill>;
	const offerings = await typed
		.selectFrom("offerings")
		.select(["institution_id", "id", "body", "updated_at"])
		.execute();
	for (const row of offerings) {
		const decision = (JSON.parse(row.body) as { decision?: unknown }).decision;
		const outcome =
			typeof decision === "string"
				? decision
				: (decision as { outcome?: string } | undefined)?.outcome;
		if (outcome === undefined) continue;
		await typed
			.insertInto("decision_follow_throughs")
			.values({
				institution_id: row.institution_id,
				offering_id: row.id,
				outcome,
				into_offering: (decision as { into?: string } | null)?.into ?? null,
				completed_at: row.updated_at,
				mails: 0,
				moved: 0,
			})
			.execute();
	}
}
