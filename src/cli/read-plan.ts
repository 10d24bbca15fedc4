import { readFile } from "node:fs/promises";
import { detectFormat, parseText } from "../model/parse-text.ts";
import type { PlanFile } from "../model/plan-file.ts";
import type { Problem } from "../model/problems.ts";
import { validatePlan } from "../model/validate.ts";

export type PlanRead = { ok: true; plan: PlanFile } | { ok: false; problems: Problem[] };

/** Reads, parses and validates a plan file; every failure is a list of problems, never a throw. */
export async function readPlanFile(path: string): Promise<PlanRead> {
	let text: string;
	try {
		text = await readFile(path, "utf8");
	} catch (error) {
		return { ok: false, problems: [{ path, message: describeReadError(error) }] };
	}
	const parsed = parseText(text, detectFormat(text, path), path);
	if (!parsed.ok) return parsed;
	return validatePlan(parsed.value);
}

function describeReadError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	switch (code) {
		case "ENOENT":
			return "no such file";
		case "EACCES":
			return "permission denied";
		case "EISDIR":
			return "is a folder, not a file";
		default:
			return `cannot be read (${code ?? String(error)})`;
	}
}
