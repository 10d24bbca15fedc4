import pg from "pg";
import type { TestProject } from "vitest/node";

declare module "vitest" {
	export interface ProvidedContext {
		/** A PostgreSQL server URL to create test databases on, or null when none is reachable. */
		postgresUrl: string | null;
	}
}

const url = process.env.KAIROS_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/**
 * Finds the PostgreSQL server the store tests run against. Under CI=true it must be there;
 * elsewhere its absence skips those tests with one printed line.
 */
export default async function setup(project: TestProject): Promise<void> {
	const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
	try {
		await client.connect();
		await client.query("select 1");
		project.provide("postgresUrl", url);
	} catch (error) {
		if (process.env.CI === "true")
			throw new Error(
				`PostgreSQL is required under CI but ${url} is not reachable: ${String(error)}`,
			);
		console.log(`PostgreSQL is not reachable at ${url}: skipping the PostgreSQL tests.`);
		project.provide("postgresUrl", null);
	} finally {
		await client.end().catch(() => undefined);
	}
}
