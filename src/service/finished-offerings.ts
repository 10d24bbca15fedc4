import type { Transaction } from "kysely";
import { localDate } from "../engine/days.ts";
import {
	cancels,
	finalCountsFromPlan,
	finalCountsFromRegistrations,
	type StoredRegistration,
} from "../engine/final-counts.ts";
import { pastOfferingOf } from "../engine/past-offering.ts";
import { plannedWithHolidays } from "../holidays/plan-with-holidays.ts";
import { decisionOf, type Offering, type PastOffering } from "../model/offering.ts";
import type { PlanFile } from "../model/plan-file.ts";
import { formatProblem } from "../model/problems.ts";
import { validatePlan } from "../model/validate.ts";
import { recordChange } from "../store/audit-repository.ts";
import { type FollowThrough, followThroughsOf } from "../store/follow-through-repository.ts";
import { listInstitutions } from "../store/institution-repository.ts";
import { registrationsToCount } from "../store/registration-state-repository.ts";
import { bumpPlanVersion, deleteResources, insertResource } from "../store/resource-repository.ts";
import type { Database } from "../store/schema.ts";
import { nowIso, type ServiceContext, todayFor } from "./context.ts";
import { planChanged } from "./plan-changes.ts";
import { currentPlan } from "./plans.ts";
import { lockedPlan } from "./resources.ts";

/** Who the audit log says moved finished offerings into the history. */
const actor = "job:history";

/** A finished offering left in the plan, and the offering whose decision still moves into it. */
export interface KeptOffering {
	id: string;
	referredBy: string;
}

/** What one institution's move did: the history rows added, and the finished offerings kept. */
export interface HistoryMove {
	moved: PastOffering[];
	kept: KeptOffering[];
}

/**
 * Moves the finished offerings of every institution into its history
 * (`moveFinishedOfferingsOf`), and says how many moved and how many finished ones stay.
 */
export async function moveFinishedOfferings(
	context: ServiceContext,
): Promise<{ movedToHistory: number; keptInPlan: number }> {
	let movedToHistory = 0;
	let keptInPlan = 0;
	for (const { id } of await listInstitutions(context.store.db)) {
		const { moved, kept } = await moveFinishedOfferingsOf(context, id);
		movedToHistory += moved.length;
		keptInPlan += kept.length;
	}
	return { movedToHistory, keptInPlan };
}

/**
 * Moves an institution's finished offerings (`hasFinished`, by its own today) from its plan
 * into its `history`, with their real counts (docs/analysis.md), in one transaction under the
 * institution's lock: the offerings go, the history rows come, the whole plan is validated, the
 * plan version is bumped once and one audit entry names each move. A finished offering that an
 * offering staying in the plan still moves into (a merger's or postponement's `into`) stays
 * too, as the plan would not be valid without it; it is `kept`. Nothing is written when nothing
 * moves, so a second run changes nothing.
 */
async function moveFinishedOfferingsOf(
	context: ServiceContext,
	institutionId: string,
): Promise<HistoryMove> {
	// A look without the lock first: on most days nothing has finished.
	const { plan: current } = await currentPlan(context, institutionId, undefined);
	const today = todayFor(context, current.institution.timezone);
	const doneBefore = await followThroughsOf(context.store.db, institutionId);
	if (!current.offerings.some((offering) => hasFinished(offering, today, doneBefore)))
		return { moved: [], kept: [] };
	const result = await context.store.db.transaction().execute(async (trx) => {
		const plan = await lockedPlan(trx, institutionId);
		const done = await followThroughsOf(trx, institutionId);
		const finished = plan.offerings.filter((offering) => hasFinished(offering, today, done));
		const { moving, kept } = movable(plan, finished);
		if (moving.length === 0) return { moved: [], kept };
		const counted = await storedRegistrations(trx, plan, moving);
		const { report } = plannedWithHolidays(plan, { today });
		const entries = new Map(report.offerings.map((entry) => [entry.id, entry]));
		const languages = plan.institution.languages ?? [];
		const moved = moving.map((offering) => {
			const entry = entries.get(offering.id);
			if (!entry) throw new Error(`the report has no entry for offering "${offering.id}"`);
			return pastOfferingOf(offering, entry, finalCounts(offering, counted), languages);
		});
		const ids = new Set(moving.map((offering) => offering.id));
		const after: PlanFile = {
			...plan,
			offerings: plan.offerings.filter((offering) => !ids.has(offering.id)),
			history: [...(plan.history ?? []), ...moved],
		};
		const validation = validatePlan(after);
		if (!validation.ok)
			throw new Error(
				`moving ${[...ids].join(", ")} of ${institutionId} into the history would leave the plan invalid: ${validation.problems.map(formatProblem).join("; ")}`,
			);
		const at = nowIso(context);
		const version = await bumpPlanVersion(trx, institutionId, at);
		await deleteResources(trx, "offerings", institutionId, [...ids]);
		for (const past of moved)
			await insertResource(trx, "past_offerings", institutionId, past, { version, at });
		await recordChange(
			trx,
			actor,
			{
				institutionId,
				action: "move-to-history",
				entity: "plan",
				entityId: institutionId,
				before: { offerings: moving },
				after: { history: moved, ...(kept.length > 0 && { kept }) },
			},
			at,
		);
		return { moved, kept };
	});
	if (result.moved.length > 0) planChanged(context);
	return result;
}

/**
 * Whether an offering has finished on `today`: one that ran (decided go, or never decided) once
 * its last day is past; a cancelled one (no-go, postponed, merged) once its start is past and
 * its registrants have been told (its follow-through is done).
 */
function hasFinished(offering: Offering, today: string, done: readonly FollowThrough[]): boolean {
	const decision = decisionOf(offering);
	if (!cancels(decision?.outcome)) return offering.end < today;
	return (
		offering.start < today &&
		done.some((entry) => entry.offeringId === offering.id && entry.outcome === decision?.outcome)
	);
}

/**
 * The finished offerings that can leave the plan: all but those that an offering staying in
 * the plan moves into, which stay with it (and so, in turn, may keep others).
 */
function movable(
	plan: PlanFile,
	finished: readonly Offering[],
): { moving: Offering[]; kept: KeptOffering[] } {
	const moving = new Set(finished.map((offering) => offering.id));
	const kept: KeptOffering[] = [];
	for (let changed = true; changed; ) {
		changed = false;
		for (const offering of plan.offerings) {
			const into = decisionOf(offering)?.into;
			if (moving.has(offering.id) || into === undefined || !moving.has(into)) continue;
			moving.delete(into);
			kept.push({ id: into, referredBy: offering.id });
			changed = true;
		}
	}
	return { moving: finished.filter((offering) => moving.has(offering.id)), kept };
}

/** The moving offerings' stored registrations by offering, their times as the institution's days. */
async function storedRegistrations(
	trx: Transaction<Database>,
	plan: PlanFile,
	moving: readonly Offering[],
): Promise<Map<string, StoredRegistration[]>> {
	const { id, timezone } = plan.institution;
	const day = (at: string | null) => (at === null ? null : localDate(new Date(at), timezone));
	const byOffering = new Map<string, StoredRegistration[]>();
	const rows = await registrationsToCount(
		trx,
		id,
		moving.map((offering) => offering.id),
	);
	for (const row of rows) {
		const list = byOffering.get(row.offeringId) ?? [];
		list.push({
			state: row.state,
			source: row.source,
			appliedOn: day(row.appliedAt),
			withdrawnOn: day(row.withdrawnAt),
		});
		byOffering.set(row.offeringId, list);
	}
	return byOffering;
}

/**
 * The offering's real counts: from its stored registrations when any of them ever took a place,
 * else from the plan's own counts. A cancelled course counts those registered on the day it was
 * decided, or on its start when the plan gives no day.
 */
function finalCounts(offering: Offering, counted: ReadonlyMap<string, StoredRegistration[]>) {
	const decision = decisionOf(offering);
	const finished = {
		outcome: cancels(decision?.outcome) ? ("cancelled" as const) : ("ran" as const),
		decidedOn: decision?.decidedOn ?? offering.start,
		max: offering.participants.max,
	};
	return (
		finalCountsFromRegistrations(counted.get(offering.id) ?? [], finished) ??
		finalCountsFromPlan(offering.registrations, offering.participants.max)
	);
}
