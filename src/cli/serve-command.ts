import { readFile } from "node:fs/promises";
import { hostname } from "node:os";
import { isoDate } from "../model/primitives.ts";
import type { Problem } from "../model/problems.ts";
import { buildApp } from "../server/app.ts";
import { createServiceContext } from "../service/context.ts";
import { startJobRunner } from "../service/jobs/runner.ts";
import { forgetFinishedMail, startMailSender } from "../service/mail-queue.ts";
import { seedFirstStart } from "../service/seed.ts";
import { forgetExpired } from "../service/sessions.ts";
import { forgetSignUpAttempts } from "../service/sign-up.ts";
import { openStore } from "../store/open.ts";
import { databaseLocation, envFlag, mailerFromEnv, publicUrlFromEnv } from "./config.ts";
import { ExitCode } from "./exit-codes.ts";
import { printProblems } from "./problems-output.ts";

export interface ServeOptions {
	port?: string;
	host?: string;
	db?: string;
	today?: string;
	publicUrl?: string;
	/** `--trust-proxy [hops]`: true means one proxy. */
	trustProxy?: boolean | string;
	/** False with `--no-jobs`: this process runs no background jobs (another one does). */
	jobs?: boolean;
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
	const publicUrl = options.publicUrl ?? publicUrlFromEnv(process.env, port);
	const trustedProxies = proxyHops(options.trustProxy ?? process.env.KAIROS_TRUST_PROXY);
	const problems: Problem[] = [
		...(today !== undefined && !isoDate.safeParse(today).success
			? [{ path: "--today", message: `${JSON.stringify(today)} is not a date (YYYY-MM-DD)` }]
			: []),
		...publicUrlProblems(publicUrl),
		...(port === 0 && options.publicUrl === undefined && process.env.KAIROS_PUBLIC_URL === undefined
			? [
					{
						path: "--port",
						message:
							"0 (any free port) needs --public-url or KAIROS_PUBLIC_URL: links are built from the address people use",
					},
				]
			: []),
		...(trustedProxies === undefined
			? [
					{
						path: "--trust-proxy",
						message: `${JSON.stringify(options.trustProxy ?? process.env.KAIROS_TRUST_PROXY)} is not a number of proxies (0 to 10)`,
					},
				]
			: []),
	];
	if (problems.length > 0 || trustedProxies === undefined) {
		printProblems(problems);
		return ExitCode.BadInput;
	}
	const store = await openStore(databaseLocation(options.db));
	const context = createServiceContext({ store, today, mailer: mailerFromEnv(), publicUrl });
	const seeded = await seedFirstStart(context, await readFile(demoPlan, "utf8"));
	const app = await buildApp({
		context,
		trustedProxies,
		log: { requests: envFlag(process.env.KAIROS_LOG) },
	});
	await app.listen({ port, host });
	// Expired sessions, old sign-in failures and sign-ups' addresses, and what is kept of mail
	// sent a month ago are swept at start and then every hour.
	const sweep = () =>
		Promise.all([
			forgetExpired(context),
			forgetSignUpAttempts(context),
			forgetFinishedMail(context),
		]).catch((error: unknown) =>
			app.log.error({ err: error }, "sweeping sessions, sign-ups and sent mail failed"),
		);
	await sweep();
	const sweeper = setInterval(sweep, 60 * 60 * 1000).unref();
	// Mail queued by sign-ups goes out at once from here; mail another process queued, or that
	// waits for another attempt, within half a minute.
	const mailSender = startMailSender(context, {
		onError: (error) => app.log.error({ err: error }, "sending mail failed"),
	});
	// The background jobs (docs/jobs.md): on PostgreSQL every server process takes part, and each
	// period's run happens in one of them.
	const jobRunner =
		options.jobs === false
			? undefined
			: await startJobRunner(context, {
					runner: `${hostname()}:${process.pid}`,
					onError: (error, job) =>
						app.log.error(
							{ err: error, job },
							job ? `the job ${job} failed` : "running jobs failed",
						),
				});
	const address = app.server.address();
	const shownHost = host === "0.0.0.0" || host === "127.0.0.1" ? "localhost" : host;
	const url = `http://${shownHost}:${typeof address === "object" && address ? address.port : port}`;
	const lines = [
		`Kairos is running at ${url}  (staff app ${url}/app, API ${url}/api/v1, docs ${url}/api/docs)`,
		...(publicUrl === url ? [] : [`Public address: ${publicUrl}`]),
		...(process.env.KAIROS_PUBLIC_URL === undefined &&
		options.publicUrl === undefined &&
		!isLoopback(host)
			? [
					`Warning: KAIROS_PUBLIC_URL is not set, so links in pages and e-mails point to ${publicUrl}; set it to the address people use.`,
				]
			: []),
		`Database: ${store.location}${today ? `; today is pinned to ${today}` : ""}`,
		jobRunner
			? `Background jobs: run here (${jobRunner.backend === "pg-boss" ? "pg-boss, shared with the other servers on this database" : "in this process"})`
			: "Background jobs: not run by this process (--no-jobs)",
	];
	if (seeded.institutionId !== undefined)
		lines.push(`First start: loaded the demo school "${seeded.institutionId}".`);
	if (seeded.admin !== undefined) {
		lines.push(
			`Sign in as ${seeded.admin.email} with the one-time password ${seeded.admin.password}`,
			"(it is shown only now, and the first sign-in sets your own; add more accounts with `kairos user add`).",
		);
	}
	process.stdout.write(`${lines.join("\n")}\n`);
	await new Promise<void>((resolve) => {
		const stop = () => resolve();
		process.once("SIGINT", stop);
		process.once("SIGTERM", stop);
	});
	clearInterval(sweeper);
	// The jobs stop first: a run in progress may still queue mail for the sender to send.
	await jobRunner?.stop();
	await mailSender.stop();
	await app.close();
	await store.close();
	return ExitCode.Done;
}

/** The number of proxies to trust: absent or false is none, a bare `--trust-proxy` is one. */
function proxyHops(value: boolean | string | undefined): number | undefined {
	if (value === undefined || value === false || value === "") return 0;
	if (value === true || /^(true|yes)$/i.test(value)) return 1;
	if (/^(false|no)$/i.test(value)) return 0;
	const hops = Number(value);
	return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : undefined;
}

function publicUrlProblems(publicUrl: string): Problem[] {
	const problem = (message: string) => [
		{ path: "--public-url", message: `${JSON.stringify(publicUrl)} ${message}` },
	];
	let url: URL;
	try {
		url = new URL(publicUrl);
	} catch {
		return problem("is not an address such as https://kursused.kool.ee");
	}
	if (url.protocol !== "http:" && url.protocol !== "https:")
		return problem("is not an http(s) address");
	if (url.pathname !== "/" || url.search !== "" || url.hash !== "" || url.username !== "")
		return problem("must be the site's origin only, without a path, query or user");
	return [];
}

function isLoopback(host: string): boolean {
	return host === "127.0.0.1" || host === "localhost" || host === "::1";
}
