#!/usr/bin/env node
/**
 * Benchmark of `kairos plan FILE --format json` on a generated plan with 10,000 offerings (1,000
 * of them with registration counts, and a 200-row history), run as a whole process and compared
 * with the bare I/O of the same job (bench/baseline-io.mjs) and with the same plan without the
 * registration counts, so without the fill forecast.
 * Targets: at most 2.5× the baseline's median wall time (goal 1.5×), a peak RSS under 512 MiB,
 * and the forecast adding at most 15% to the time without it.
 * It then splits kairos's time into parse, validate, compute and serialise, in-process.
 *
 *   npm run bench [-- --offerings 10000 --runs 5 --split-runs 3 --keep]
 *
 * It expects a fresh build in dist/ (`npm run bench` builds first). Exit code 1 when the 2.5×,
 * the 512 MiB or the 15% target is missed; 2 when the benchmark itself cannot run.
 */
import { spawn } from "node:child_process";
import {
	closeSync,
	mkdtempSync,
	openSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from "node:fs";
import { readFile } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generatePlan } from "./generate-plan.mjs";

const TARGET_RATIO = 2.5;
const GOAL_RATIO = 1.5;
const PEAK_RSS_LIMIT_MIB = 512;
/** The most the fill forecast may add to the time of the same plan without registration counts. */
const FORECAST_LIMIT_RATIO = 1.15;
/** Warm runs of the engine alone on each plan, for the forecast's own cost. */
const COMPUTE_RUNS = 7;

const root = fileURLToPath(new URL("..", import.meta.url));
const cliPath = join(root, "dist", "cli", "main.js");
const baselinePath = join(root, "bench", "baseline-io.mjs");
const preloadUrl = pathToFileURL(join(root, "bench", "report-peak-memory.mjs")).href;

/**
 * @typedef {{ offerings: number, runs: number, splitRuns: number, keep: boolean }} Options
 * @typedef {{ ms: number, peakMiB: number }} RunFigures
 * @typedef {{ name: string, ms: number[] }} Phase
 */

/** Options from `--name value` arguments, else BENCH_* environment variables, else defaults. */
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
		if (!["--offerings", "--runs", "--split-runs"].includes(name) || value === undefined)
			fail(`unknown argument ${name}: use --offerings N, --runs N, --split-runs N or --keep`);
		given[name.slice(2)] = /** @type {string} */ (value);
		index++;
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
		offerings: count("offerings", "BENCH_OFFERINGS", 10_000),
		runs: count("runs", "BENCH_RUNS", 5),
		splitRuns: count("split-runs", "BENCH_SPLIT_RUNS", 3),
		keep,
	});
}

/** The benchmark itself cannot run: reported on one line, with exit code 2. */
class BenchError extends Error {}

/** @returns {never} */
function fail(/** @type {string} */ message) {
	throw new BenchError(message);
}

/**
 * Runs `node --import report-peak-memory.mjs ...args` with stdout to a file and returns its wall
 * time (spawn to exit, as a shell would see it) and peak RSS.
 * @param {string} workDir
 * @param {string[]} args
 * @param {string} stdoutPath
 * @returns {Promise<RunFigures>}
 */
async function runNode(workDir, args, stdoutPath) {
	const peakPath = join(workDir, "peak-rss.txt");
	writeFileSync(peakPath, "");
	const stdout = openSync(stdoutPath, "w");
	const started = performance.now();
	const child = spawn(process.execPath, ["--import", preloadUrl, ...args], {
		stdio: ["ignore", stdout, "pipe"],
		env: { ...process.env, KAIROS_BENCH_PEAK_RSS_FILE: peakPath },
	});
	closeSync(stdout);
	let stderr = "";
	child.stderr?.setEncoding("utf8").on("data", (chunk) => {
		stderr += chunk;
	});
	const code = await new Promise((resolve, reject) => {
		child.on("error", reject);
		child.on("close", resolve);
	});
	const ms = performance.now() - started;
	if (code !== 0) fail(`node ${args.join(" ")} exited with ${code}:\n${stderr}`);
	const peakKiB = Number(readFileSync(peakPath, "utf8"));
	if (!(peakKiB > 0)) fail(`node ${args.join(" ")} reported no peak RSS`);
	return { ms, peakMiB: peakKiB / 1024 };
}

const median = (/** @type {number[]} */ values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	const upper = sorted[middle] ?? Number.NaN;
	return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
};
const min = (/** @type {number[]} */ values) => Math.min(...values);
const max = (/** @type {number[]} */ values) => Math.max(...values);

const ms = (/** @type {number} */ value) => `${Math.round(value).toLocaleString("en")} ms`;
const mib = (/** @type {number} */ value) => `${Math.round(value)} MiB`;
const mb = (/** @type {number} */ bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const percent = (/** @type {number} */ share) => `${Math.round(share * 100)}%`;
const times = (/** @type {number} */ ratio) => `${ratio.toFixed(2)}×`;

/** Prints rows as columns: the first left-aligned, the rest right-aligned. */
function printTable(/** @type {string[][]} */ rows) {
	const widths =
		rows[0]?.map((_, column) => max(rows.map((row) => (row[column] ?? "").length))) ?? [];
	for (const row of rows) {
		const cells = row.map((cell, column) =>
			column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
		);
		console.log(`  ${cells.join("   ")}`.trimEnd());
	}
}

/**
 * The whole-process comparison: one warm-up each, then `runs` measured runs of kairos, of the
 * baseline and of kairos on the plan without registration counts, rotating which goes first so
 * that drift in machine load hits all three alike.
 */
async function compareProcesses(
	/** @type {string} */ workDir,
	/** @type {string} */ planPath,
	/** @type {string} */ unforecastPlanPath,
	/** @type {number} */ runs,
) {
	const reportPath = join(workDir, "kairos-report.json");
	const baselineOutputPath = join(workDir, "baseline-output.json");
	const kairos = () =>
		runNode(workDir, [cliPath, "plan", planPath, "--format", "json"], reportPath);
	// The baseline re-serialises the report the warm-up wrote; every run writes the same report.
	const baseline = () => runNode(workDir, [baselinePath, planPath, reportPath], baselineOutputPath);
	const unforecast = () =>
		runNode(
			workDir,
			[cliPath, "plan", unforecastPlanPath, "--format", "json"],
			join(workDir, "unforecast-report.json"),
		);

	const warmUp = await kairos();
	await baseline();
	await unforecast();
	/** @type {RunFigures[]} */
	const kairosRuns = [];
	/** @type {RunFigures[]} */
	const baselineRuns = [];
	/** @type {RunFigures[]} */
	const unforecastRuns = [];
	const commands = [
		async () => kairosRuns.push(await kairos()),
		async () => baselineRuns.push(await baseline()),
		async () => unforecastRuns.push(await unforecast()),
	];
	for (let run = 0; run < runs; run++) {
		for (let step = 0; step < commands.length; step++)
			await commands[(run + step) % commands.length]?.();
		if (process.stderr.isTTY) process.stderr.write(`\r  measured run ${run + 1} of ${runs}`);
	}
	if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
	const report = readFileSync(reportPath);
	const offerings = JSON.parse(report.toString("utf8")).offerings;
	return {
		kairos: kairosRuns,
		baseline: baselineRuns,
		unforecast: unforecastRuns,
		forecasts: offerings.filter(
			(/** @type {{ forecast?: unknown }} */ offering) => offering.forecast,
		).length,
		fillAtRisk: offerings.flatMap((/** @type {{ findings: { code: string }[] }} */ offering) =>
			offering.findings.filter((finding) => finding.code === "FILL_AT_RISK"),
		).length,
		// The warm-up's memory counts too: peak memory does not depend on a warm disk cache.
		kairosPeakMiB: max([warmUp, ...kairosRuns].map((run) => run.peakMiB)),
		baselinePeakMiB: max(baselineRuns.map((run) => run.peakMiB)),
		reportBytes: report.length,
		identical: report.equals(readFileSync(baselineOutputPath)),
	};
}

/** Node's own start-up, and the CLI's start-up with its module graph (`--version`). */
async function measureStartup(/** @type {string} */ workDir, /** @type {number} */ runs) {
	const sink = join(workDir, "startup.txt");
	/** @type {number[]} */
	const bare = [];
	/** @type {number[]} */
	const cli = [];
	for (let run = 0; run <= runs; run++) {
		const bareRun = await runNode(workDir, ["-e", "0"], sink);
		const cliRun = await runNode(workDir, [cliPath, "--version"], sink);
		// The first pair only warms the disk cache.
		if (run === 0) continue;
		bare.push(bareRun.ms);
		cli.push(cliRun.ms);
	}
	return { bare: median(bare), cli: median(cli) };
}

/**
 * Times each phase of `kairos plan` in this process, with the built modules: the first run is
 * cold like the CLI's single run, later runs show the JIT-warm cost.
 */
async function splitPhases(
	/** @type {string} */ workDir,
	/** @type {string} */ planPath,
	/** @type {number} */ runs,
) {
	const load = (/** @type {string} */ path) => import(pathToFileURL(join(root, "dist", path)).href);
	const { detectFormat, parseText } = await load("model/parse-text.js");
	const { validatePlan } = await load("model/validate.js");
	const { planWithHolidays } = await load("holidays/plan-with-holidays.js");
	const { renderJson } = await load("report/json.js");

	/** @type {Phase[]} */
	const phases = [
		{ name: "read + parse text", ms: [] },
		{ name: "validate (schema + references)", ms: [] },
		{ name: "compute (engine plan)", ms: [] },
		{ name: "serialise (renderJson)", ms: [] },
		{ name: "write output file", ms: [] },
	];
	const record = (/** @type {number} */ index, /** @type {number} */ since) => {
		const now = performance.now();
		phases[index]?.ms.push(now - since);
		return now;
	};
	/** @type {unknown} */
	let validated;
	for (let run = 0; run < runs; run++) {
		let mark = performance.now();
		const text = await readFile(planPath, "utf8");
		const parsed = parseText(text, detectFormat(text, planPath), planPath);
		if (!parsed.ok)
			fail(`the generated plan does not parse: ${JSON.stringify(parsed.problems[0])}`);
		mark = record(0, mark);
		const validation = validatePlan(parsed.value);
		if (!validation.ok)
			fail(`the generated plan is not valid: ${JSON.stringify(validation.problems[0])}`);
		mark = record(1, mark);
		validated = validation.plan;
		const report = planWithHolidays(validation.plan, {});
		mark = record(2, mark);
		const json = renderJson(report);
		mark = record(3, mark);
		writeFileSync(join(workDir, "split-report.json"), json);
		record(4, mark);
	}
	return { phases, forecast: compareCompute(planWithHolidays, validated) };
}

/**
 * The engine alone, warm, on the validated plan and on the same plan without registration
 * counts, alternately: the fill forecast's own cost, without the noise of whole processes.
 * @param {(plan: unknown, options: object) => unknown} planWithHolidays
 * @param {unknown} plan
 */
function compareCompute(planWithHolidays, plan) {
	const unforecast = structuredClone(plan);
	for (const offering of /** @type {{ offerings: { registrations?: unknown }[] }} */ (unforecast)
		.offerings)
		delete offering.registrations;
	const time = (/** @type {unknown} */ input) => {
		const started = performance.now();
		planWithHolidays(input, {});
		return performance.now() - started;
	};
	// Until the JIT has settled, the first runs say more about the compiler than the code.
	for (let run = 0; run < 3; run++) {
		time(plan);
		time(unforecast);
	}
	/** @type {number[]} */
	const withCounts = [];
	/** @type {number[]} */
	const withoutCounts = [];
	for (let run = 0; run < COMPUTE_RUNS; run++) {
		if (run % 2 === 0) {
			withCounts.push(time(plan));
			withoutCounts.push(time(unforecast));
		} else {
			withoutCounts.push(time(unforecast));
			withCounts.push(time(plan));
		}
	}
	return { with: median(withCounts), without: median(withoutCounts) };
}

async function main() {
	const options = readOptions(process.argv.slice(2));
	try {
		statSync(cliPath);
	} catch {
		fail(`${cliPath} is missing: run \`npm run build\` first (npm run bench does)`);
	}
	const workDir = mkdtempSync(join(tmpdir(), "kairos-bench-"));
	try {
		const planPath = join(workDir, "plan.json");
		const unforecastPlanPath = join(workDir, "plan-without-registrations.json");
		const generated = performance.now();
		const plan = generatePlan({ offerings: options.offerings });
		writeFileSync(planPath, `${JSON.stringify(plan, null, 2)}\n`);
		const generationMs = performance.now() - generated;
		const planBytes = statSync(planPath).size;
		const counted = plan.offerings.filter((offering) => offering.registrations).length;
		for (const offering of plan.offerings) delete offering.registrations;
		writeFileSync(unforecastPlanPath, `${JSON.stringify(plan, null, 2)}\n`);

		console.log(
			`kairos bench: \`kairos plan FILE --format json\` on ${options.offerings.toLocaleString("en")} offerings, ` +
				`${counted.toLocaleString("en")} with registration counts, and ${plan.history.length} past offerings`,
		);
		console.log(
			`  node ${process.version}, ${process.platform} ${process.arch}, ${availableParallelism()} CPUs; ` +
				`plan generated in ${ms(generationMs)} at ${planPath}`,
		);
		console.log(
			`  ${options.runs} measured runs each after 1 warm-up, kairos and baseline interleaved\n`,
		);

		const loadBefore = loadavg()[0] ?? 0;
		const whole = await compareProcesses(workDir, planPath, unforecastPlanPath, options.runs);
		const loadAfter = loadavg()[0] ?? 0;
		const kairosTimes = whole.kairos.map((run) => run.ms);
		const baselineTimes = whole.baseline.map((run) => run.ms);
		const unforecastTimes = whole.unforecast.map((run) => run.ms);
		const ratio = median(kairosTimes) / median(baselineTimes);
		const forecastRatio = median(kairosTimes) / median(unforecastTimes);
		printTable([
			["whole process", "median", "min", "peak RSS"],
			[
				"kairos plan --format json",
				ms(median(kairosTimes)),
				ms(min(kairosTimes)),
				mib(whole.kairosPeakMiB),
			],
			[
				"baseline: bare I/O",
				ms(median(baselineTimes)),
				ms(min(baselineTimes)),
				mib(whole.baselinePeakMiB),
			],
			[
				"kairos, no registration counts",
				ms(median(unforecastTimes)),
				ms(min(unforecastTimes)),
				mib(max(whole.unforecast.map((run) => run.peakMiB))),
			],
		]);
		console.log(
			`\n  fill forecasts in the report: ${whole.forecasts.toLocaleString("en")} offerings, ${whole.fillAtRisk.toLocaleString("en")} FILL_AT_RISK`,
		);
		console.log(
			`\n  input ${mb(planBytes)}, output ${mb(whole.reportBytes)}; baseline output identical to kairos output: ${whole.identical ? "yes" : "NO"}`,
		);
		// Other work on the machine shows up as noise: a load above the CPU count means waiting.
		console.log(
			`  load average (1 min) ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after, on ${availableParallelism()} CPUs\n`,
		);

		const timeOk = ratio <= TARGET_RATIO;
		const goalOk = ratio <= GOAL_RATIO;
		const memoryOk = whole.kairosPeakMiB < PEAK_RSS_LIMIT_MIB;
		const forecastOk = forecastRatio <= FORECAST_LIMIT_RATIO;
		printTable([
			["target", "measured", "limit", "result"],
			[
				"time, kairos/baseline median",
				times(ratio),
				`≤ ${times(TARGET_RATIO)}`,
				timeOk ? "PASS" : "FAIL",
			],
			["time, goal", times(ratio), `≤ ${times(GOAL_RATIO)}`, goalOk ? "PASS" : "MISS"],
			[
				"peak RSS of kairos",
				mib(whole.kairosPeakMiB),
				`< ${mib(PEAK_RSS_LIMIT_MIB)}`,
				memoryOk ? "PASS" : "FAIL",
			],
			[
				"forecast, with/without counts median",
				times(forecastRatio),
				`≤ ${times(FORECAST_LIMIT_RATIO)}`,
				forecastOk ? "PASS" : "FAIL",
			],
		]);
		console.log(
			`  (ratios of the minimums: ${times(min(kairosTimes) / min(baselineTimes))} the baseline, ` +
				`${times(min(kairosTimes) / min(unforecastTimes))} without counts)\n`,
		);

		const startup = await measureStartup(workDir, options.runs);
		const { phases, forecast } = await splitPhases(workDir, planPath, options.splitRuns);
		const first = phases.map((phase) => phase.ms[0] ?? 0);
		const warm = phases.map((phase) =>
			phase.ms.length > 1 ? median(phase.ms.slice(1)) : Number.NaN,
		);
		const firstTotal = first.reduce((sum, value) => sum + value, 0);
		const warmTotal = warm.reduce((sum, value) => sum + value, 0);
		const hasWarm = options.splitRuns > 1;
		console.log(
			`where kairos spends its time (in-process, dist/ modules, ${options.splitRuns} run${options.splitRuns > 1 ? "s" : ""} on the same file)`,
		);
		printTable([
			["phase", "1st run", "share", ...(hasWarm ? ["later runs, median", "share"] : [])],
			...phases.map((phase, index) => [
				phase.name,
				ms(first[index] ?? 0),
				percent((first[index] ?? 0) / firstTotal),
				...(hasWarm ? [ms(warm[index] ?? 0), percent((warm[index] ?? 0) / warmTotal)] : []),
			]),
			["total", ms(firstTotal), "100%", ...(hasWarm ? [ms(warmTotal), "100%"] : [])],
		]);
		console.log(
			`\n  the engine alone, warm, ${COMPUTE_RUNS} runs each: ${ms(forecast.with)} with registration counts, ` +
				`${ms(forecast.without)} without (${times(forecast.with / forecast.without)})\n`,
		);
		printTable([
			["node start-up (node -e 0), median", ms(startup.bare)],
			["kairos start-up + module load (--version), median", ms(startup.cli)],
		]);

		const passed = timeOk && memoryOk && forecastOk;
		console.log(
			`\n${passed ? "PASS" : "FAIL"}: ${times(ratio)} the baseline (target ${times(TARGET_RATIO)}, goal ${times(GOAL_RATIO)}), ` +
				`peak ${mib(whole.kairosPeakMiB)} (limit ${mib(PEAK_RSS_LIMIT_MIB)}), ` +
				`forecast ${times(forecastRatio)} the time without it (limit ${times(FORECAST_LIMIT_RATIO)})`,
		);
		if (options.keep) console.log(`kept ${workDir}`);
		process.exitCode = passed ? 0 : 1;
	} finally {
		if (!options.keep) rmSync(workDir, { recursive: true, force: true });
	}
}

try {
	await main();
} catch (error) {
	if (!(error instanceof BenchError)) throw error;
	console.error(`bench: ${error.message}`);
	process.exitCode = 2;
}
