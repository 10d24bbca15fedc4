import { fileURLToPath } from "node:url";
import { build } from "rolldown";
import { describe, expect, it } from "vitest";

/** Minified bytes the browser may download for each entry point (the engine, the validation). */
const budgetBytes = 200 * 1024;

const entries = ["./plan.ts", "../model/validate.ts"];

describe("the engine bundled for the browser", () => {
	it.each(entries)("%s stays under the size budget when minified", async (entry) => {
		const problems: string[] = [];
		const result = await build({
			input: fileURLToPath(new URL(entry, import.meta.url)),
			platform: "browser",
			write: false,
			onLog: (level, log) => {
				if (level === "warn") problems.push(`${log.code ?? ""}: ${log.message}`);
			},
			output: { format: "esm", minify: true },
		});
		const bytes = result.output.reduce(
			(sum, file) => sum + Buffer.byteLength(file.type === "chunk" ? file.code : file.source),
			0,
		);
		console.log(`${entry} for the browser: ${(bytes / 1024).toFixed(1)} KB minified`);
		expect(problems).toEqual([]);
		expect(bytes).toBeLessThan(budgetBytes);
	});
});
