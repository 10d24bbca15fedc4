#!/usr/bin/env node
/**
 * Benchmark of reading a large offerings sheet: `parseOfferingsCsv` on 10,000 rows against the
 * bare CSV parse of the same text (csv-parse, which it builds on). What Kairos adds is reading
 * each cell for its column and validating every offering. Target: under 2 s for the 10,000 rows,
 * and the ratio to the bare parse is printed so runs on different machines compare.
 *
 *   npm run bench:sheets [-- --rows 10000 --runs 5]
 *
 * Exit code 1 when the target is missed, 2 when the benchmark itself cannot run.
 */
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { parse } from "csv-parse/sync";

const dist = new URL("../dist/", import.meta.url);
const { parseOfferingsCsv, offeringsToCsv } = await import(new URL("sheets/index.js", dist).href);
const { templateOfferings } = await import(new URL("sheets/template-offerings.js", dist).href);

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

const offerings = Array.from({ length: rows }, (_, index) => ({
	...templateOfferings[index % templateOfferings.length],
	id: `course-${index}`,
}));
const text = offeringsToCsv(offerings);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const time = (work) => {
	const started = performance.now();
	const result = work();
	return { ms: performance.now() - started, result };
};

// One warm-up of each, then the runs alternate so a busy machine slows both alike.
time(() => parseOfferingsCsv(text));
time(() => parse(text));
const kairos = [];
const bare = [];
for (let run = 0; run < runs; run++) {
	const read = time(() => parseOfferingsCsv(text));
	if (!read.result.ok || read.result.offerings.length !== rows) {
		console.error(`the sheet did not read back: ${JSON.stringify(read.result).slice(0, 300)}`);
		process.exit(2);
	}
	kairos.push(read.ms);
	bare.push(time(() => parse(text)).ms);
}

const seconds = median(kairos) / 1000;
const lines = [
	`reading ${rows.toLocaleString("en")} CSV rows (${(text.length / 1024 / 1024).toFixed(1)} MiB), median of ${runs} runs`,
	`  parseOfferingsCsv   ${median(kairos).toFixed(0)} ms (min ${Math.min(...kairos).toFixed(0)})`,
	`  csv-parse alone     ${median(bare).toFixed(0)} ms (min ${Math.min(...bare).toFixed(0)})`,
	`  ratio               ${(median(kairos) / median(bare)).toFixed(2)}×`,
	`  target              < ${MAX_SECONDS} s: ${seconds < MAX_SECONDS ? "met" : "MISSED"} (${seconds.toFixed(2)} s)`,
	`  load average        ${loadavg()[0]?.toFixed(2)}`,
];
console.log(lines.join("\n"));
process.exit(seconds < MAX_SECONDS ? 0 : 1);
