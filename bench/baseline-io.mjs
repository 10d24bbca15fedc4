/**
 * The bare I/O of `kairos plan --format json`, the benchmark's baseline: read and parse the plan
 * file, then read the report kairos wrote, parse it and serialise it again the way
 * src/report/json.ts does (2-space indentation, trailing newline) to stdout.
 *
 *   node bench/baseline-io.mjs PLAN_FILE REPORT_FILE > out.json
 */
import { readFile } from "node:fs/promises";

const [planPath, reportPath] = process.argv.slice(2);
if (!planPath || !reportPath) {
	console.error("usage: node bench/baseline-io.mjs PLAN_FILE REPORT_FILE");
	process.exit(2);
}
const plan = JSON.parse(await readFile(planPath, "utf8"));
if (plan?.version !== 1) {
	console.error(`${planPath}: not a version 1 plan file`);
	process.exit(2);
}
const report = JSON.parse(await readFile(reportPath, "utf8"));
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
