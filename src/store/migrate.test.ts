import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { storeTargets } from "../../test/fixtures/stores.ts";
import { migrateToLatest, migrationNames } from "./migrate.ts";

describe.each(storeTargets)("migrations on $name", (target) => {
	it.skipIf(!target.available)(
		"run once, and again without effect, also from two callers at once",
		async () => {
			const store = await target.open();
			try {
				await Promise.all([migrateToLatest(store.db), migrateToLatest(store.db)]);
				const { rows } = await sql<{
					name: string;
				}>`select name from kysely_migration order by name`.execute(store.db);
				expect(rows.map((row) => row.name)).toEqual([...migrationNames]);
				expect(migrationNames[0]).toBe("0001-initial");
				const tables = await store.db.introspection.getTables();
				expect(tables.map((table) => table.name)).toEqual(
					expect.arrayContaining([
						"institutions",
						"offerings",
						"milestone_progress",
						"accounts",
						"sessions",
						"api_tokens",
						"audit_log",
						"registrations",
						"mail_queue",
					]),
				);
			} finally {
				await store.close();
			}
		},
	);
});
