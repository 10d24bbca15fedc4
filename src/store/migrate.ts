import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import * as initial from "./migrations/0001-initial.ts";
import * as registrations from "./migrations/0002-registrations.ts";
import * as mailQueue from "./migrations/0003-mail-queue.ts";
import * as accounts from "./migrations/0004-accounts.ts";
import * as accountLinks from "./migrations/0005-account-links.ts";
import * as milestoneDue from "./migrations/0006-milestone-due.ts";
import * as registrationLifecycle from "./migrations/0007-registration-lifecycle.ts";
import * as jobs from "./migrations/0008-jobs.ts";
import * as decisions from "./migrations/0009-decisions.ts";
import * as learnerData from "./migrations/0010-learner-data.ts";
import * as pastOfferingEnd from "./migrations/0011-past-offering-end.ts";
import * as signUpAttempts from "./migrations/0012-sign-up-attempts.ts";
import type { Database } from "./schema.ts";

/** The migrations in order. Never edit one that has shipped: add the next. */
const migrations: Record<string, Migration> = {
	"0001-initial": initial,
	"0002-registrations": registrations,
	"0003-mail-queue": mailQueue,
	"0004-accounts": accounts,
	"0005-account-links": accountLinks,
	"0006-milestone-due": milestoneDue,
	"0007-registration-lifecycle": registrationLifecycle,
	"0008-jobs": jobs,
	"0009-decisions": decisions,
	"0010-learner-data": learnerData,
	"0011-past-offering-end": pastOfferingEnd,
	"0012-sign-up-attempts": signUpAttempts,
};

/** The names of every migration, in the order they run. */
export const migrationNames: readonly string[] = Object.keys(migrations).sort();

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * Brings the schema up to date. Safe to run on every start and from several processes at once:
 * Kysely records what ran and, on PostgreSQL, holds an advisory lock while it migrates.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
	const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
	const failed = results?.find((result) => result.status === "Error");
	if (error)
		throw new Error(`migration ${failed?.migrationName ?? ""} failed: ${String(error)}`, {
			cause: error,
		});
}
