import { join } from "node:path";
import { createMailer, type Mailer } from "../service/mailer.ts";

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

/**
 * The address people reach Kairos at: `KAIROS_PUBLIC_URL`, else this machine on `port`. Every
 * absolute link (pages, feeds, e-mails) is built from it, never from a request's Host header.
 */
export function publicUrlFromEnv(
	env: NodeJS.ProcessEnv = process.env,
	port: number = Number(env.PORT ?? 3000),
): string {
	return env.KAIROS_PUBLIC_URL ?? `http://localhost:${port}`;
}

/** SMTP when `KAIROS_SMTP_URL` is set, else `.eml` files in `$KAIROS_DATA_DIR/outbox`. */
export function mailerFromEnv(env: NodeJS.ProcessEnv = process.env): Mailer {
	return createMailer({
		smtpUrl: env.KAIROS_SMTP_URL,
		outboxDir: join(dataDirectory(env), "outbox"),
		from: env.KAIROS_MAIL_FROM ?? "Kairos <no-reply@kairos.localhost>",
	});
}
