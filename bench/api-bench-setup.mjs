/**
 * The set-up of `npm run bench:api`, done the way a school would do it: generated plan files
 * loaded with `kairos import`, an account from `kairos user add`, a real `kairos serve` process,
 * and a bearer token obtained over HTTP. Nothing here imports the built modules.
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { generatePlan } from "./generate-plan.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
export const cliPath = join(root, "dist", "cli", "main.js");

export const BENCH_EMAIL = "bench@example.ee";
const BENCH_PASSWORD = "bench password 123";

/** The benchmark itself cannot run: reported on one line, with exit code 2. */
export class BenchError extends Error {}

/** @returns {never} */
export function fail(/** @type {string} */ message) {
	throw new BenchError(message);
}

/** `bench-vc-01` … `bench-vc-40`. */
export function institutionIds(/** @type {number} */ count) {
	return Array.from(
		{ length: count },
		(_, index) => `bench-vc-${String(index + 1).padStart(2, "0")}`,
	);
}

/**
 * Writes one plan file per institution, each with its own seed, so the plans differ but every
 * run of the benchmark generates the same files. Returns their paths.
 */
export function writePlans(
	/** @type {string} */ workDir,
	/** @type {string[]} */ ids,
	/** @type {number} */ offeringsEach,
) {
	return ids.map((id, index) => {
		const path = join(workDir, `${id}.json`);
		const plan = generatePlan({
			offerings: offeringsEach,
			seed: index + 1,
			institution: { id, name: `Bench Vocational College ${index + 1}` },
		});
		writeFileSync(path, `${JSON.stringify(plan, null, 2)}\n`);
		return path;
	});
}

/**
 * Runs `node dist/cli/main.js ...args` to the end; a non-zero exit stops the benchmark.
 * @param {string[]} args
 * @param {string} [stdin]
 */
export function runCli(args, stdin) {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [cliPath, ...args], {
			stdio: [stdin === undefined ? "ignore" : "pipe", "pipe", "pipe"],
		});
		let output = "";
		child.stdout?.setEncoding("utf8").on("data", (chunk) => {
			output += chunk;
		});
		child.stderr?.setEncoding("utf8").on("data", (chunk) => {
			output += chunk;
		});
		child.stdin?.end(stdin);
		child.on("error", reject);
		child.on("close", (code) => {
			if (code === 0) resolve(output);
			else reject(new BenchError(`kairos ${args.join(" ")} exited with ${code}:\n${output}`));
		});
	});
}

/**
 * Loads every plan with `kairos import` and adds the admin account the load runs with. The
 * first import runs alone, since it migrates the fresh database; the others run `parallel` at a
 * time. SQLite needs 1: two importing processes can fail with "database is locked", because a
 * write transaction that began by reading is refused, not made to wait, once another has written.
 * @param {string} location
 * @param {string[]} planPaths
 * @param {number} parallel
 */
export async function loadDatabase(location, planPaths, parallel) {
	const [first, ...rest] = planPaths;
	if (first === undefined) fail("there is no plan to import");
	await runCli(["import", first, "--db", location]);
	let next = 0;
	let failed = false;
	const worker = async () => {
		while (next < rest.length && !failed) {
			const path = /** @type {string} */ (rest[next++]);
			await runCli(["import", path, "--db", location]).catch((error) => {
				failed = true;
				throw error;
			});
		}
	};
	// Every import ends before a failure is reported, so that none writes into a removed folder.
	const outcomes = await Promise.allSettled(Array.from({ length: parallel }, worker));
	for (const outcome of outcomes) if (outcome.status === "rejected") throw outcome.reason;
	await runCli(
		[
			"user",
			"add",
			"--email",
			BENCH_EMAIL,
			"--role",
			"admin",
			"--password-stdin",
			"--db",
			location,
		],
		BENCH_PASSWORD,
	);
}

/**
 * @typedef {{ url: string, pid: number | undefined, stop: () => Promise<void> }} Server
 */

/**
 * Starts `kairos serve --port 0` and waits for the line that gives its address. Its public
 * address is a fixed name: the pages' absolute links do not matter to the load. A browser signs
 * in only from the public address, so `npm run bench:web` gives a `port` and the matching
 * `publicUrl`. With `demo`, the database must be empty, so that the server loads the demo school
 * (`npm run bench:catalogue`); without it, the server must not (`npm run bench:api` loads its
 * own plans).
 * @param {string} location
 * @param {{ today: string, nodeOptions?: string[], demo?: boolean, port?: number, publicUrl?: string }} options
 * @returns {Promise<Server>}
 */
export function startServer(
	location,
	{ today, nodeOptions = [], demo = false, port = 0, publicUrl = "http://bench.localhost" },
) {
	const child = spawn(
		process.execPath,
		[
			...nodeOptions,
			cliPath,
			"serve",
			"--port",
			String(port),
			"--public-url",
			publicUrl,
			"--db",
			location,
			"--today",
			today,
		],
		{ stdio: ["ignore", "pipe", "pipe"] },
	);
	let output = "";
	const exited = new Promise((resolve) => child.on("close", resolve));
	const stop = async () => {
		if (child.exitCode !== null || child.signalCode !== null) return;
		child.kill("SIGTERM");
		const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
		await exited;
		clearTimeout(timer);
	};
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			void stop();
			reject(new BenchError(`kairos serve printed no address within 30 s:\n${output}`));
		}, 30_000);
		const onData = (/** @type {string} */ chunk) => {
			output += chunk;
			const url = /Kairos is running at (http:\/\/\S+)/.exec(output)?.[1];
			if (url === undefined || !output.includes("\nDatabase: ")) return;
			clearTimeout(timer);
			// A seeded demo school would be a 41st institution: the database was not loaded.
			if (output.includes("First start:") !== demo) {
				void stop();
				const what = demo ? "did not seed" : "seeded";
				reject(new BenchError(`kairos serve ${what} the demo school:\n${output}`));
				return;
			}
			resolve({ url, pid: child.pid, stop });
		};
		child.stdout?.setEncoding("utf8").on("data", onData);
		child.stderr?.setEncoding("utf8").on("data", (chunk) => {
			output += chunk;
		});
		child.on("error", reject);
		child.on("close", (code) => {
			clearTimeout(timer);
			reject(new BenchError(`kairos serve exited with ${code}:\n${output}`));
		});
	});
}

/**
 * Signs in and creates a bearer token, as an integration would: POST /api/v1/session, then
 * POST /api/v1/tokens with the session cookie and its CSRF token.
 */
export async function createBearerToken(/** @type {string} */ url) {
	const session = await fetch(`${url}/api/v1/session`, {
		method: "POST",
		headers: { "content-type": "application/json" },
		body: JSON.stringify({ email: BENCH_EMAIL, password: BENCH_PASSWORD }),
	});
	if (session.status !== 200) fail(`sign-in answered ${session.status}: ${await session.text()}`);
	const { csrfToken } = /** @type {{ csrfToken: string }} */ (await session.json());
	const cookie = session.headers
		.getSetCookie()
		.map((header) => header.split(";")[0])
		.find((pair) => pair?.startsWith("kairos_session="));
	if (cookie === undefined) fail("sign-in set no kairos_session cookie");
	const created = await fetch(`${url}/api/v1/tokens`, {
		method: "POST",
		headers: { "content-type": "application/json", cookie, "x-csrf-token": csrfToken },
		body: JSON.stringify({ name: "bench" }),
	});
	if (created.status !== 201)
		fail(`creating a token answered ${created.status}: ${await created.text()}`);
	return /** @type {{ token: string }} */ (await created.json()).token;
}

/**
 * A fresh database on the PostgreSQL server at `adminUrl`, or undefined with the reason when
 * the server cannot be reached. `drop` removes it.
 * @param {string} adminUrl
 * @returns {Promise<{ url: string, drop: () => Promise<void> } | { unreachable: string }>}
 */
export async function createPostgresDatabase(adminUrl) {
	const admin = () => new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
	const client = admin();
	try {
		await client.connect();
	} catch (error) {
		await client.end().catch(() => {});
		return { unreachable: error instanceof Error ? error.message : String(error) };
	}
	const name = `kairos_bench_${Math.random().toString(36).slice(2, 10)}`;
	try {
		await client.query(`create database ${name}`);
	} finally {
		await client.end();
	}
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	return {
		url: url.href,
		drop: async () => {
			const dropper = admin();
			await dropper.connect();
			try {
				await dropper.query(`drop database if exists ${name} with (force)`);
			} finally {
				await dropper.end();
			}
		},
	};
}
