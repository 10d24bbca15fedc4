#!/usr/bin/env node
/**
 * Benchmark of the analysis and the yearly report on large histories: the demo school's plan
 * (examples/demo-school.yaml) with its history replaced by a generated one, realistic (2,000
 * and 20,000 rows: two intakes a year over 30 years, 20 fields, 8 channels) and adversarial
 * (20,000 rows, each naming an intake and a channel of its own, all in the report's year). Per
 * history it times `analyzePlan`, the yearly report (`yearlyFigures`, then
 * `renderYearlyReportHtml`) and one plot (`analysisPlotSvg`, lead time), each in a process of
 * its own so that its peak memory is its own. It prints the figures and the ratios between the
 * histories measured in the same run; it passes or fails nothing.
 *
 *   npm run bench:analysis [-- --runs 5 --language en]
 *
 * Exit code 2 when the benchmark itself cannot run (no build, a history the plan rejects).
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { generateHistory } from "./generate-history.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = new URL("../dist/", import.meta.url);
const load = (/** @type {string} */ path) => import(new URL(path, dist).href);
const demoPath = join(root, "examples", "demo-school.yaml");
/** The demo school's today, as its comments set it. */
const TODAY = "2027-05-03";
/** The year the generated histories end in, and the yearly report's. */
const YEAR = 2026;

const HISTORIES = [
	{ name: "realistic 2,000", rows: 2_000, kind: "realistic" },
	{ name: "realistic 20,000", rows: 20_000, kind: "realistic" },
	{ name: "adversarial 20,000", rows: 20_000, kind: "adversarial" },
];
const OPERATIONS = ["analysis", "yearly", "plot"];

const argument = (/** @type {string} */ name, /** @type {string} */ fallback) => {
	const index = process.argv.indexOf(`--${name}`);
	return index === -1 ? fallback : (process.argv[index + 1] ?? "");
};

const median = (/** @type {number[]} */ values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1
		? (sorted[middle] ?? 0)
		: ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const ms = (/** @type {number} */ value) =>
	value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value).toLocaleString("en")} ms`;
const mib = (/** @type {number} */ bytes) => `${Math.round(bytes / 1024 / 1024)} MiB`;
const times = (/** @type {number} */ ratio) => `${ratio.toFixed(1)}×`;

/**
 * One operation on one history, in this (child) process: `runs` timed runs after none, the
 * first cold as a server's first request is. Prints its figures as JSON.
 */
async function worker(
	/** @type {string} */ directory,
	/** @type {string} */ operation,
	/** @type {number} */ runs,
	/** @type {string} */ language,
) {
	const { analyzePlan } = await load("engine/analysis/analyze.js");
	const { yearlyFigures } = await load("engine/analysis/yearly.js");
	const { renderYearlyReportHtml } = await load("report/yearly-html.js");
	const { analysisPlotSvg } = await load("report/analysis-plots.js");
	const plan = JSON.parse(readFileSync(join(directory, "plan.json"), "utf8"));
	const report = JSON.parse(readFileSync(join(directory, "report.json"), "utf8"));
	const before = process.memoryUsage().rss;
	const analysis = operation === "plot" ? analyzePlan(plan, report, { language }) : undefined;
	/** @type {Record<string, number[]>} */
	const phases = {};
	const timed = (/** @type {string} */ phase, /** @type {() => unknown} */ work) => {
		const started = performance.now();
		const result = work();
		phases[phase] = [...(phases[phase] ?? []), performance.now() - started];
		return result;
	};
	let bytes = 0;
	for (let run = 0; run < runs; run++) {
		if (operation === "analysis") {
			const result = timed("analysis", () => analyzePlan(plan, report, { language }));
			if (run === 0) bytes = Buffer.byteLength(JSON.stringify(result));
		} else if (operation === "yearly") {
			const figures = timed("figures", () => yearlyFigures(plan, report, { year: YEAR, language }));
			const page = timed("page", () => renderYearlyReportHtml(figures, { language }));
			bytes = Buffer.byteLength(/** @type {string} */ (page));
		} else {
			const svg = timed("plot", () =>
				analysisPlotSvg(analysis, "lead-time", { language, width: 480, height: 320 }),
			);
			bytes = Buffer.byteLength(/** @type {string} */ (svg));
		}
	}
	process.stdout.write(
		JSON.stringify({
			phases,
			bytes,
			beforeRss: before,
			peakRss: process.resourceUsage().maxRSS * 1024,
		}),
	);
}

/** Runs one operation in a child process and reads its figures. */
function runWorker(
	/** @type {string} */ directory,
	/** @type {string} */ operation,
	/** @type {number} */ runs,
	/** @type {string} */ language,
) {
	return new Promise((resolve, reject) => {
		execFile(
			process.execPath,
			[fileURLToPath(import.meta.url), "--worker", directory, operation, String(runs), language],
			{ maxBuffer: 16 * 1024 * 1024 },
			(error, stdout, stderr) => {
				if (error)
					reject(new Error(`${operation} on ${directory} failed: ${stderr || error.message}`));
				else resolve(JSON.parse(stdout));
			},
		);
	});
}

/** The demo school's plan with `history` instead of its own, validated and planned as the server plans it. */
async function preparedPlan(
	/** @type {(typeof HISTORIES)[number]} */ history,
	/** @type {string} */ language,
) {
	const { readPlanFile } = await load("cli/read-plan.js");
	const { validatePlan } = await load("model/validate.js");
	const { planWithHolidays } = await load("holidays/plan-with-holidays.js");
	const read = await readPlanFile(demoPath);
	if (!read.ok)
		throw new BenchError(`the demo plan does not read: ${JSON.stringify(read.problems[0])}`);
	const input = {
		...read.plan,
		history: generateHistory({ rows: history.rows, kind: history.kind, lastYear: YEAR }),
	};
	const validation = validatePlan(input);
	if (!validation.ok)
		throw new BenchError(
			`the ${history.name} history is not valid: ${JSON.stringify(validation.problems.slice(0, 3))}`,
		);
	const report = planWithHolidays(validation.plan, { today: TODAY, language });
	return { plan: validation.plan, report };
}

class BenchError extends Error {}

async function main() {
	const runs = Number(argument("runs", "5"));
	const language = argument("language", "en");
	if (!Number.isInteger(runs) || runs < 1)
		throw new BenchError("--runs takes a whole number above 0");
	try {
		statSync(new URL("engine/analysis/analyze.js", dist));
	} catch {
		throw new BenchError(
			"dist/ is missing: run `npm run build` first (npm run bench:analysis does)",
		);
	}
	const workDir = mkdtempSync(join(tmpdir(), "kairos-analysis-bench-"));
	try {
		console.log(
			`kairos bench: the analysis, the yearly report of ${YEAR} and the lead-time plot on the demo school with generated histories`,
		);
		console.log(
			`  node ${process.version}, ${process.platform} ${process.arch}; language ${language}; ${runs} runs each, each operation in a process of its own\n`,
		);
		/** @type {{ history: (typeof HISTORIES)[number], figures: Record<string, any> }[]} */
		const results = [];
		for (const [index, history] of HISTORIES.entries()) {
			const directory = join(workDir, String(index));
			mkdirSync(directory);
			const { plan, report } = await preparedPlan(history, language);
			writeFileSync(join(directory, "plan.json"), JSON.stringify(plan));
			writeFileSync(join(directory, "report.json"), JSON.stringify(report));
			/** @type {Record<string, any>} */
			const figures = {};
			for (const operation of OPERATIONS)
				figures[operation] = await runWorker(directory, operation, runs, language);
			results.push({ history, figures });
		}

		const rows = [
			["history", "operation", "1st run", "median", "min", "output", "RSS before", "peak RSS"],
		];
		/** @type {Map<string, number>} */
		const medians = new Map();
		for (const { history, figures } of results) {
			for (const operation of OPERATIONS) {
				const { phases, bytes, beforeRss, peakRss } = figures[operation];
				for (const [phase, values] of Object.entries(phases)) {
					medians.set(`${history.name}\u0000${phase}`, median(values));
					rows.push([
						history.name,
						phase === operation ? phase : `${operation}: ${phase}`,
						ms(values[0] ?? 0),
						ms(median(values)),
						ms(Math.min(...values)),
						phase === "figures" ? "" : `${(bytes / 1024).toFixed(0)} KiB`,
						mib(beforeRss),
						mib(peakRss),
					]);
				}
			}
		}
		printTable(rows);
		const phases = ["analysis", "figures", "page", "plot"];
		const ratio = (/** @type {string} */ a, /** @type {string} */ b, /** @type {string} */ phase) =>
			times(
				(medians.get(`${a}\u0000${phase}`) ?? Number.NaN) /
					(medians.get(`${b}\u0000${phase}`) ?? Number.NaN),
			);
		const [small, large, hostile] = HISTORIES.map((history) => history.name);
		console.log("\nratios of the medians (10× rows: 10× is linear)");
		printTable([
			["phase", "realistic 20,000 ÷ 2,000", "adversarial ÷ realistic 20,000"],
			...phases.map((phase) => [
				phase,
				ratio(/** @type {string} */ (large), /** @type {string} */ (small), phase),
				ratio(/** @type {string} */ (hostile), /** @type {string} */ (large), phase),
			]),
		]);
		console.log(`\n  load average (1 min) ${(loadavg()[0] ?? 0).toFixed(2)}`);
	} finally {
		rmSync(workDir, { recursive: true, force: true });
	}
}

/** Prints rows as columns: the first two left-aligned, the rest right-aligned. */
function printTable(/** @type {string[][]} */ rows) {
	const widths = (rows[0] ?? []).map((_, column) =>
		Math.max(...rows.map((row) => (row[column] ?? "").length)),
	);
	for (const row of rows) {
		const cells = row.map((cell, column) =>
			column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
		);
		console.log(`  ${cells.join("   ")}`.trimEnd());
	}
}

try {
	if (process.argv[2] === "--worker") {
		const [, , , directory = "", operation = "", runs = "1", language = "en"] = process.argv;
		await worker(directory, operation, Number(runs), language);
	} else await main();
} catch (error) {
	if (!(error instanceof BenchError)) throw error;
	console.error(`bench: ${error.message}`);
	process.exitCode = 2;
}
