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
	it.each([...engine, ...model])("%s does no I/O and reads no clock or randomness", (file) => {
		const text = readFileSync(file, "utf8");
		const imports = [...text.matchAll(/from "([^"]+)"/g)].map((match) => match[1] ?? "");
		for (const specifier of imports) {
			expect(specifier).not.toMatch(/^node:|^(fs|path|os|child_process|http|net)$/);
			expect(specifier).not.toMatch(/\/(store|server|cli|web|report)\//);
		}
		expect(text).not.toMatch(
			/Date\.now\(|new Date\(\)|Math\.random\(|performance\.now\(|process\./,
		);
	});
});
