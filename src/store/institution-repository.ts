import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

/** The institution's plan version, or undefined when there is no such institution. */
export async function planVersionOf(
	db: Kysely<Database>,
	institutionId: string,
): Promise<number | undefined> {
	const row = await db
		.selectFrom("institutions")
		.select("plan_version")
		.where("id", "=", institutionId)
		.executeTakeFirst();
	return row?.plan_version;
}

export interface InstitutionSummary {
	id: string;
	name: string;
	planVersion: number;
	offerings: number;
	/** The plan's IANA time zone. */
	timezone: string;
	/** The plan's languages, the first the default; empty when it names none. */
	languages: string[];
}

/** Institutions by id, all of them or only the given ones, with their number of offerings. */
export async function listInstitutions(
	db: Kysely<Database>,
	only?: readonly string[],
): Promise<InstitutionSummary[]> {
	if (only?.length === 0) return [];
	let query = db
		.selectFrom("institutions")
		.select((eb) => [
			"institutions.id",
			"institutions.name",
			"institutions.plan_version",
			"institutions.body",
			eb
				.selectFrom("offerings")
				.select((inner) => inner.fn.countAll<number>().as("count"))
				.whereRef("offerings.institution_id", "=", "institutions.id")
				.as("offerings"),
		])
		.orderBy("institutions.id");
	if (only) query = query.where("institutions.id", "in", only);
	const rows = await query.execute();
	return rows.map((row) => {
		// The body is the plan file's institution, which the plan's schema checked when it was written.
		const body = JSON.parse(row.body) as { timezone: string; languages?: string[] };
		return {
			id: row.id,
			name: row.name,
			planVersion: row.plan_version,
			offerings: Number(row.offerings),
			timezone: body.timezone,
			languages: body.languages ?? [],
		};
	});
}

/** Whether the database holds no institution yet: a first start. */
export async function isEmpty(db: Kysely<Database>): Promise<boolean> {
	return (
		(await db.selectFrom("institutions").select("id").limit(1).executeTakeFirst()) === undefined
	);
}

/**
 * The institutions that have an offering with this id, in their plan or in their history (ids
 * are unique only within one; a plan's offering and its history never share one).
 */
export async function institutionsWithOffering(
	db: Kysely<Database>,
	offeringId: string,
): Promise<string[]> {
	const rows = await db
		.selectFrom("offerings")
		.select("institution_id")
		.where("id", "=", offeringId)
		.union(db.selectFrom("past_offerings").select("institution_id").where("id", "=", offeringId))
		.orderBy("institution_id")
		.execute();
	return rows.map((row) => row.institution_id);
}

/** Every institution's plan version, by id: a cheap fingerprint of all plans. */
export async function planVersions(
	db: Kysely<Database>,
): Promise<{ id: string; planVersion: number }[]> {
	const rows = await db
		.selectFrom("institutions")
		.select(["id", "plan_version"])
		.orderBy("id")
		.execute();
	return rows.map((row) => ({ id: row.id, planVersion: row.plan_version }));
}

/** The highest plan version any institution has: every ETag this database gave is at most this. */
export async function highestPlanVersion(db: Kysely<Database>): Promise<number> {
	const row = await db
		.selectFrom("institutions")
		.select((eb) => eb.fn.max("plan_version").as("highest"))
		.executeTakeFirst();
	return Number(row?.highest ?? 0);
}

/**
 * Makes an empty institution row at plan version 0, for a plan about to be written into it.
 * Returns false, making nothing, when the id exists: a concurrent creator came first (on
 * PostgreSQL the insert waits for that transaction, then finds the row).
 */
export async function insertNewInstitution(
	db: Kysely<Database>,
	institution: { id: string; name: string },
	at: string,
): Promise<boolean> {
	const result = await db
		.insertInto("institutions")
		.values({
			id: institution.id,
			name: institution.name,
			body: "{}",
			plan_version: 0,
			created_at: at,
			updated_at: at,
		})
		.onConflict((conflict) => conflict.column("id").doNothing())
		.executeTakeFirst();
	return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}
