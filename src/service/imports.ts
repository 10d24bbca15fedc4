import { decisionOf, type Offering, type PastOffering } from "../model/offering.ts";
import type { PlanFile } from "../model/plan-file.ts";
import type { Problem } from "../model/problems.ts";
import { storedAlike } from "../store/plan-repository.ts";
import type { Actor } from "./actor.ts";
import type { ServiceContext } from "./context.ts";
import { KairosError } from "./errors.ts";
import { getPlan, replacePlan } from "./plans.ts";

/**
 * Re-words a problem of the merged plan (`offerings[14].intake`, `history[3].id`) as the sheet's
 * row and column; `sheetIndexOf` maps a record's index in the plan's list to its index in the sheet.
 */
export type SheetLocator = (
	problem: Problem,
	sheetIndexOf: (planIndex: number) => number | undefined,
) => Problem;

/** What an import of a sheet may rely on. */
export interface ImportOptions {
	/** The plan version the caller last saw (`If-Match`); default: the version read here. */
	expectedVersion?: number | undefined;
}

/**
 * What an import changed: records whose id was new, records whose id was known and whose value
 * the sheet changed, and the plan version after it (the same when nothing changed).
 */
export interface SheetImport {
	added: number;
	updated: number;
	planVersion: number;
}

/**
 * Whether a sheet's decision cell says what the plan's decision is: then the plan's is kept
 * whole, with its reason, target, who and when, which the cell cannot hold.
 */
function sameOutcome(existing: Offering, incoming: Offering): boolean {
	const outcome = decisionOf(incoming)?.outcome;
	return outcome !== undefined && decisionOf(existing)?.outcome === outcome;
}

/**
 * Merges offerings from a spreadsheet into an institution's plan: a new id is added at the end,
 * a known id is replaced but keeps the modules, release state, milestone progress,
 * registrations and recorded decision (when the sheet gives its outcome) that a sheet cannot
 * hold. The whole plan is validated and written in one transaction, so a failed import changes
 * nothing; a sheet that changes nothing writes nothing (`replacePlan`).
 */
export async function importOfferings(
	context: ServiceContext,
	institutionId: string,
	sheet: readonly Offering[],
	actor: Actor,
	locate: SheetLocator = (problem) => problem,
	options: ImportOptions = {},
): Promise<SheetImport> {
	const seen = sheetIndexById(sheet, "offering");
	const { plan, planVersion } = await getPlan(context, institutionId);
	const { merged: offerings, ...counts } = mergeById(
		plan.offerings,
		sheet,
		(existing, incoming) => ({
			...incoming,
			...(existing.modules && { modules: existing.modules }),
			...(existing.released !== undefined && { released: existing.released }),
			...(existing.milestoneStatus && { milestoneStatus: existing.milestoneStatus }),
			...(existing.registrations && { registrations: existing.registrations }),
			...(sameOutcome(existing, incoming) && { decision: existing.decision }),
		}),
	);
	const written = await writeImport(
		context,
		institutionId,
		{ ...plan, offerings },
		actor,
		(problem) => locate(problem, sheetIndexIn(offerings, seen)),
		options.expectedVersion ?? planVersion,
	);
	return { ...counts, planVersion: written };
}

/**
 * Merges past offerings from a history sheet into an institution's plan `history`: a new id is
 * added at the end, a known id replaced whole. The whole plan is validated (a past offering
 * with an offering's id is refused) and written in one transaction with the version check and
 * the audit entry, so a failed import changes nothing.
 */
export async function importHistory(
	context: ServiceContext,
	institutionId: string,
	sheet: readonly PastOffering[],
	actor: Actor,
	locate: SheetLocator = (problem) => problem,
	options: ImportOptions = {},
): Promise<SheetImport> {
	const seen = sheetIndexById(sheet, "past offering");
	const { plan, planVersion } = await getPlan(context, institutionId);
	const { merged: history, ...counts } = mergeById(
		plan.history ?? [],
		sheet,
		(_, incoming) => incoming,
	);
	const written = await writeImport(
		context,
		institutionId,
		{ ...plan, history },
		actor,
		(problem) => locate(problem, sheetIndexIn(history, seen)),
		options.expectedVersion ?? planVersion,
	);
	return { ...counts, planVersion: written };
}

/** Each record's index in the sheet by its id; an id given twice refuses the sheet. */
function sheetIndexById(sheet: readonly { id: string }[], noun: string): Map<string, number> {
	const seen = new Map<string, number>();
	sheet.forEach((record, index) => {
		const first = seen.get(record.id);
		if (first !== undefined) {
			throw new KairosError("validation_failed", `the sheet repeats ${noun} id`, {
				problems: [
					{
						path: `${noun} ${index + 1}`,
						message: `${JSON.stringify(record.id)} is also ${noun} ${first + 1}`,
					},
				],
			});
		}
		seen.set(record.id, index);
	});
	return seen;
}

/** Maps an index in the merged list to the index in the sheet of the record with its id. */
function sheetIndexIn(
	merged: readonly { id: string }[],
	seen: ReadonlyMap<string, number>,
): (planIndex: number) => number | undefined {
	return (planIndex) => {
		const id = merged[planIndex]?.id;
		return id === undefined ? undefined : seen.get(id);
	};
}

/**
 * A list with the sheet's records in it: a new id at the end (added), a known one replaced in
 * place (updated, unless the replacement is stored alike).
 */
function mergeById<T extends { id: string }>(
	current: readonly T[],
	sheet: readonly T[],
	replace: (existing: T, incoming: T) => T,
): { merged: T[]; added: number; updated: number } {
	const merged = [...current];
	const indexById = new Map(merged.map((record, index) => [record.id, index]));
	let added = 0;
	let updated = 0;
	for (const incoming of sheet) {
		const index = indexById.get(incoming.id);
		const existing = index === undefined ? undefined : merged[index];
		if (index === undefined || existing === undefined) {
			indexById.set(incoming.id, merged.length);
			merged.push(incoming);
			added += 1;
		} else {
			const replacement = replace(existing, incoming);
			if (!storedAlike(existing, replacement)) updated += 1;
			merged[index] = replacement;
		}
	}
	return { merged, added, updated };
}

/**
 * Replaces the plan with the merged one if it is still at `expectedVersion`, in one
 * transaction with its audit entry; a plan problem is re-worded by `relocate` (as its sheet
 * row and column). Gives the plan version after it.
 */
async function writeImport(
	context: ServiceContext,
	institutionId: string,
	plan: PlanFile,
	actor: Actor,
	relocate: (problem: Problem) => Problem,
	expectedVersion: number,
): Promise<number> {
	const result = await replacePlan(context, institutionId, plan, actor, {
		expectedVersion,
		mayCreate: false,
	}).catch((error: unknown) => {
		if (!(error instanceof KairosError) || error.code !== "validation_failed") throw error;
		throw new KairosError(error.code, error.message, { problems: error.problems.map(relocate) });
	});
	return result.planVersion;
}
