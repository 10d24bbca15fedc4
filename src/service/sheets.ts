import type { Problem } from "../model/problems.ts";
import {
	csvTable,
	decodeCsv,
	historyProblemInSheet,
	historySheetName,
	historyToXlsx,
	offeringsToXlsx,
	problemInSheet,
	readHistorySheet,
	readTable,
	type SheetTable,
	xlsxTable,
} from "../sheets/index.ts";
import type { Actor } from "./actor.ts";
import type { ServiceContext } from "./context.ts";
import { KairosError } from "./errors.ts";
import { importHistory, importOfferings, type SheetImport } from "./imports.ts";
import { getPlan } from "./plans.ts";

/** The two kinds of sheet Kairos reads and writes. */
export type SheetFormat = "csv" | "xlsx";

/** A sheet as a file: its bytes and which kind of sheet they are. */
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
): Promise<SheetImport> {
	const relabel = options.relabel ?? ((problem: Problem) => problem);
	// A text cell beside its translations (title, title.en) is in the first of these.
	const { languages } = (await getPlan(context, institutionId)).plan.institution;
	const reading = { onProgress: options.onProgress, languages };
	const table = await sheetTableOf(file, "offerings");
	const sheet = table.ok ? readTable(table.header, table.rows, reading) : table;
	if (!sheet.ok) throw sheetProblems(sheet.problems.map(relabel));
	return importOfferings(
		context,
		institutionId,
		sheet.offerings,
		actor,
		(problem, sheetIndexOf) => relabel(problemInSheet(problem, sheet, sheetIndexOf)),
		{ expectedVersion: options.expectedVersion },
	);
}

/**
 * Reads a history sheet (CSV in UTF-8 or UTF-16, or XLSX) and merges its past offerings into
 * the institution's plan `history` by id (`importHistory`). Every cell and row is checked
 * first, then the whole plan with the sheet in it (a past offering with an offering's id is
 * refused); any problem, each named by its row and column, refuses the whole sheet and changes
 * nothing.
 */
export async function importHistorySheet(
	context: ServiceContext,
	institutionId: string,
	file: SheetFile,
	actor: Actor,
	options: SheetImportOptions = {},
): Promise<SheetImport> {
	const relabel = options.relabel ?? ((problem: Problem) => problem);
	const table = await sheetTableOf(file, historySheetName);
	const sheet = readHistorySheet(table, { onProgress: options.onProgress });
	if (!sheet.ok) throw sheetProblems(sheet.problems.map(relabel));
	return importHistory(
		context,
		institutionId,
		sheet.history,
		actor,
		(problem, sheetIndexOf) =>
			relabel(historyProblemInSheet(problem, sheet.placement, sheetIndexOf)),
		{ expectedVersion: options.expectedVersion },
	);
}

/** An institution's history (past offerings) as an XLSX workbook, with its plan version. */
export async function historyWorkbook(
	context: ServiceContext,
	institutionId: string,
): Promise<{ bytes: Uint8Array; planVersion: number }> {
	const { plan, planVersion } = await getPlan(context, institutionId);
	return { bytes: await historyToXlsx(plan.history ?? []), planVersion };
}

/** The error of a sheet that imports nothing, with every problem found in it. */
export function sheetProblems(problems: Problem[]): KairosError {
	return new KairosError("validation_failed", "the sheet has problems: nothing was imported", {
		problems,
	});
}

/**
 * A sheet file's header and rows: of an XLSX workbook's worksheet named `sheetName` (else its
 * first), or of a CSV once its bytes are known to be UTF-8 or UTF-16 text.
 */
export async function sheetTableOf(file: SheetFile, sheetName: string): Promise<SheetTable> {
	if (file.format === "xlsx") return xlsxTable(file.bytes, sheetName);
	const decoded = decodeCsv(file.bytes);
	return decoded.ok ? csvTable(decoded.text) : decoded;
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
