import { join } from "node:path";

/** Where the database is: `--db`, else DATABASE_URL, else `$KAIROS_DATA_DIR/kairos.sqlite` (default `./data`). */
export function databaseLocation(
	flag: string | undefined,
	env: NodeJS.ProcessEnv = process.env,
): string {
	return flag ?? env.DATABASE_URL ?? join(dataDirectory(env), "kairos.sqlite");
}

export function dataDirectory(env: NodeJS.ProcessEnv = process.env): string {
	return env.KAIROS_DATA_DIR ?? "data";
}

/** `1`, `true` and `yes` switch a boolean setting on. */
export function envFlag(value: string | undefined): boolean {
	return value !== undefined && /^(1|true|yes)$/i.test(value);
}
