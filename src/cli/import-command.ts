import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { detectFormat, parseText } from "../model/parse-text.ts";
import type { Problem } from "../model/problems.ts";
import { commandLine } from "../service/actor.ts";
import { KairosError } from "../service/errors.ts";
import { replacePlan } from "../service/plans.ts";
import { importHistorySheet, importOfferingsSheet } from "../service/sheets.ts";
import { progressBar } from "../sheets/index.ts";
import { ExitCode } from "./exit-codes.ts";
import { chooseInstitution } from "./institution-choice.ts";
import { planText } from "./read-plan.ts";
import { withStore } from "./store-command.ts";

export interface ImportOptions {
	institution?: string;
	db?: string;
	/** The sheet holds past offerings, for the plan's history. */
	history?: boolean;
}

/**
 * `kairos import FILE`: a plan file replaces its institution's plan (creating it if new); a CSV
 * or XLSX sheet adds and updates offerings, or with `--history` past offerings. Everything is
 * checked before anything is written.
 */
export async function runImport(file: string, options: ImportOptions): Promise<ExitCode> {
	const extension = extname(file).toLowerCase();
	const atFile = (problem: Problem): Problem => ({ ...problem, path: `${file}: ${problem.path}` });
	const sheet = extension === ".csv" || extension === ".xlsx";
	return withStore(options.db, async (context) => {
		if (options.history && !sheet)
			throw new KairosError("bad_request", "--history takes a sheet", {
				problems: [{ path: file, message: "is not a history sheet: use a .csv or .xlsx file" }],
			});
		const bytes = await readInput(file);
		if (sheet) {
			const institutionId = await chooseInstitution(context.store.db, options.institution);
			const importSheet = options.history ? importHistorySheet : importOfferingsSheet;
			const result = await importSheet(
				context,
				institutionId,
				{ bytes, format: extension === ".csv" ? "csv" : "xlsx" },
				commandLine,
				{ onProgress: progressReporter(), relabel: atFile },
			);
			const what = options.history ? "past offerings" : "offerings";
			process.stdout.write(
				`${file}: ${result.added} ${what} added, ${result.updated} updated in ${institutionId} (plan version ${result.planVersion})\n`,
			);
			return ExitCode.Done;
		}
		const decoded = planText(bytes, file);
		if (!decoded.ok)
			throw new KairosError("validation_failed", "the file is not UTF-8", {
				problems: decoded.problems,
			});
		const { text } = decoded;
		const parsed = parseText(text, detectFormat(text, file), file);
		if (!parsed.ok)
			throw new KairosError("validation_failed", "the file does not parse", {
				problems: parsed.problems,
			});
		const institutionId =
			options.institution ?? (parsed.value as { institution?: { id?: unknown } }).institution?.id;
		if (typeof institutionId !== "string")
			throw new KairosError("validation_failed", "no institution", {
				problems: [{ path: "institution.id", message: "is required" }],
			});
		const { plan, planVersion } = await replacePlan(
			context,
			institutionId,
			parsed.value,
			commandLine,
			{ mayCreate: true },
		);
		process.stdout.write(
			`${file}: imported the plan of ${plan.institution.name} (${institutionId}): ${plan.offerings.length} offerings, plan version ${planVersion}\n`,
		);
		return ExitCode.Done;
	});
}

async function readInput(file: string): Promise<Buffer> {
	try {
		return await readFile(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new KairosError("bad_request", `${file} cannot be read`, {
			problems: [
				{ path: file, message: code === "ENOENT" ? "no such file" : `cannot be read (${code})` },
			],
		});
	}
}

/** Draws a progress bar on stderr when it is a terminal; silent otherwise. */
function progressReporter(): ((done: number, total: number) => void) | undefined {
	if (!process.stderr.isTTY) return undefined;
	return (done, total) => {
		process.stderr.write(`\r${progressBar(done, total, 30)}${done >= total ? "\n" : ""}`);
	};
}
