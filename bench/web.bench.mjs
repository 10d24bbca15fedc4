#!/usr/bin/env node
/**
 * Benchmark of the staff app in Chromium, on a school with 300 offerings over two intakes:
 *   1. the JavaScript the sign-in page of /app loads, gzipped (budget 200 KB), and what the
 *      timing map loads after sign-in;
 *   2. a what-if recompute: the median of the engine's `plan()` in the page (budget 16 ms);
 *   3. the timing map's render of the 300 offerings, median (budget 100 ms).
 *
 *   npm run bench:web [-- --renders 9 --recomputes 15 --warm-up 5 --keep]
 *
 * It runs `kairos import`, `kairos user add` and `kairos serve` as a school would, and drives
 * Debian's Chromium with playwright-core. The page measures itself with User Timing: the
 * workspace wraps each `plan()` in a "kairos:report" measure and the timing map each render in
 * "kairos:timing-map" (src/web/lib/measure.ts). Exit code 1 when a budget is missed, 2 when the
 * benchmark cannot run.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { BenchError, fail, runCli, startServer } from "./api-bench-setup.mjs";
import { generatePlan } from "./generate-plan.mjs";

const OFFERINGS = 300;
const INTAKES = ["autumn-2027", "spring-2028"];
const TODAY = "2027-05-03";
const EMAIL = "kadri@bench.ee";
const PASSWORD = "bench passphrase 123";
const KB = 1024;
const budgets = { initialKb: 200, recomputeMs: 16, renderMs: 100 };

/** `--name value` options, else the environment, else the default. */
function option(
	/** @type {string} */ name,
	/** @type {number} */ fallback,
	/** @type {number} */ least = 3,
) {
	const index = process.argv.indexOf(`--${name}`);
	const variable = `BENCH_WEB_${name.toUpperCase().replace("-", "_")}`;
	const text = index === -1 ? process.env[variable] : process.argv[index + 1];
	const value = text === undefined ? fallback : Number(text);
	if (!Number.isInteger(value) || value < least)
		fail(`--${name} takes a whole number of at least ${least}`);
	return value;
}

const median = (/** @type {number[]} */ values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1
		? /** @type {number} */ (sorted[middle])
		: /** @type {number} */ (sorted[middle - 1] + /** @type {number} */ (sorted[middle])) / 2;
};

/**
 * Every JavaScript response of the page, with its gzipped size, in the phase it came in:
 * `phase.current` is switched by the caller ("sign-in", then "map").
 * @param {import("playwright-core").Page} page
 */
function recordScripts(page) {
	/** @type {{ phase: string, url: string, bytes: number, gzipped: number }[]} */
	const scripts = [];
	/** @type {Promise<void>[]} */
	const pending = [];
	const phase = { current: "sign-in" };
	page.on("response", (response) => {
		const type = response.headers()["content-type"] ?? "";
		if (!type.includes("javascript")) return;
		const at = phase.current;
		pending.push(
			response.body().then((body) => {
				if (response.headers()["content-encoding"])
					fail(`${response.url()} came compressed; the benchmark gzips the bodies itself`);
				scripts.push({
					phase: at,
					url: new URL(response.url()).pathname,
					bytes: body.length,
					gzipped: gzipSync(body).length,
				});
			}),
		);
	});
	return { scripts, phase, settled: () => Promise.all(pending) };
}

/** A port nobody listens on now: the server's public address must name it up front. */
function freePort() {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once("error", reject);
		probe.listen(0, "127.0.0.1", () => {
			const address = probe.address();
			const port = typeof address === "object" && address ? address.port : 0;
			probe.close(() => resolve(port));
		});
	});
}

/** The duration of the newest measure `name` once one newer than `after` exists (a startTime). */
async function nextMeasure(
	/** @type {import("playwright-core").Page} */ page,
	/** @type {string} */ name,
	/** @type {number} */ after,
) {
	const handle = await page.waitForFunction(
		([measure, since]) => {
			const entries = performance.getEntriesByName(measure, "measure");
			const last = entries[entries.length - 1];
			return last && last.startTime > since ? { start: last.startTime, ms: last.duration } : false;
		},
		/** @type {const} */ ([name, after]),
		{ timeout: 30_000 },
	);
	return /** @type {{ start: number, ms: number }} */ (await handle.jsonValue());
}

/** The start of the newest measure `name` in the page, or -1. */
function lastMeasureStart(
	/** @type {import("playwright-core").Page} */ page,
	/** @type {string} */ name,
) {
	return page.evaluate((measure) => {
		const entries = performance.getEntriesByName(measure, "measure");
		return entries[entries.length - 1]?.startTime ?? -1;
	}, name);
}

async function main() {
	const renders = option("renders", 9);
	const recomputes = option("recomputes", 15);
	const warmUp = option("warm-up", 5, 0);
	const keep = process.argv.includes("--keep") || process.env.BENCH_KEEP === "1";
	const workDir = mkdtempSync(join(tmpdir(), "kairos-web-bench-"));
	const db = join(workDir, "kairos.sqlite");
	/** @type {import("./api-bench-setup.mjs").Server | undefined} */
	let server;
	/** @type {import("playwright-core").Browser | undefined} */
	let browser;
	try {
		const planPath = join(workDir, "plan.json");
		const plan = generatePlan({ offerings: OFFERINGS, seed: 1, intakes: INTAKES });
		writeFileSync(planPath, `${JSON.stringify(plan, null, 2)}\n`);
		await runCli(["import", planPath, "--db", db]);
		await runCli(
			[
				"user",
				"add",
				"--email",
				EMAIL,
				"--role",
				"manager",
				"--institution",
				plan.institution.id,
				"--name",
				"Kadri Tamm",
				"--password-stdin",
				"--db",
				db,
			],
			PASSWORD,
		);
		const port = await freePort();
		server = await startServer(db, { today: TODAY, port, publicUrl: `http://localhost:${port}` });
		browser = await chromium.launch({
			executablePath: process.env.KAIROS_CHROMIUM ?? "/usr/bin/chromium",
			headless: true,
			args: [
				"--no-sandbox",
				"--disable-gpu",
				"--disable-quic",
				"--no-first-run",
				"--disable-background-networking",
				"--disable-component-update",
				"--disable-sync",
			],
		});
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		/** @type {string[]} */
		const pageErrors = [];
		page.on("pageerror", (error) => pageErrors.push(String(error)));
		const { scripts, phase, settled } = recordScripts(page);

		// 1. What the sign-in page loads, then what the timing map adds.
		// /app opens the timing map once signed in; before, it shows only the sign-in form.
		await page.goto(`${server.url}/app`, { waitUntil: "networkidle" });
		await page.getByLabel("Email").waitFor();
		await settled();
		phase.current = "map";
		await page.getByLabel("Email").fill(EMAIL);
		await page.getByLabel("Password").fill(PASSWORD);
		await page.getByRole("button", { name: "Sign in" }).click();
		const firstRender = await nextMeasure(page, "kairos:timing-map", -1).catch(async (error) => {
			const shot = join(workDir, "after-sign-in.png");
			await page.screenshot({ path: shot, fullPage: true });
			throw new BenchError(`the timing map did not render after sign-in (${shot}): ${error}`);
		});
		await page.waitForLoadState("networkidle");
		await settled();
		const rows = await page.locator(".tm-row").count();
		if (rows !== OFFERINGS) fail(`the timing map shows ${rows} offerings, not ${OFFERINGS}`);
		const sum = (/** @type {string} */ at) =>
			scripts.filter((script) => script.phase === at).reduce((total, s) => total + s.gzipped, 0);
		const initialKb = sum("sign-in") / KB;
		const mapKb = sum("map") / KB;

		// 2. What-if: switching the app's language plans the whole preview again, as an edit does.
		const language = page.getByLabel(/^(Language|Keel)\b/);
		/** @type {number[]} */
		const recomputeMs = [];
		let since = await lastMeasureStart(page, "kairos:report");
		/** @type {number[]} */
		const warmUpMs = [];
		for (let run = 0; run < warmUp + recomputes; run++) {
			await language.selectOption(run % 2 === 0 ? "et" : "en");
			const measure = await nextMeasure(page, "kairos:report", since);
			since = measure.start;
			// The first runs after sign-in are the engine's code being compiled; shown, not counted.
			(run < warmUp ? warmUpMs : recomputeMs).push(measure.ms);
		}
		await language.selectOption("en");
		await page.getByRole("heading", { level: 1, name: "Timing map" }).waitFor();

		// 3. The map drawn afresh: away to another view and back, each time.
		/** @type {number[]} */
		const renderMs = [];
		let renderSince = await lastMeasureStart(page, "kairos:timing-map");
		const nav = page.getByRole("navigation", { name: "Main" });
		for (let run = 0; run < renders; run++) {
			await nav.getByRole("link", { name: "Offerings" }).click();
			await page.getByRole("heading", { level: 1 }).filter({ hasNotText: "Timing map" }).waitFor();
			await nav.getByRole("link", { name: "Timing map" }).click();
			const measure = await nextMeasure(page, "kairos:timing-map", renderSince);
			renderSince = measure.start;
			renderMs.push(measure.ms);
		}
		if (pageErrors.length > 0) fail(`the page threw:\n${pageErrors.join("\n")}`);

		const results = [
			{
				figure: "initial JavaScript of /app, gzip",
				value: initialKb,
				unit: "KB",
				budget: budgets.initialKb,
				note: `${scripts.filter((s) => s.phase === "sign-in").length} files before sign-in`,
			},
			{
				figure: "what-if recompute, plan() median",
				value: median(recomputeMs),
				unit: "ms",
				budget: budgets.recomputeMs,
				note: `${recomputeMs.length} runs after ${warmUp} to warm up, ${Math.min(...recomputeMs).toFixed(1)}–${Math.max(...recomputeMs).toFixed(1)} ms; first ${warmUpMs[0]?.toFixed(1) ?? "–"} ms`,
			},
			{
				figure: "timing map render, median",
				value: median(renderMs),
				unit: "ms",
				budget: budgets.renderMs,
				note: `${renderMs.length} renders, ${Math.min(...renderMs).toFixed(1)}–${Math.max(...renderMs).toFixed(1)} ms; first ${firstRender.ms.toFixed(1)} ms`,
			},
		];
		console.log(
			`Staff app in Chromium: ${OFFERINGS} offerings over ${INTAKES.join(" and ")}, today ${TODAY}\n`,
		);
		const line = (/** @type {string[]} */ cells) =>
			console.log(
				[
					cells[0]?.padEnd(36),
					cells[1]?.padStart(10),
					cells[2]?.padStart(10),
					cells[3]?.padEnd(6),
					cells[4],
				]
					.join("  ")
					.trimEnd(),
			);
		line(["figure", "value", "budget", "result", "detail"]);
		let missed = false;
		for (const result of results) {
			const pass = result.value <= result.budget;
			missed ||= !pass;
			line([
				result.figure,
				`${result.value.toFixed(1)} ${result.unit}`,
				`≤ ${result.budget} ${result.unit}`,
				pass ? "PASS" : "FAIL",
				result.note,
			]);
		}
		line([
			"JavaScript the timing map adds, gzip",
			`${mapKb.toFixed(1)} KB`,
			"",
			"",
			`${scripts.filter((s) => s.phase === "map").length} files after sign-in (not budgeted)`,
		]);
		const list = (/** @type {number[]} */ values) => values.map((ms) => ms.toFixed(1)).join(" ");
		console.log(`\nplan() runs, ms: ${list(warmUpMs)} | counted: ${list(recomputeMs)}`);
		console.log(`map renders, ms: ${list(renderMs)}`);
		console.log("\nJavaScript files, gzipped:");
		for (const script of scripts)
			console.log(
				`  ${script.phase.padEnd(7)} ${(script.gzipped / KB).toFixed(1).padStart(6)} KB  (${(script.bytes / KB).toFixed(1)} KB raw)  ${script.url}`,
			);
		console.log(
			`\nLoad average: ${loadavg()
				.map((load) => load.toFixed(2))
				.join(", ")}`,
		);
		if (keep) console.log(`Kept ${workDir} (${EMAIL}, password "${PASSWORD}")`);
		return missed ? 1 : 0;
	} finally {
		await browser?.close();
		await server?.stop();
		if (!keep) rmSync(workDir, { recursive: true, force: true });
	}
}

try {
	process.exitCode = await main();
} catch (error) {
	if (!(error instanceof BenchError)) throw error;
	console.error(`bench:web could not run: ${error.message}`);
	process.exitCode = 2;
}
