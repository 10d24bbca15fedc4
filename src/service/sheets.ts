import type { Problem } from "../model/problems.ts";
import {
	decodeCsv,
	offeringsToXlsx,
	parseOfferingsCsv,
	parseOfferingsXlsx,
	problemInSheet,
	type SheetResult,
} from "../sheets/index.ts";
import type { Actor } from "./actor.ts";
import type { ServiceContext } from "./context.ts";
import { KairosError } from "./errors.ts";
import { importOfferings, type OfferingsImport } from "./imports.ts";
import { getPlan } from "./plans.ts";

/** The two kinds of offerings sheet Kairos reads and writes. */
export type SheetFormat = "csv" | "xlsx";

/** An offerings sheet as a file: its bytes and which kind of sheet they are. */
export interface SheetFile {
	bytes: Uint8Array;
	format: SheetFormat;
}

export interface SheetImportOptions {
	/** The plan version the caller last saw (`If-Match`); the command line sends none. */
	expectedVersion?: number | undefined;
	/** Rows read so far and rows in all, about every 500 rows (the command line's progress bar). */
	onProgress?: ((done: number, total: number) => void) | undefined;
	/** Re-words each problem's path, such as putting the file's name before it. */
	relabel?: (problem: Problem) => Problem;
}

/**
 * Reads an offerings sheet (CSV in UTF-8 or UTF-16, or XLSX) and merges its offerings into the
 * institution's plan (`importOfferings`). Every cell is checked first, then the whole plan with
 * the sheet in it; any problem, each named by its row and column (`row 4, column start (E)`),
 * refuses the whole sheet and changes nothing.
 */
export async function importOfferingsSheet(
	context: ServiceContext,
	institutionId: string,
	file: SheetFile,
	actor: Actor,
	options: SheetImportOptions = {},
): Promise<OfferingsImport> {
	const relabel = options.relabel ?? ((problem: Problem) => problem);
	// A text cell beside its translations (title, title.en) is in the first of these.
	const { languages } = (await getPlan(context, institutionId)).plan.institution;
	const reading = { onProgress: options.onProgress, languages };
	const sheet =
		file.format === "csv"
			? readCsv(file.bytes, reading)
			: await parseOfferingsXlsx(file.bytes, reading);
	if (!sheet.ok)
		throw new KairosError("validation_failed", "the sheet has problems: nothing was imported", {
			problems: sheet.problems.map(relabel),
		});
	return importOfferings(
		context,
		institutionId,
		sheet.offerings,
		actor,
		(problem, sheetIndexOf) => relabel(problemInSheet(problem, sheet, sheetIndexOf)),
		{ expectedVersion: options.expectedVersion },
	);
}

type Reading = Parameters<typeof parseOfferingsCsv>[1];

/** A CSV sheet's offerings, once its bytes are known to be UTF-8 or UTF-16 text. */
function readCsv(bytes: Uint8Array, reading: Reading): SheetResult {
	const decoded = decodeCsv(bytes);
	return decoded.ok ? parseOfferingsCsv(decoded.text, reading) : decoded;
}

/** An institution's offerings as an XLSX workbook, with the plan version it was made from. */
export async function offeringsWorkbook(
	context: ServiceContext,
	institutionId: string,
): Promise<{ bytes: Uint8Array; planVersion: number }> {
	const { plan, planVersion } = await getPlan(context, institutionId);
	return {
		bytes: await offeringsToXlsx(plan.offerings, plan.institution.languages),
		planVersion,
	};
}
