#!/usr/bin/env node
/**
 * Benchmark of reading large sheets: `parseOfferingsCsv` and `parseHistoryCsv` on 10,000 rows
 * each, against the bare CSV parse of the same text (csv-parse, which they build on). What
 * Kairos adds is reading each cell for its column and validating every row. Target: under 2 s
 * for each sheet's 10,000 rows; the ratio to the bare parse is printed so runs on different
 * machines compare, and so is the heap that the rows read hold.
 *
 *   npm run bench:sheets [-- --rows 10000 --runs 5]
 *
 * Exit code 1 when a target is missed, 2 when the benchmark itself cannot run.
 */
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { parse } from "csv-parse/sync";

const dist = new URL("../dist/", import.meta.url);
const { parseOfferingsCsv, offeringsToCsv, parseHistoryCsv, historyToCsv } = await import(
	new URL("sheets/index.js", dist).href
);
const { templateOfferings } = await import(new URL("sheets/template-offerings.js", dist).href);
const { templateHistory } = await import(new URL("sheets/template-history.js", dist).href);

const argument = (name, fallback) => {
	const index = process.argv.indexOf(`--${name}`);
	const value = index === -1 ? fallback : Number(process.argv[index + 1]);
	if (!Number.isInteger(value) || value < 1) {
		console.error(`--${name} takes a whole number above 0`);
		process.exit(2);
	}
	return value;
};
const rows = argument("rows", 10_000);
const runs = argument("runs", 5);
const MAX_SECONDS = 2;

if (typeof globalThis.gc !== "function") {
	console.error("run it with node --expose-gc, as npm run bench:sheets does");
	process.exit(2);
}

/** The template's records `rows` times over, ids made unique. */
const repeated = (template) =>
	Array.from({ length: rows }, (_, index) => ({
		...template[index % template.length],
		id: `course-${index}`,
	}));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const time = (work) => {
	const started = performance.now();
	const result = work();
	return { ms: performance.now() - started, result };
};
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** The heap that what `read` gives holds, once the garbage of reading is collected. */
function heapHeld(read) {
	globalThis.gc();
	const before = process.memoryUsage().heapUsed;
	const result = read();
	globalThis.gc();
	const held = process.memoryUsage().heapUsed - before;
	return { held, result };
}

/**
 * Times `read` on `text` against csv-parse alone: one warm-up of each, then the runs alternate
 * so a busy machine slows both alike. Gives the report's lines and whether the target was met.
 */
function bench(name, text, read, records) {
	time(() => read(text));
	time(() => parse(text));
	const kairos = [];
	const bare = [];
	for (let run = 0; run < runs; run++) {
		const result = time(() => read(text));
		if (!result.result.ok || result.result[records].length !== rows) {
			console.error(`${name} did not read back: ${JSON.stringify(result.result).slice(0, 300)}`);
			process.exit(2);
		}
		kairos.push(result.ms);
		bare.push(time(() => parse(text)).ms);
	}
	const { held } = heapHeld(() => read(text));
	const seconds = median(kairos) / 1000;
	const met = seconds < MAX_SECONDS;
	const lines = [
		`reading ${rows.toLocaleString("en")} CSV rows of ${records} (${mib(text.length)}), median of ${runs} runs`,
		`  ${name.padEnd(19)} ${median(kairos).toFixed(0)} ms (min ${Math.min(...kairos).toFixed(0)})`,
		`  csv-parse alone     ${median(bare).toFixed(0)} ms (min ${Math.min(...bare).toFixed(0)})`,
		`  ratio               ${(median(kairos) / median(bare)).toFixed(2)}×`,
		`  heap of the rows    ${mib(held)}`,
		`  target              < ${MAX_SECONDS} s: ${met ? "met" : "MISSED"} (${seconds.toFixed(2)} s)`,
	];
	return { lines, met };
}

const results = [
	bench(
		"parseOfferingsCsv",
		offeringsToCsv(repeated(templateOfferings)),
		parseOfferingsCsv,
		"offerings",
	),
	bench("parseHistoryCsv", historyToCsv(repeated(templateHistory)), parseHistoryCsv, "history"),
];
console.log(
	[
		...results.flatMap((result) => result.lines),
		`peak RSS            ${mib(process.resourceUsage().maxRSS * 1024)}`,
		`load average        ${loadavg()[0]?.toFixed(2)}`,
	].join("\n"),
);
process.exit(results.every((result) => result.met) ? 0 : 1);
