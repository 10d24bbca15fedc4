import { readFile } from "node:fs/promises";
import { detectFormat, parseText } from "../model/parse-text.ts";
import type { PlanFile } from "../model/plan-file.ts";
import type { Problem } from "../model/problems.ts";
import { validatePlan } from "../model/validate.ts";

export type PlanRead = { ok: true; plan: PlanFile } | { ok: false; problems: Problem[] };

/** Reads, parses and validates a plan file; every failure is a list of problems, never a throw. */
export async function readPlanFile(path: string): Promise<PlanRead> {
	let bytes: Buffer;
	try {
		bytes = await readFile(path);
	} catch (error) {
		return { ok: false, problems: [{ path, message: describeReadError(error) }] };
	}
	const decoded = planText(bytes, path);
	if (!decoded.ok) return decoded;
	const parsed = parseText(decoded.text, detectFormat(decoded.text, path), path);
	if (!parsed.ok) return parsed;
	return validatePlan(parsed.value);
}

/**
 * A plan file's text: UTF-8, with or without a byte order mark. Other bytes are refused with
 * the line and column of the first one, rather than read with U+FFFD in place of letters.
 */
export function planText(
	bytes: Uint8Array,
	path: string,
): { ok: true; text: string } | { ok: false; problems: Problem[] } {
	try {
		return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
	} catch {
		const bad = firstInvalidUtf8(bytes);
		const before = new TextDecoder("utf-8").decode(bytes.subarray(0, bad));
		const line = before.split("\n").length;
		const column = before.length - before.lastIndexOf("\n");
		return {
			ok: false,
			problems: [
				{
					path,
					message: `line ${line}, column ${column}: byte 0x${(bytes[bad] ?? 0).toString(16).toUpperCase()} is not UTF-8: save the file as UTF-8 (an editor's "Save with encoding → UTF-8")`,
				},
			],
		};
	}
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
	let index = 0;
	while (index < bytes.length) {
		const lead = bytes[index] ?? 0;
		const length =
			lead < 0x80
				? 1
				: lead >= 0xc2 && lead <= 0xdf
					? 2
					: lead >= 0xe0 && lead <= 0xef
						? 3
						: lead >= 0xf0 && lead <= 0xf4
							? 4
							: 0;
		if (length === 0) return index;
		const sequence = bytes.subarray(index, index + length);
		if (sequence.length < length) return index;
		try {
			new TextDecoder("utf-8", { fatal: true }).decode(sequence);
		} catch {
			return index;
		}
		index += length;
	}
	return index;
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
