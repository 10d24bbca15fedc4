import { type Kysely, PostgresAdapter, type Transaction } from "kysely";
import { indexedColumns, type ResourceBodies, type Versioned } from "./rows.ts";
import type { Database, ResourceTableName } from "./schema.ts";

type Db = Kysely<Database> | Transaction<Database>;

// Kysely cannot narrow a generic table name; every resource table has the columns used here.
const anyTable = <K extends ResourceTableName>(table: K) => table as "people";

/** One resource with its version, or undefined. */
export async function getResource<K extends ResourceTableName>(
	db: Db,
	table: K,
	institutionId: string,
	id: string,
): Promise<Versioned<ResourceBodies[K]> | undefined> {
	const row = await db
		.selectFrom(anyTable(table))
		.select(["body", "version"])
		.where("institution_id", "=", institutionId)
		.where("id", "=", id)
		.executeTakeFirst();
	return row && { value: JSON.parse(row.body) as ResourceBodies[K], version: row.version };
}

export interface ResourcePage<T> {
	items: Versioned<T>[];
	/** Pass as `after` for the next page; undefined on the last page. */
	next: number | undefined;
}

/** A page of resources in plan-file order, keyed by position so pages stay stable under inserts. */
export async function listResources<K extends ResourceTableName>(
	db: Db,
	table: K,
	institutionId: string,
	page: { limit: number; after?: number | undefined },
): Promise<ResourcePage<ResourceBodies[K]>> {
	let query = db
		.selectFrom(anyTable(table))
		.select(["body", "version", "position"])
		.where("institution_id", "=", institutionId);
	if (page.after !== undefined) query = query.where("position", ">", page.after);
	const rows = await query
		.orderBy("position")
		.limit(page.limit + 1)
		.execute();
	const items = rows.slice(0, page.limit);
	return {
		items: items.map((row) => ({
			value: JSON.parse(row.body) as ResourceBodies[K],
			version: row.version,
		})),
		next: rows.length > page.limit ? items[items.length - 1]?.position : undefined,
	};
}

/**
 * Appends a resource at the end of its list. Its `version` is the plan version of the write that
 * made it, so a version never repeats for an id, even after the id is deleted and used again.
 */
export async function insertResource<K extends ResourceTableName>(
	trx: Transaction<Database>,
	table: K,
	institutionId: string,
	body: ResourceBodies[K],
	write: { version: number; at: string },
): Promise<void> {
	const last = await trx
		.selectFrom(anyTable(table))
		.select((eb) => eb.fn.max("position").as("position"))
		.where("institution_id", "=", institutionId)
		.executeTakeFirst();
	await trx
		.insertInto(table as "offerings")
		.values({
			institution_id: institutionId,
			id: (body as { id: string }).id,
			position: Number(last?.position ?? -1) + 1,
			body: JSON.stringify(body),
			version: write.version,
			updated_at: write.at,
			...indexedColumns(table, body),
		} as never)
		.execute();
}

/**
 * Replaces a resource's body if it is still at `expectedVersion`, giving it `write.version` (the
 * plan version of this write). Returns false when the row is gone or somebody else changed it
 * first: the update is not made.
 */
export async function updateResource<K extends ResourceTableName>(
	trx: Transaction<Database>,
	table: K,
	institutionId: string,
	id: string,
	body: ResourceBodies[K],
	expectedVersion: number,
	write: { version: number; at: string },
): Promise<boolean> {
	const result = await trx
		.updateTable(table as "offerings")
		.set({
			body: JSON.stringify(body),
			version: write.version,
			updated_at: write.at,
			...indexedColumns(table, body),
		} as never)
		.where("institution_id", "=", institutionId)
		.where("id", "=", id)
		.where("version", "=", expectedVersion)
		.executeTakeFirst();
	return result.numUpdatedRows === 1n;
}

/** Deletes a resource if it is still at `expectedVersion`; false when it is not. */
export async function deleteResource(
	trx: Transaction<Database>,
	table: ResourceTableName,
	institutionId: string,
	id: string,
	expectedVersion: number,
): Promise<boolean> {
	const result = await trx
		.deleteFrom(anyTable(table))
		.where("institution_id", "=", institutionId)
		.where("id", "=", id)
		.where("version", "=", expectedVersion)
		.executeTakeFirst();
	return result.numDeletedRows === 1n;
}

/**
 * Deletes some of the institution's resources, whatever their version: for a change made under
 * the institution's lock from the plan read under it (an offering's parts go with it).
 */
export async function deleteResources(
	trx: Transaction<Database>,
	table: ResourceTableName,
	institutionId: string,
	ids: readonly string[],
): Promise<void> {
	if (ids.length === 0) return;
	await trx
		.deleteFrom(anyTable(table))
		.where("institution_id", "=", institutionId)
		.where("id", "in", ids)
		.execute();
}

/**
 * Takes the institution's write lock for the rest of the transaction and returns its plan
 * version (undefined: no such institution). On SQLite the transaction itself is the lock.
 */
export async function lockInstitution(
	trx: Transaction<Database>,
	institutionId: string,
): Promise<number | undefined> {
	let query = trx.selectFrom("institutions").select("plan_version").where("id", "=", institutionId);
	if (trx.getExecutor().adapter instanceof PostgresAdapter) query = query.forUpdate();
	return (await query.executeTakeFirst())?.plan_version;
}

/**
 * Marks the plan changed: every write to an institution's rows calls this in its transaction,
 * and gives the rows it writes the version it returns. Plan versions only ever grow.
 */
export async function bumpPlanVersion(
	trx: Transaction<Database>,
	institutionId: string,
	at: string,
): Promise<number> {
	const row = await trx
		.updateTable("institutions")
		.set((eb) => ({ plan_version: eb("plan_version", "+", 1), updated_at: at }))
		.where("id", "=", institutionId)
		.returning("plan_version")
		.executeTakeFirstOrThrow();
	return row.plan_version;
}
