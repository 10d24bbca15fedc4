import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SqliteDatabase from "better-sqlite3";
import {
	CompiledQuery,
	type DatabaseConnection,
	type Driver,
	Kysely,
	PostgresDialect,
	SqliteDialect,
} from "kysely";
import pg from "pg";
import { migrateToLatest } from "./migrate.ts";
import type { Database } from "./schema.ts";

export type Dialect = "sqlite" | "postgres";

/** An open, migrated database. */
export interface Store {
	db: Kysely<Database>;
	dialect: Dialect;
	/** Where it is, without a password: for logs. */
	location: string;
	close(): Promise<void>;
}

/** `postgres://…` or `postgresql://…` opens PostgreSQL; anything else is a SQLite file path. */
export function dialectOf(location: string): Dialect {
	return /^postgres(ql)?:\/\//.test(location) ? "postgres" : "sqlite";
}

/** Opens the database at `location` and migrates it to the latest schema. */
export async function openStore(location: string): Promise<Store> {
	const dialect = dialectOf(location);
	const db = new Kysely<Database>({
		dialect: dialect === "postgres" ? postgresDialect(location) : sqliteDialect(location),
	});
	try {
		await migrateToLatest(db);
	} catch (error) {
		await db.destroy();
		throw error;
	}
	return { db, dialect, location: redact(location), close: () => db.destroy() };
}

function sqliteDialect(path: string): SqliteDialect {
	if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
	const database = new SqliteDatabase(path);
	// WAL lets readers run beside the writer; FULL syncs every commit, so an acknowledged write
	// survives a crash of the machine, not only of the process.
	database.pragma("journal_mode = WAL");
	database.pragma("synchronous = FULL");
	database.pragma("foreign_keys = ON");
	database.pragma("busy_timeout = 5000");
	return new ImmediateSqliteDialect({ database });
}

/**
 * Kysely begins SQLite transactions as DEFERRED: a transaction that reads first and then writes
 * fails with SQLITE_BUSY when another process (say `kairos import` beside the server) writes at
 * the same time, because the busy timeout does not cover upgrading a read lock. Every Kairos
 * transaction writes, so they all begin IMMEDIATE and wait for the lock instead.
 */
class ImmediateSqliteDialect extends SqliteDialect {
	override createDriver(): Driver {
		const driver = super.createDriver();
		driver.beginTransaction = async (connection: DatabaseConnection) => {
			await connection.executeQuery(CompiledQuery.raw("begin immediate"));
		};
		return driver;
	}
}

// PostgreSQL returns bigint counts as strings; they stay far below 2^53 here.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

function postgresDialect(url: string): PostgresDialect {
	const pool = new pg.Pool({ connectionString: url, max: 10 });
	// An idle connection that the server closes (a restart, a failover) is dropped by the pool and
	// replaced on the next query; without a listener the error would end the process.
	pool.on("error", (error) => process.emitWarning(`PostgreSQL connection lost: ${error.message}`));
	return new PostgresDialect({ pool });
}

function redact(location: string): string {
	return location.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}
