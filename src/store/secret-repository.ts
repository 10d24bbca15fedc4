import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

/**
 * The secret called `name`: the stored one, else `candidate`, stored now. The primary key
 * decides between processes that make one at the same time, so they all end up with the same.
 */
export async function keptSecret(
	db: Kysely<Database>,
	name: string,
	candidate: string,
	atIso: string,
): Promise<string> {
	await db
		.insertInto("server_secrets")
		.values({ name, value: candidate, created_at: atIso })
		.onConflict((conflict) => conflict.column("name").doNothing())
		.execute();
	const row = await db
		.selectFrom("server_secrets")
		.select("value")
		.where("name", "=", name)
		.executeTakeFirstOrThrow();
	return row.value;
}
