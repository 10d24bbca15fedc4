/**
 * Preload for the benchmark's child processes (`node --import`): on exit, writes the process's
 * peak resident set size in KiB (`process.resourceUsage().maxRSS`) to the file named by
 * KAIROS_BENCH_PEAK_RSS_FILE. Kairos itself stays unchanged.
 */
import { writeFileSync } from "node:fs";

const target = process.env.KAIROS_BENCH_PEAK_RSS_FILE;
if (target) {
	process.on("exit", () => {
		writeFileSync(target, `${process.resourceUsage().maxRSS}\n`);
	});
}
