import SqliteDatabase from "better-sqlite3";
import { Kysely, Migrator, SqliteDialect, sql } from "kysely";
import { describe, expect, it } from "vitest";
import { pastOffering } from "../../test/fixtures/history.ts";
import { healthyPlan } from "../../test/fixtures/plans.ts";
import { seedPlans, storeTargets } from "../../test/fixtures/stores.ts";
import { migrateToLatest, migrationNames } from "./migrate.ts";
import * as initial from "./migrations/0001-initial.ts";
import * as registrations from "./migrations/0002-registrations.ts";
import * as mailQueue from "./migrations/0003-mail-queue.ts";
import * as accounts from "./migrations/0004-accounts.ts";
import * as accountLinks from "./migrations/0005-account-links.ts";
import * as milestoneDue from "./migrations/0006-milestone-due.ts";
import * as pastOfferingEnd from "./migrations/0011-past-offering-end.ts";
import type { Database } from "./schema.ts";

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
						"decision_follow_throughs",
					]),
				);
			} finally {
				await store.close();
			}
		},
	);
});

describe.each(storeTargets)("the past offerings' end migration (0011) on $name", (target) => {
	it.skipIf(!target.available)(
		"gives each stored past offering the last day its body keeps, and none to one without",
		async () => {
			const store = await target.open();
			const ends = () =>
				store.db.selectFrom("past_offerings").select(["id", "end_date"]).orderBy("id").execute();
			try {
				const history = [
					pastOffering({ id: "cnc-2026", end: "2026-11-27" }),
					pastOffering({ id: "cnc-2025", publication: "2025-03-01", start: "2025-09-15" }),
				];
				await seedPlans(store, [{ ...healthyPlan(), history }]);
				const written = [
					{ id: "cnc-2025", end_date: null },
					{ id: "cnc-2026", end_date: "2026-11-27" },
				];
				expect(await ends()).toEqual(written);
				// The rows as they were before it: no column. Later migrations leave the table alone.
				await sql`alter table past_offerings drop column end_date`.execute(store.db);
				await pastOfferingEnd.up(store.db as unknown as Kysely<unknown>);
				expect(await ends()).toEqual(written);
			} finally {
				await store.close();
			}
		},
	);
});

describe("the accounts migration (0004)", () => {
	it("gives existing tokens their full scope and 90 days, and existing accounts no restriction", async () => {
		const db = new Kysely<Database>({
			dialect: new SqliteDialect({ database: new SqliteDatabase(":memory:") }),
		});
		try {
			const shipped = {
				"0001-initial": initial,
				"0002-registrations": registrations,
				"0003-mail-queue": mailQueue,
			};
			await new Migrator({
				db,
				provider: { getMigrations: async () => shipped },
			}).migrateToLatest();
			const created = "2025-01-01T08:00:00.000Z";
			await sql`insert into accounts (id, email, name, role, institution_id, password_hash, created_at)
				values ('old', 'old@test.ee', 'Old', 'admin', null, 'hash', ${created})`.execute(db);
			await sql`insert into api_tokens (id, account_id, name, token_hash, created_at)
				values ('token', 'old', 'Sync', 'token-hash', ${created})`.execute(db);
			const upgradedAt = Date.now();
			await migrateToLatest(db);
			const account = await db.selectFrom("accounts").selectAll().executeTakeFirstOrThrow();
			expect(account).toMatchObject({ must_change_password: 0, disabled_at: null });
			const token = await db.selectFrom("api_tokens").selectAll().executeTakeFirstOrThrow();
			expect(token.scope).toBe("read-write");
			const grace = Date.parse(token.expires_at) - upgradedAt;
			expect(grace).toBeGreaterThanOrEqual(90 * 24 * 60 * 60_000 - 60_000);
			expect(grace).toBeLessThanOrEqual(90 * 24 * 60 * 60_000 + 60_000);
		} finally {
			await db.destroy();
		}
	});
});

describe("the decisions migration (0009)", () => {
	it("takes the decisions made before it as told, so nobody is mailed about them", async () => {
		const db = new Kysely<Database>({
			dialect: new SqliteDialect({ database: new SqliteDatabase(":memory:") }),
		});
		try {
			const shipped = {
				"0001-initial": initial,
				"0002-registrations": registrations,
				"0003-mail-queue": mailQueue,
				"0004-accounts": accounts,
				"0005-account-links": accountLinks,
				"0006-milestone-due": milestoneDue,
			};
			await new Migrator({
				db,
				provider: { getMigrations: async () => shipped },
			}).migrateToLatest();
			const at = "2026-05-04T09:00:00.000Z";
			await sql`insert into institutions (id, name, body, plan_version, created_at, updated_at)
				values ('old-vc', 'Old College', '{}', 1, ${at}, ${at})`.execute(db);
			const offering = (id: string, decision?: unknown) =>
				sql`insert into offerings (institution_id, id, position, body, version, updated_at, intake_id, start_date, end_date)
					values ('old-vc', ${id}, 0, ${JSON.stringify({ id, decision })}, 1, ${at}, null, '2026-09-01', '2026-10-01')`.execute(
					db,
				);
			await offering("went", "go");
			await offering("merged", { outcome: "merge", into: "went" });
			await offering("undecided");
			await migrateToLatest(db);
			const rows = await db
				.selectFrom("decision_follow_throughs")
				.selectAll()
				.orderBy("offering_id")
				.execute();
			expect(rows).toEqual([
				{
					institution_id: "old-vc",
					offering_id: "merged",
					outcome: "merge",
					into_offering: "went",
					completed_at: at,
					mails: 0,
					moved: 0,
				},
				{
					institution_id: "old-vc",
					offering_id: "went",
					outcome: "go",
					into_offering: null,
					completed_at: at,
					mails: 0,
					moved: 0,
				},
			]);
		} finally {
			await db.destroy();
		}
	});
});
