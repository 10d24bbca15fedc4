import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { isoDate } from "../model/primitives.ts";
import { buildApp } from "../server/app.ts";
import { createMailer } from "../service/mailer.ts";
import { seedDemoIfEmpty } from "../service/seed.ts";
import { forgetExpired } from "../service/sessions.ts";
import { openStore } from "../store/open.ts";
import { databaseLocation, dataDirectory, envFlag } from "./config.ts";
import { ExitCode } from "./exit-codes.ts";
import { printProblems } from "./problems-output.ts";

export interface ServeOptions {
	port?: string;
	host?: string;
	db?: string;
	today?: string;
	trustProxy?: boolean;
}

const demoPlan = new URL("../../examples/demo-school.yaml", import.meta.url);

/**
 * `kairos serve`: migrates the database, loads the demo school on a first start, and serves
 * the API until SIGINT or SIGTERM.
 */
export async function runServe(options: ServeOptions): Promise<ExitCode> {
	const port = Number(options.port ?? process.env.PORT ?? 3000);
	const host = options.host ?? process.env.HOST ?? "127.0.0.1";
	const today = options.today ?? process.env.KAIROS_TODAY;
	if (!Number.isInteger(port) || port < 0 || port > 65535) {
		printProblems([
			{
				path: "--port",
				message: `${JSON.stringify(options.port ?? process.env.PORT)} is not a port number`,
			},
		]);
		return ExitCode.BadInput;
	}
	if (today !== undefined && !isoDate.safeParse(today).success) {
		printProblems([
			{ path: "--today", message: `${JSON.stringify(today)} is not a date (YYYY-MM-DD)` },
		]);
		return ExitCode.BadInput;
	}
	const store = await openStore(databaseLocation(options.db));
	const seeded = await seedDemoIfEmpty(store.db, await readFile(demoPlan, "utf8"));
	const app = await buildApp({
		store,
		today,
		mailer: createMailer({
			smtpUrl: process.env.KAIROS_SMTP_URL,
			outboxDir: join(dataDirectory(), "outbox"),
			from: process.env.KAIROS_MAIL_FROM ?? "Kairos <no-reply@kairos.localhost>",
		}),
		trustProxy: options.trustProxy ?? envFlag(process.env.KAIROS_TRUST_PROXY),
		logger: envFlag(process.env.KAIROS_LOG),
	});
	await app.listen({ port, host });
	// Expired sessions and old sign-in failures are swept at start and then every hour.
	const sweep = () =>
		forgetExpired(store.db).catch((error: unknown) =>
			app.log.error({ err: error }, "sweeping sessions failed"),
		);
	await sweep();
	const sweeper = setInterval(sweep, 60 * 60 * 1000).unref();
	const address = app.server.address();
	const shownHost = host === "0.0.0.0" || host === "127.0.0.1" ? "localhost" : host;
	const url = `http://${shownHost}:${typeof address === "object" && address ? address.port : port}`;
	const lines = [
		`Kairos is running at ${url}  (API ${url}/api/v1, docs ${url}/api/docs)`,
		`Database: ${store.location}${today ? `; today is pinned to ${today}` : ""}`,
	];
	if (seeded) {
		lines.push(
			`First start: loaded the demo school "${seeded.institutionId}".`,
			`Sign in as ${seeded.adminEmail} with the one-time password ${seeded.adminPassword}`,
			"(it is shown only now; add more accounts with `kairos user add`).",
		);
	}
	process.stdout.write(`${lines.join("\n")}\n`);
	await new Promise<void>((resolve) => {
		const stop = () => resolve();
		process.once("SIGINT", stop);
		process.once("SIGTERM", stop);
	});
	clearInterval(sweeper);
	await app.close();
	await store.close();
	return ExitCode.Done;
}
