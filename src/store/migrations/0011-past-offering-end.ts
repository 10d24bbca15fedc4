import type { Kysely } from "kysely";

/** What the backfill reads and writes. */
interface PastOfferingEnds {
	past_offerings: { institution_id: string; id: string; body: string; end_date: string | null };
}

/**
 * A past offering's last day (`end`, when its row gives one) as a column beside its body, so
 * the retention can keep a moved offering's registrations until months after it ended, on
 * SQLite and PostgreSQL alike. Null when the row has no `end` (an imported history may not).
 * The rows written before it get theirs from their body.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable("past_offerings").addColumn("end_date", "text").execute();
	const typed = db as unknown as Kysely<PastOfferingEnds>;
	const rows = await typed
		.selectFrom("past_offerings")
		.select(["institution_id", "id", "body"])
		.execute();
	for (const row of rows) {
		// The body is a past offering the plan's schema checked when it was written.
		const { end } = JSON.parse(row.body) as { end?: string };
		if (end === undefined) continue;
		await typed
			.updateTable("past_offerings")
			.set({ end_date: end })
			.where("institution_id", "=", row.institution_id)
			.where("id", "=", row.id)
			.execute();
	}
}
