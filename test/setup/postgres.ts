import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { jobs } from "../../src/service/jobs/index.ts";
import { installJobQueues } from "../../src/service/jobs/pg-boss-runner.ts";
import { defaultRetry } from "../../src/service/jobs/runner.ts";
import { openStore } from "../../src/store/open.ts";

declare module "vitest" {
	export interface ProvidedContext {
		/** A PostgreSQL server URL to create test databases on, or null when none is reachable. */
		postgresUrl: string | null;
		/** A migrated, empty database that each test's database is copied from (CREATE DATABASE … TEMPLATE). */
		postgresTemplate: string | null;
		/** A folder of this run's own for the tests' files (SQLite databases, outboxes), removed after it. */
		tempRoot: string;
	}
}

const url = process.env.KAIROS_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/**
 * Finds the PostgreSQL server the store tests run against and prepares a migrated template
 * database for this run, so that each test gets a fresh database quickly. Under CI=true the server
 * must be there; elsewhere its absence skips those tests with one printed line.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const tempRoot = mkdtempSync(join(tmpdir(), "kairos-tests-"));
	project.provide("tempRoot", tempRoot);
	const removeTemp = () => rmSync(tempRoot, { recursive: true, force: true });
	const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
	try {
		await client.connect();
		await client.query("select 1");
	} catch (error) {
		await client.end().catch(() => undefined);
		if (process.env.CI === "true")
			throw new Error(
				`PostgreSQL is required under CI but ${url} is not reachable: ${String(error)}`,
			);
		console.log(`PostgreSQL is not reachable at ${url}: skipping the PostgreSQL tests.`);
		project.provide("postgresUrl", null);
		project.provide("postgresTemplate", null);
		return async () => removeTemp();
	}
	// One template per run: runs in other worktrees or terminals keep their own.
	const template = `kairos_template_${randomBytes(6).toString("hex")}`;
	await client.query(`create database ${template}`);
	const templateUrl = new URL(url);
	templateUrl.pathname = `/${template}`;
	const store = await openStore(templateUrl.toString());
	// pg-boss's schema and the jobs' queues too, so that no test database makes its own.
	await installJobQueues(store.db, {
		jobs,
		retryLimit: defaultRetry.limit,
		retryDelaySeconds: defaultRetry.delaySeconds,
	});
	await store.close();
	project.provide("postgresUrl", url);
	project.provide("postgresTemplate", template);
	return async () => {
		await client.query(`drop database if exists ${template} with (force)`);
		await client.end();
		removeTemp();
	};
}
