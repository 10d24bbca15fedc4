#!/usr/bin/env node
/**
 * Benchmark of the public catalogue: the catalogue page and one offering page of the demo school,
 * served by a real `kairos serve`, against a bare `node:http` server that answers the same paths
 * with the same bytes and headers. Targets at 32 connections: at least 0.7× the baseline's
 * throughput, p99 ≤ 10 ms, and under 30 KB of HTML and CSS per page.
 *
 *   npm run bench:catalogue [-- --connections 32 --duration 10 --warm-up 2 --profile DIR]
 *
 * It uses dist/ only through a process and HTTP (`npm run bench:catalogue` builds first). Exit
 * code 1 when a target is missed, 2 when the benchmark itself cannot run.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { summarise } from "./api-bench-load.mjs";
import { BenchError, cliPath, fail, startServer } from "./api-bench-setup.mjs";

const TODAY = "2027-05-03";
const PAGES = [
	{ label: "catalogue", path: "/en/" },
	{ label: "offering", path: "/en/courses/emajoe-vc/pastry-autumn-2027" },
];
const TARGET_CONNECTIONS = 32;
const MIN_RATIO = 0.7;
const MAX_P99_MS = 10;
const MAX_PAGE_BYTES = 30 * 1024;
const baselineScript = fileURLToPath(new URL("catalogue-baseline-server.mjs", import.meta.url));

/**
 * @typedef {{ connections: number, duration: number, warmUp: number, profileDir: string | undefined }} Options
 * @typedef {{ status: number, headers: import("node:http").IncomingHttpHeaders, body: Buffer }} Raw
 * @typedef {{ label: string, path: string, html: Raw, stylesheets: { path: string, bytes: number }[] }} Page
 * @typedef {{ url: string, pid: number | undefined, stop: () => Promise<void> }} Server
 * @typedef {import("./api-bench-load.mjs").Figures & { autocannonP99: number, perResponse: number, serverCpu: number, cpuPerResponse: number, loaderCpu: number, otherCpu: number }} Figures
 */

/** Options from arguments, else BENCH_CATALOGUE_* environment variables, else defaults. */
function readOptions(/** @type {string[]} */ argv) {
	/** @type {Record<string, string>} */
	const given = {};
	for (let index = 0; index < argv.length; index += 2) {
		const name = argv[index] ?? "";
		const value = argv[index + 1];
		if (!["--connections", "--duration", "--warm-up", "--profile"].includes(name) || !value)
			fail(
				`unknown argument ${name}: use --connections N, --duration S, --warm-up S or --profile DIR`,
			);
		given[name.slice(2)] = value;
	}
	const count = (
		/** @type {string} */ name,
		/** @type {string} */ env,
		/** @type {number} */ fallback,
	) => {
		const value = Number(given[name] ?? process.env[env] ?? fallback);
		if (!Number.isInteger(value) || value < 1) fail(`--${name} must be a whole number above 0`);
		return value;
	};
	return /** @type {Options} */ ({
		connections: count("connections", "BENCH_CATALOGUE_CONNECTIONS", TARGET_CONNECTIONS),
		duration: count("duration", "BENCH_CATALOGUE_DURATION", 10),
		warmUp: count("warm-up", "BENCH_CATALOGUE_WARM_UP", 2),
		profileDir: given.profile === undefined ? undefined : resolve(given.profile),
	});
}

/** One GET with node:http, so the body is the bytes on the wire: nothing is decompressed. */
function getRaw(/** @type {string} */ url) {
	return /** @type {Promise<Raw>} */ (
		new Promise((resolvePromise, reject) => {
			httpRequest(url, (response) => {
				/** @type {Buffer[]} */
				const chunks = [];
				response.on("data", (chunk) => chunks.push(chunk));
				response.on("end", () =>
					resolvePromise({
						status: response.statusCode ?? 0,
						headers: response.headers,
						body: Buffer.concat(chunks),
					}),
				);
				response.on("error", reject);
			})
				.on("error", reject)
				.end();
		})
	);
}

/** The response headers the baseline repeats: all but those that node:http writes itself. */
function pageHeaders(/** @type {import("node:http").IncomingHttpHeaders} */ headers) {
	const own = new Set(["date", "connection", "keep-alive", "content-length", "transfer-encoding"]);
	/** @type {Record<string, string>} */
	const kept = {};
	for (const [name, value] of Object.entries(headers))
		if (!own.has(name) && typeof value === "string") kept[name] = value;
	return kept;
}

/**
 * Fetches each page and every stylesheet it links once, checks them, and keeps their bytes.
 * @returns {Promise<Page[]>}
 */
async function capturePages(/** @type {string} */ url) {
	/** @type {Map<string, number>} */
	const stylesheetBytes = new Map();
	/** @type {Page[]} */
	const pages = [];
	for (const { label, path } of PAGES) {
		const html = await getRaw(`${url}${path}`);
		if (html.status !== 200) fail(`GET ${path} answered ${html.status}`);
		if (!String(html.headers["content-type"]).startsWith("text/html"))
			fail(`GET ${path} is ${html.headers["content-type"]}, not text/html`);
		if (html.headers["content-encoding"] !== undefined)
			fail(`GET ${path} came with content-encoding ${html.headers["content-encoding"]}`);
		const text = html.body.toString("utf8");
		const links = [...text.matchAll(/<link\b[^>]*>/g)].map((match) => match[0]);
		const hrefs = links
			.filter((link) => /\brel="stylesheet"/.test(link))
			.map((link) => /\bhref="([^"]+)"/.exec(link)?.[1] ?? "");
		if (hrefs.length === 0) fail(`GET ${path} links no stylesheet`);
		/** @type {{ path: string, bytes: number }[]} */
		const stylesheets = [];
		for (const href of hrefs) {
			const address = new URL(href, `${url}${path}`);
			if (address.origin !== new URL(url).origin)
				fail(`${path} links a stylesheet on another site: ${href}`);
			if (!stylesheetBytes.has(address.pathname)) {
				const css = await getRaw(address.href);
				if (css.status !== 200) fail(`GET ${address.pathname} answered ${css.status}`);
				if (!String(css.headers["content-type"]).startsWith("text/css"))
					fail(`GET ${address.pathname} is ${css.headers["content-type"]}, not text/css`);
				stylesheetBytes.set(address.pathname, css.body.length);
			}
			stylesheets.push({
				path: address.pathname,
				bytes: stylesheetBytes.get(address.pathname) ?? 0,
			});
		}
		pages.push({ label, path, html, stylesheets });
	}
	return pages;
}

/**
 * Writes the captured pages into `workDir` and starts the baseline server on them.
 * @param {string} workDir
 * @param {Page[]} pages
 * @returns {Promise<Server>}
 */
function startBaseline(workDir, pages) {
	const routes = pages.map((page, index) => {
		const bodyFile = join(workDir, `page-${index}.html`);
		writeFileSync(bodyFile, page.html.body);
		return { path: page.path, headers: pageHeaders(page.html.headers), bodyFile };
	});
	const specFile = join(workDir, "baseline.json");
	writeFileSync(specFile, JSON.stringify({ routes }, null, 2));
	const child = spawn(process.execPath, [baselineScript, specFile], {
		stdio: ["ignore", "pipe", "pipe"],
	});
	let output = "";
	const exited = new Promise((resolvePromise) => child.on("close", resolvePromise));
	const stop = async () => {
		if (child.exitCode !== null || child.signalCode !== null) return;
		child.kill("SIGTERM");
		const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
		await exited;
		clearTimeout(timer);
	};
	return new Promise((resolvePromise, reject) => {
		const timer = setTimeout(() => {
			void stop();
			reject(new BenchError(`the baseline server printed no address within 10 s:\n${output}`));
		}, 10_000);
		child.stdout?.setEncoding("utf8").on("data", (chunk) => {
			output += chunk;
			const url = /Baseline is running at (http:\/\/\S+)/.exec(output)?.[1];
			if (url === undefined) return;
			clearTimeout(timer);
			resolvePromise({ url, pid: child.pid, stop });
		});
		child.stderr?.setEncoding("utf8").on("data", (chunk) => {
			output += chunk;
		});
		child.on("error", reject);
		child.on("close", (code) => {
			clearTimeout(timer);
			reject(new BenchError(`the baseline server exited with ${code}:\n${output}`));
		});
	});
}

let clockTicks = 100;
try {
	clockTicks = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" })) || 100;
} catch {}

/** CPU seconds (user + system) a process has used so far, from /proc; NaN elsewhere. */
function cpuSeconds(/** @type {number | undefined} */ pid) {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
		const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
		return (Number(fields[11]) + Number(fields[12])) / clockTicks;
	} catch {
		return Number.NaN;
	}
}

/** CPU seconds that the whole machine has spent busy so far, from /proc; NaN elsewhere. */
function machineCpuSeconds() {
	try {
		const line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
		const [user, nice, system, , , irq, softirq, steal] = line
			.trim()
			.split(/\s+/)
			.slice(1)
			.map(Number);
		return (
			((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) /
			clockTicks
		);
	} catch {
		return Number.NaN;
	}
}

/**
 * Loads one path of one server from `connections` clients for `seconds` (pipelining 1, a closed
 * loop), keeping every response time, and the CPU that the server and this process used.
 * @param {Server} server
 * @param {string} path
 * @param {{ connections: number, seconds: number }} load
 * @returns {Promise<Figures>}
 */
async function loadPage(server, path, { connections, seconds }) {
	/** @type {number[]} */
	const times = [];
	let failed = 0;
	const serverBefore = cpuSeconds(server.pid);
	const machineBefore = machineCpuSeconds();
	const ownBefore = process.cpuUsage();
	const started = performance.now();
	const instance = autocannon({
		url: `${server.url}${path}`,
		connections,
		pipelining: 1,
		duration: seconds,
	});
	instance.on(
		"response",
		(
			/** @type {unknown} */ _client,
			/** @type {number} */ status,
			/** @type {number} */ _bytes,
			/** @type {number} */ ms,
		) => {
			times.push(ms);
			if (status < 200 || status > 299) failed++;
		},
	);
	const result = await instance;
	const wall = (performance.now() - started) / 1000;
	const own = process.cpuUsage(ownBefore);
	const serverCpu = (cpuSeconds(server.pid) - serverBefore) / wall;
	const loaderCpu = (own.user + own.system) / 1e6 / wall;
	return {
		...summarise({
			times,
			seconds: result.duration,
			failed: failed + result.errors + result.timeouts,
			bytes: 0,
		}),
		autocannonP99: result.latency.p99,
		perResponse: times.length > 0 ? result.throughput.total / times.length : 0,
		serverCpu,
		// The server's CPU time per response in µs: its cost, whoever set the pace.
		cpuPerResponse: times.length > 0 ? (serverCpu * wall * 1e6) / times.length : Number.NaN,
		loaderCpu,
		// Everything else the machine did meanwhile: the idle server, the kernel, other programs.
		otherCpu: Math.max(0, (machineCpuSeconds() - machineBefore) / wall - serverCpu - loaderCpu),
	};
}

const fixed = (/** @type {number} */ value, digits = 1) =>
	Number.isNaN(value)
		? "n/a"
		: value.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (/** @type {number} */ value) => `${fixed(value, 2)} ms`;
const kib = (/** @type {number} */ bytes) => `${fixed(bytes / 1024, 1)} KiB`;
const percent = (/** @type {number} */ share) => `${fixed(share * 100, 0)} %`;

/** Prints rows as columns: the first two left-aligned, the rest right-aligned. */
function printTable(/** @type {string[][]} */ rows) {
	const widths =
		rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
	for (const row of rows) {
		const cells = row.map((cell, column) =>
			column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
		);
		console.log(`  ${cells.join("   ")}`.trimEnd());
	}
}

async function main() {
	const options = readOptions(process.argv.slice(2));
	try {
		statSync(cliPath);
	} catch {
		fail(`${cliPath} is missing: run \`npm run build\` first (npm run bench:catalogue does)`);
	}
	const workDir = mkdtempSync(join(tmpdir(), "kairos-catalogue-bench-"));
	// Mail the server might write (it should not, for GETs) goes to the temporary folder.
	process.env.KAIROS_DATA_DIR = workDir;
	/** @type {Server[]} */
	const servers = [];
	try {
		const nodeOptions = options.profileDir
			? ["--cpu-prof", `--cpu-prof-dir=${options.profileDir}`]
			: [];
		const kairos = await startServer(join(workDir, "kairos.sqlite"), {
			today: TODAY,
			nodeOptions,
			demo: true,
		});
		servers.push(kairos);
		// The server listens on 127.0.0.1; the address spares each connection a lookup of localhost.
		kairos.url = kairos.url.replace("//localhost:", "//127.0.0.1:");
		const pages = await capturePages(kairos.url);
		const baseline = await startBaseline(workDir, pages);
		servers.push(baseline);
		for (const page of pages) {
			const copy = await getRaw(`${baseline.url}${page.path}`);
			if (copy.status !== 200 || !copy.body.equals(page.html.body))
				fail(`the baseline does not answer ${page.path} with kairos's bytes`);
		}

		const { connections, duration, warmUp } = options;
		const cpuModel = cpus()[0]?.model.trim() ?? "unknown CPU";
		console.log(
			`kairos bench:catalogue: the demo school, \`kairos serve --today ${TODAY}\` on SQLite, against a bare node:http server with the same bytes`,
		);
		console.log(
			`  node ${process.version}, ${process.platform} ${process.arch}, ${availableParallelism()} CPUs (${cpuModel}), shared by kairos, the baseline and autocannon`,
		);
		console.log(
			`  autocannon: ${connections} connections, pipelining 1, ${duration} s per run after a ${warmUp} s warm-up of each server and page; runs interleaved kairos, baseline, baseline, kairos` +
				(process.env.KAIROS_LOG ? "; KAIROS_LOG is set, so kairos logs every request" : ""),
		);
		console.log("");

		console.log(
			`sizes: the bytes of each body as served (no content-encoding), target < ${MAX_PAGE_BYTES / 1024} KiB of HTML + CSS per page`,
		);
		printTable([
			["page", "path", "HTML", "CSS", "HTML + CSS", "of the limit"],
			...pages.map((page) => {
				const css = page.stylesheets.reduce((sum, sheet) => sum + sheet.bytes, 0);
				const total = page.html.body.length + css;
				return [
					page.label,
					page.path,
					`${page.html.body.length.toLocaleString("en")} B`,
					`${css.toLocaleString("en")} B (${page.stylesheets.map((sheet) => sheet.path).join(", ")})`,
					`${total.toLocaleString("en")} B = ${kib(total)}`,
					percent(total / MAX_PAGE_BYTES),
				];
			}),
		]);
		console.log("");

		const loadBefore = loadavg()[0] ?? 0;
		for (const page of pages) {
			await loadPage(kairos, page.path, { connections, seconds: warmUp });
			await loadPage(baseline, page.path, { connections, seconds: warmUp });
		}
		/** @type {Map<string, { kairos: Figures, baseline: Figures }>} */
		const measured = new Map();
		for (const [index, page] of pages.entries()) {
			const load = { connections, seconds: duration };
			// Kairos first on even pages, the baseline first on odd ones, so drift hits both.
			const order = index % 2 === 0 ? [kairos, baseline] : [baseline, kairos];
			const [first, second] = [
				await loadPage(/** @type {Server} */ (order[0]), page.path, load),
				await loadPage(/** @type {Server} */ (order[1]), page.path, load),
			];
			measured.set(
				page.path,
				index % 2 === 0 ? { kairos: first, baseline: second } : { kairos: second, baseline: first },
			);
		}
		const loadAfter = loadavg()[0] ?? 0;

		console.log(
			`load: ${connections} connections for ${duration} s each; p50, p99 and max from every response time, "ac p99" from autocannon's histogram (1 ms steps)`,
		);
		printTable([
			[
				"page",
				"server",
				"requests",
				"req/s",
				"p50",
				"p99",
				"ac p99",
				"max",
				"bytes/resp",
				"non-2xx",
				"server CPU",
				"CPU/resp",
				"autocannon CPU",
				"other CPU",
			],
			...pages.flatMap((page) => {
				const figures = measured.get(page.path);
				if (!figures) return [];
				return /** @type {const} */ (["kairos", "baseline"]).map((name) => {
					const run = figures[name];
					return [
						page.label,
						name,
						run.requests.toLocaleString("en"),
						fixed(run.perSecond, 0),
						ms(run.p50),
						ms(run.p99),
						`${run.autocannonP99} ms`,
						ms(run.max),
						`${fixed(run.perResponse, 0)} B`,
						String(run.failed),
						percent(run.serverCpu),
						`${fixed(run.cpuPerResponse, 1)} µs`,
						percent(run.loaderCpu),
						percent(run.otherCpu),
					];
				});
			}),
		]);
		console.log(
			`  load average (1 min) ${fixed(loadBefore, 2)} before the measured runs, ${fixed(loadAfter, 2)} after, on ${availableParallelism()} CPUs; CPU in % of one core`,
		);
		const busiest = Math.max(
			...[...measured.values()].flatMap((figures) => [
				figures.kairos.otherCpu,
				figures.baseline.otherCpu,
			]),
		);
		if (busiest > 0.25)
			console.log(
				`  note: up to ${percent(busiest)} of a core went to other work during a run (another program?): the figures are noisy, run again on a quiet machine`,
			);
		for (const page of pages) {
			const figures = measured.get(page.path);
			// autocannon is one thread: near a full core, it and not the server sets the pace.
			if (!figures || !(figures.baseline.loaderCpu >= 0.9)) continue;
			const costs = figures.kairos.cpuPerResponse / figures.baseline.cpuPerResponse;
			console.log(
				`  note: ${page.label}: autocannon used ${percent(figures.baseline.loaderCpu)} of a core against the baseline, so the load generator capped the baseline's req/s ` +
					`and the ratio flatters kairos; per response kairos used ${fixed(costs, 2)}× the baseline's server CPU ` +
					`(${fixed(figures.kairos.cpuPerResponse, 1)} µs ÷ ${fixed(figures.baseline.cpuPerResponse, 1)} µs)`,
			);
		}
		console.log("");

		/** @type {{ target: string, page: string, value: string, limit: string, passed: boolean }[]} */
		const verdicts = [];
		for (const page of pages) {
			const figures = measured.get(page.path);
			if (!figures) continue;
			const ratio = figures.kairos.perSecond / figures.baseline.perSecond;
			const css = page.stylesheets.reduce((sum, sheet) => sum + sheet.bytes, 0);
			const total = page.html.body.length + css;
			verdicts.push(
				{
					target: "throughput, kairos ÷ baseline",
					page: page.label,
					value: `${fixed(ratio, 2)}× (${fixed(figures.kairos.perSecond, 0)} ÷ ${fixed(figures.baseline.perSecond, 0)} req/s)`,
					limit: `≥ ${MIN_RATIO}×`,
					passed: ratio >= MIN_RATIO,
				},
				{
					target: `kairos p99 at ${connections} connections`,
					page: page.label,
					value: ms(figures.kairos.p99),
					limit: `≤ ${MAX_P99_MS} ms`,
					passed: figures.kairos.p99 <= MAX_P99_MS,
				},
				{
					target: "non-2xx, errors, timeouts (both servers)",
					page: page.label,
					value: String(figures.kairos.failed + figures.baseline.failed),
					limit: "0",
					passed: figures.kairos.failed === 0 && figures.baseline.failed === 0,
				},
				{
					target: "HTML + CSS",
					page: page.label,
					value: `${total.toLocaleString("en")} B`,
					limit: `< ${MAX_PAGE_BYTES.toLocaleString("en")} B`,
					passed: total < MAX_PAGE_BYTES,
				},
			);
		}
		console.log("targets");
		printTable([
			["target", "page", "measured", "limit", "result"],
			...verdicts.map((verdict) => [
				verdict.target,
				verdict.page,
				verdict.value,
				verdict.limit,
				verdict.passed ? "PASS" : "FAIL",
			]),
		]);
		const passed = verdicts.every((verdict) => verdict.passed);
		if (connections !== TARGET_CONNECTIONS)
			console.log(
				`  note: the p99 target is set at ${TARGET_CONNECTIONS} connections; this run used ${connections}`,
			);
		console.log(
			passed
				? "PASS: every target met"
				: `FAIL: ${verdicts.filter((verdict) => !verdict.passed).length} of ${verdicts.length} targets missed (rows marked FAIL)`,
		);
		if (options.profileDir)
			console.log(`CPU profile of kairos serve in ${options.profileDir} (written when it stops)`);
		process.exitCode = passed ? 0 : 1;
	} finally {
		for (const server of servers.reverse()) await server.stop();
		rmSync(workDir, { recursive: true, force: true });
	}
}

try {
	await main();
} catch (error) {
	// Anything unexpected (a refused connection, a crash) also means the benchmark could not run.
	console.error(
		`bench:catalogue: ${error instanceof BenchError ? error.message : error instanceof Error ? error.stack : error}`,
	);
	process.exitCode = 2;
}
