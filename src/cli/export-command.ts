import { writeFile } from "node:fs/promises";
import { serializePlan } from "../model/serialize.ts";
import { KairosError } from "../service/errors.ts";
import { getPlan } from "../service/plans.ts";
import { historyToCsv, historyToXlsx, offeringsToCsv, offeringsToXlsx } from "../sheets/index.ts";
import { ExitCode } from "./exit-codes.ts";
import { chooseInstitution } from "./institution-choice.ts";
import { withStore } from "./store-command.ts";

export type ExportFormat = "plan" | "csv" | "xlsx";

export interface ExportOptions {
	format: ExportFormat;
	/** The sheet holds the past offerings of the plan's history, not its offerings. */
	history?: boolean;
	institution?: string;
	output?: string;
	db?: string;
}

/**
 * `kairos export`: the plan file (YAML, or JSON for a `.json` output), or the offerings (with
 * `--history` the past offerings) as a sheet.
 */
export async function runExport(options: ExportOptions): Promise<ExitCode> {
	return withStore(options.db, async (context) => {
		if (options.history && options.format === "plan")
			throw new KairosError("bad_request", "--history writes a sheet", {
				problems: [{ path: "--format", message: "must be csv or xlsx with --history" }],
			});
		const institutionId = await chooseInstitution(context.store.db, options.institution);
		const { plan } = await getPlan(context, institutionId);
		const content = await render(options, plan);
		if (options.output) await writeFile(options.output, content);
		else if (typeof content !== "string" && process.stdout.isTTY) {
			throw new KairosError("bad_request", "an XLSX file is binary", {
				problems: [
					{
						path: "--output",
						message: `is required for xlsx on a terminal: --output ${options.history ? "history" : "offerings"}.xlsx`,
					},
				],
			});
		} else process.stdout.write(content);
		return ExitCode.Done;
	});
}

async function render(
	options: ExportOptions,
	plan: Awaited<ReturnType<typeof getPlan>>["plan"],
): Promise<string | Uint8Array> {
	switch (options.format) {
		case "plan":
			return serializePlan(plan, options.output?.toLowerCase().endsWith(".json") ? "json" : "yaml");
		case "csv":
			return options.history
				? historyToCsv(plan.history ?? [])
				: offeringsToCsv(plan.offerings, plan.institution.languages);
		case "xlsx":
			return options.history
				? historyToXlsx(plan.history ?? [])
				: offeringsToXlsx(plan.offerings, plan.institution.languages);
	}
}
