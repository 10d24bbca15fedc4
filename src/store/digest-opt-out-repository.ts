import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

/** Records that a person asked for no task digests (again: the first time is kept). */
export async function insertDigestOptOut(
	db: Kysely<Database>,
	institutionId: string,
	personId: string,
	atIso: string,
): Promise<void> {
	await db
		.insertInto("digest_opt_outs")
		.values({ institution_id: institutionId, person_id: personId, opted_out_at: atIso })
		.onConflict((conflict) => conflict.columns(["institution_id", "person_id"]).doNothing())
		.execute();
}

/** Forgets a person's opt-out: they get the digests again. */
export async function deleteDigestOptOut(
	db: Kysely<Database>,
	institutionId: string,
	personId: string,
): Promise<void> {
	await db
		.deleteFrom("digest_opt_outs")
		.where("institution_id", "=", institutionId)
		.where("person_id", "=", personId)
		.execute();
}

/** The people ids of an institution who asked for no digests. */
export async function digestOptOutsOf(
	db: Kysely<Database>,
	institutionId: string,
): Promise<Set<string>> {
	const rows = await db
		.selectFrom("digest_opt_outs")
		.select("person_id")
		.where("institution_id", "=", institutionId)
		.execute();
	return new Set(rows.map((row) => row.person_id));
}
