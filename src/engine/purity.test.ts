import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Every non-test source file under a folder. */
function sources(folder: string): string[] {
	return readdirSync(folder, { recursive: true, encoding: "utf8" })
		.filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
		.map((file) => join(folder, file));
}

const engine = sources(new URL(".", import.meta.url).pathname);
const model = sources(new URL("../model", import.meta.url).pathname);

describe("the engine and the model are pure", () => {
	it.each([...engine, ...model])(
		"%s does no I/O, reads no clock or randomness and holds no holiday tables",
		(file) => {
			const text = readFileSync(file, "utf8");
			const imports = [...text.matchAll(/from "([^"]+)"/g)].map((match) => match[1] ?? "");
			for (const specifier of imports) {
				expect(specifier).not.toMatch(/^node:|^(fs|path|os|child_process|http|net)$/);
				expect(specifier).not.toMatch(/\/(store|server|cli|web|report|holidays)\//);
				// Holidays are an input (src/holidays computes them), so the engine runs in a browser.
				expect(specifier).not.toMatch(/^date-holidays(\/|$)/);
			}
			expect(text).not.toMatch(
				/Date\.now\(|new Date\(\)|Math\.random\(|performance\.now\(|process\./,
			);
		},
	);
});
