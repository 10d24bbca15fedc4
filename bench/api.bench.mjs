#!/usr/bin/env node
/**
 * Benchmark of the HTTP API on 40 institutions with 250 offerings each (10,000 in all), on
 * SQLite and on PostgreSQL. Targets at 10 concurrent connections: p95 ≤ 50 ms for the report of
 * one 250-offering institution, p95 ≤ 20 ms for one page of its offerings list.
 *
 *   npm run bench:api [-- --connections 10 --duration 10 --only sqlite|postgres --keep --profile DIR]
 *
 * It uses dist/ only through processes and HTTP (`npm run bench:api` builds first): `kairos
 * import`, `kairos user add` and `kairos serve`, loaded with autocannon. Exit code 1 when a
 * target is missed, 2 when the benchmark itself cannot run.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { loadTest, sequentialTest, summarise } from "./api-bench-load.mjs";
import {
	BenchError,
	cliPath,
	createBearerToken,
	createPostgresDatabase,
	fail,
	institutionIds,
	loadDatabase,
	startServer,
	writePlans,
} from "./api-bench-setup.mjs";

const INSTITUTIONS = 40;
const OFFERINGS_EACH = 250;
const PAGE_SIZE = 50;
const TODAY = "2027-05-03";
const REPORT_P95_MS = 50;
const PAGE_P95_MS = 20;
const WARM_UP_SECONDS = 2;

/**
 * @typedef {{ connections: number, duration: number, only: "sqlite" | "postgres" | undefined, keep: boolean, profileDir: string | undefined, postgresUrl: string }} Options
 * @typedef {{ label: string, clients: string, limit: number, judged: boolean } & import("./api-bench-load.mjs").Figures} Row
 */

/** The single-client runs show the cost of a request without queueing; half as long suffices. */
const singleClientSeconds = (/** @type {number} */ duration) =>
	Math.max(1, Math.round(duration / 2));

/** Options from arguments, else BENCH_API_* environment variables, else defaults. */
function readOptions(/** @type {string[]} */ argv) {
	/** @type {Record<string, string>} */
	const given = {};
	let keep = process.env.BENCH_KEEP === "1";
	for (let index = 0; index < argv.length; index++) {
		const name = argv[index] ?? "";
		if (name === "--keep") {
			keep = true;
			continue;
		}
		const value = argv[index + 1];
		if (!["--connections", "--duration", "--only", "--profile"].includes(name) || !value)
			fail(
				`unknown argument ${name}: use --connections N, --duration S, --only sqlite|postgres, --profile DIR or --keep`,
			);
		given[name.slice(2)] = value;
		index++;
	}
	const count = (/** @type {string} */ name, /** @type {string} */ env, fallback = 10) => {
		const value = Number(given[name] ?? process.env[env] ?? fallback);
		if (!Number.isInteger(value) || value < 1) fail(`--${name} must be a whole number above 0`);
		return value;
	};
	const only = given.only;
	if (only !== undefined && only !== "sqlite" && only !== "postgres")
		fail(`--only must be sqlite or postgres, not ${only}`);
	return /** @type {Options} */ ({
		connections: count("connections", "BENCH_API_CONNECTIONS"),
		duration: count("duration", "BENCH_API_DURATION"),
		only,
		keep,
		profileDir: given.profile === undefined ? undefined : resolve(given.profile),
		postgresUrl: process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
	});
}

/** GETs one path as JSON, to check the data before any load. */
async function getJson(
	/** @type {string} */ url,
	/** @type {string} */ token,
	/** @type {string} */ path,
) {
	const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
	if (response.status !== 200)
		fail(`GET ${path} answered ${response.status}: ${await response.text()}`);
	return /** @type {any} */ (await response.json());
}

/**
 * Serves one loaded database and measures every endpoint. Order matters: the report cache is
 * per process, so the first request of each institution comes before anything else asks for it.
 * @param {string} location
 * @param {Options} options
 * @returns {Promise<Row[]>}
 */
async function measureServer(location, options) {
	const nodeOptions = options.profileDir
		? ["--cpu-prof", `--cpu-prof-dir=${options.profileDir}`]
		: [];
	const server = await startServer(location, { today: TODAY, nodeOptions });
	try {
		// The server listens on 127.0.0.1; the address spares each connection a lookup of localhost.
		const url = server.url.replace("//localhost:", "//127.0.0.1:");
		const token = await createBearerToken(url);
		const ids = institutionIds(INSTITUTIONS);
		const one = ids[0] ?? "";
		const reportPath = (/** @type {string} */ id) => `/api/v1/institutions/${id}/report`;
		const pagePath = `/api/v1/institutions/${one}/offerings?limit=${PAGE_SIZE}`;

		const institutions = await getJson(url, token, "/api/v1/institutions");
		if (institutions.items.length !== INSTITUTIONS)
			fail(`the server shows ${institutions.items.length} institutions, not ${INSTITUTIONS}`);
		const report = await getJson(url, token, reportPath(one));
		if (report.offerings.length !== OFFERINGS_EACH)
			fail(`the report of ${one} has ${report.offerings.length} offerings, not ${OFFERINGS_EACH}`);
		const firstPage = await getJson(url, token, pagePath);
		if (firstPage.items.length !== PAGE_SIZE || firstPage.next === undefined)
			fail(`the first page of ${one}'s offerings has ${firstPage.items.length} items and no next`);
		const secondPagePath = `${pagePath}&after=${firstPage.next}`;

		const { connections, duration } = options;
		const many = { connections, seconds: duration };
		const single = { connections: 1, seconds: singleClientSeconds(duration) };
		const warmUp = (/** @type {string} */ path) =>
			loadTest(url, token, [path], { connections, seconds: WARM_UP_SECONDS });
		/** @type {Row[]} */
		const rows = [];
		/**
		 * @param {Omit<Row, keyof import("./api-bench-load.mjs").Figures>} row
		 * @param {Promise<import("./api-bench-load.mjs").Run>} running
		 */
		const measure = async (row, running) => {
			rows.push({ ...row, ...summarise(await running) });
		};
		const reportTarget = { limit: REPORT_P95_MS };
		const pageTarget = { limit: PAGE_P95_MS };
		const clients = String(connections);

		await warmUp(reportPath(one));
		// Uncached: each institution's first report reads its plan and runs the engine.
		await measure(
			{
				label: "report, 1st request of each other institution",
				clients: "1, in turn",
				...reportTarget,
				judged: false,
			},
			sequentialTest(url, token, ids.slice(1).map(reportPath)),
		);
		await measure(
			{ label: `report of ${one}`, clients, ...reportTarget, judged: true },
			loadTest(url, token, [reportPath(one)], many),
		);
		await measure(
			{ label: `report of ${one}`, clients: "1", ...reportTarget, judged: false },
			loadTest(url, token, [reportPath(one)], single),
		);
		await measure(
			{
				label: `report, cycling through all ${INSTITUTIONS}`,
				clients,
				...reportTarget,
				judged: false,
			},
			loadTest(url, token, ids.map(reportPath), many),
		);
		await warmUp(pagePath);
		await measure(
			{ label: `offerings page 1 (limit=${PAGE_SIZE})`, clients, ...pageTarget, judged: true },
			loadTest(url, token, [pagePath], many),
		);
		await measure(
			{
				label: `offerings page 1 (limit=${PAGE_SIZE})`,
				clients: "1",
				...pageTarget,
				judged: false,
			},
			loadTest(url, token, [pagePath], single),
		);
		await measure(
			{ label: `offerings page 2 (after=${firstPage.next})`, clients, ...pageTarget, judged: true },
			loadTest(url, token, [secondPagePath], many),
		);
		return rows;
	} finally {
		await server.stop();
	}
}

const fixed = (/** @type {number} */ value, digits = 1) =>
	value.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (/** @type {number} */ value) => `${fixed(value)} ms`;

/** Whether a row meets its target; only judged rows decide the exit code. */
const passes = (/** @type {Row} */ row) =>
	row.failed === 0 && row.requests > 0 && row.p95 <= row.limit;

/** Prints rows as columns: the first left-aligned, the rest right-aligned. */
function printTable(/** @type {string[][]} */ rows) {
	const widths =
		rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
	for (const row of rows) {
		const cells = row.map((cell, column) =>
			column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
		);
		console.log(`  ${cells.join("   ")}`.trimEnd());
	}
}

function printRows(/** @type {Row[]} */ rows) {
	const header = ["endpoint", "clients", "requests", "req/s", "p50", "p95", "p99", "max"];
	printTable([
		[...header, "size", "non-2xx", "target p95", "result"],
		...rows.map((row) => {
			const verdict = passes(row) ? "PASS" : "FAIL";
			return [
				row.label,
				row.clients,
				row.requests.toLocaleString("en"),
				fixed(row.perSecond),
				ms(row.p50),
				ms(row.p95),
				ms(row.p99),
				ms(row.max),
				`${fixed(row.bytes / 1024, 0)} KiB`,
				String(row.failed),
				`≤ ${row.limit} ms`,
				row.judged ? verdict : `(${verdict.toLowerCase()})`,
			];
		}),
	]);
}

/**
 * Loads, serves and measures one database, and prints its table. Returns whether its judged
 * rows passed.
 * @param {string} name
 * @param {string} location
 * @param {string} shownLocation
 * @param {string[]} planPaths
 * @param {Options} options
 */
async function benchDatabase(name, location, shownLocation, planPaths, options) {
	const started = performance.now();
	// One import at a time on SQLite (see loadDatabase); PostgreSQL takes one per core.
	await loadDatabase(location, planPaths, name === "SQLite" ? 1 : 2);
	const loadSeconds = (performance.now() - started) / 1000;
	console.log(
		`${name} (${shownLocation}): loaded by ${planPaths.length} \`kairos import\` runs in ${fixed(loadSeconds)} s`,
	);
	const loadBefore = loadavg()[0] ?? 0;
	const rows = await measureServer(location, options);
	printRows(rows);
	// Other work on the machine shows up as noise: a load above the CPU count means waiting.
	console.log(
		`  load average (1 min) ${fixed(loadBefore, 2)} before the load runs, ${fixed(loadavg()[0] ?? 0, 2)} after, on ${availableParallelism()} CPUs\n`,
	);
	return rows.filter((row) => row.judged).every(passes);
}

async function main() {
	const options = readOptions(process.argv.slice(2));
	try {
		statSync(cliPath);
	} catch {
		fail(`${cliPath} is missing: run \`npm run build\` first (npm run bench:api does)`);
	}
	const workDir = mkdtempSync(join(tmpdir(), "kairos-api-bench-"));
	try {
		const generated = performance.now();
		const planPaths = writePlans(workDir, institutionIds(INSTITUTIONS), OFFERINGS_EACH);
		console.log(
			`kairos bench:api: ${INSTITUTIONS} institutions × ${OFFERINGS_EACH} offerings = ` +
				`${(INSTITUTIONS * OFFERINGS_EACH).toLocaleString("en")} offerings; \`kairos serve --today ${TODAY}\``,
		);
		console.log(
			`  node ${process.version}, ${process.platform} ${process.arch}, ${availableParallelism()} CPUs (shared by the server and autocannon); ` +
				`plans generated in ${fixed((performance.now() - generated) / 1000)} s`,
		);
		console.log(
			`  ${options.connections} connections for ${options.duration} s per load run after a ${WARM_UP_SECONDS} s warm-up; ` +
				`one client for ${singleClientSeconds(options.duration)} s; bearer token auth\n`,
		);

		/** @type {boolean[]} */
		const verdicts = [];
		if (options.only !== "postgres") {
			const path = join(workDir, "kairos.sqlite");
			verdicts.push(await benchDatabase("SQLite", path, path, planPaths, options));
		}
		if (options.only !== "sqlite") {
			const database = await createPostgresDatabase(options.postgresUrl);
			if ("unreachable" in database) {
				console.log(
					`PostgreSQL: skipped, ${options.postgresUrl} is unreachable (${database.unreachable})\n`,
				);
			} else {
				try {
					const shown = database.url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
					verdicts.push(await benchDatabase("PostgreSQL", database.url, shown, planPaths, options));
				} finally {
					await database.drop();
				}
			}
		}
		const passed = verdicts.every(Boolean);
		const targets = `report p95 ≤ ${REPORT_P95_MS} ms and offerings page p95 ≤ ${PAGE_P95_MS} ms`;
		if (verdicts.length === 0) console.log("no database was measured");
		else if (passed)
			console.log(
				`PASS: at ${options.connections} connections, ${targets} on every database measured`,
			);
		else
			console.log(
				`FAIL: at ${options.connections} connections, ${targets}: missed (rows marked FAIL)`,
			);
		if (options.keep) console.log(`kept ${workDir}`);
		if (options.profileDir) console.log(`CPU profiles of kairos serve in ${options.profileDir}`);
		process.exitCode = passed ? 0 : 1;
	} finally {
		if (!options.keep) rmSync(workDir, { recursive: true, force: true });
	}
}

try {
	await main();
} catch (error) {
	// Anything unexpected (a refused connection, a crash) also means the benchmark could not run.
	console.error(
		`bench:api: ${error instanceof BenchError ? error.message : error instanceof Error ? error.stack : error}`,
	);
	process.exitCode = 2;
}
