import { decisionOf, type Offering } from "../model/offering.ts";
import type { Problem } from "../model/problems.ts";
import type { Actor } from "./actor.ts";
import type { ServiceContext } from "./context.ts";
import { KairosError } from "./errors.ts";
import { getPlan, replacePlan } from "./plans.ts";

/**
 * Re-words a problem of the merged plan (`offerings[14].intake`) as the sheet's row and column;
 * `sheetIndexOf` maps an offering's index in the plan to its index in the sheet.
 */
export type SheetLocator = (
	problem: Problem,
	sheetIndexOf: (planIndex: number) => number | undefined,
) => Problem;

/** What an import of offerings may rely on. */
export interface ImportOptions {
	/** The plan version the caller last saw (`If-Match`); default: the version read here. */
	expectedVersion?: number | undefined;
}

export interface OfferingsImport {
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
 * nothing.
 */
export async function importOfferings(
	context: ServiceContext,
	institutionId: string,
	sheet: readonly Offering[],
	actor: Actor,
	locate: SheetLocator = (problem) => problem,
	options: ImportOptions = {},
): Promise<OfferingsImport> {
	const seen = new Map<string, number>();
	sheet.forEach((offering, index) => {
		const first = seen.get(offering.id);
		if (first !== undefined) {
			throw new KairosError("validation_failed", "the sheet repeats an offering id", {
				problems: [
					{
						path: `offering ${index + 1}`,
						message: `${JSON.stringify(offering.id)} is also offering ${first + 1}`,
					},
				],
			});
		}
		seen.set(offering.id, index);
	});
	const { plan, planVersion } = await getPlan(context, institutionId);
	const offerings = [...plan.offerings];
	const indexById = new Map(offerings.map((offering, index) => [offering.id, index]));
	let added = 0;
	for (const incoming of sheet) {
		const index = indexById.get(incoming.id);
		const existing = index === undefined ? undefined : offerings[index];
		if (index === undefined || existing === undefined) {
			indexById.set(incoming.id, offerings.length);
			offerings.push(incoming);
			added += 1;
			continue;
		}
		offerings[index] = {
			...incoming,
			...(existing.modules && { modules: existing.modules }),
			...(existing.released !== undefined && { released: existing.released }),
			...(existing.milestoneStatus && { milestoneStatus: existing.milestoneStatus }),
			...(existing.registrations && { registrations: existing.registrations }),
			...(sameOutcome(existing, incoming) && { decision: existing.decision }),
		};
	}
	const sheetIndexOf = (planIndex: number) => {
		const id = offerings[planIndex]?.id;
		return id === undefined ? undefined : seen.get(id);
	};
	const result = await replacePlan(context, institutionId, { ...plan, offerings }, actor, {
		expectedVersion: options.expectedVersion ?? planVersion,
		mayCreate: false,
	}).catch((error: unknown) => {
		if (!(error instanceof KairosError) || error.code !== "validation_failed") throw error;
		throw new KairosError(error.code, error.message, {
			problems: error.problems.map((problem) => locate(problem, sheetIndexOf)),
		});
	});
	return { added, updated: sheet.length - added, planVersion: result.planVersion };
}
