// Draws the README's plot again from the demo school's history: `npm run readme-plot`.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";

const path = "docs/images/demo-fill-by-lead-time.svg";
const svg = execFileSync(
	process.execPath,
	[
		"dist/cli/main.js",
		"analyze",
		"examples/demo-school.yaml",
		"--format",
		"svg",
		"--plot",
		"lead-time",
		"--language",
		"en",
	],
	{ encoding: "utf8" },
);
writeFileSync(new URL(`../${path}`, import.meta.url), svg);
console.log(`wrote ${path}`);
