import { decisionOf, type Offering, type RecordedDecision } from "../model/offering.ts";
import type { PlanFile } from "../model/plan-file.ts";
import { recordChange } from "../store/audit-repository.ts";
import {
	completeFollowThrough,
	followThroughsOf,
	moveRegistration,
	movingStates,
	type Registrant,
	registrantsToTell,
} from "../store/follow-through-repository.ts";
import { listInstitutions } from "../store/institution-repository.ts";
import { isListed } from "./catalogue.ts";
import { nowIso, type ServiceContext, todayFor } from "./context.ts";
import { followThroughMail, type Move, type NamedCourse } from "./follow-through-mail.ts";
import { mailLanguage } from "./mail-content.ts";
import { mailQueued, queueMail } from "./mail-queue.ts";
import { currentPlan } from "./plans.ts";
import { coursePageUrl } from "./public-urls.ts";
import { lockedPlan } from "./resources.ts";

/** Who the audit log says followed a decision through. */
const actor = "job:follow-through";
/** The most other courses a cancellation mail suggests. */
const maxAlternatives = 3;

/** What one sweep did: offerings followed through, mails queued, registrations moved. */
export interface FollowThroughSweep {
	offerings: number;
	mails: number;
	moved: number;
}

/**
 * Follows through every decided offering of every institution whose registrants have not all
 * been told of its decision: one transaction per offering (`followThroughOffering`). Safe to
 * run again, after a crash and in several processes at once: a completed follow-through is
 * recorded in the transaction that did it, and each mail has a dedupe key.
 */
export async function followThroughDecisions(context: ServiceContext): Promise<FollowThroughSweep> {
	const sweep: FollowThroughSweep = { offerings: 0, mails: 0, moved: 0 };
	for (const { id: institutionId } of await listInstitutions(context.store.db)) {
		const { plan } = await currentPlan(context, institutionId, undefined);
		const done = new Set(
			(await followThroughsOf(context.store.db, institutionId)).map(
				(entry) => `${entry.offeringId}\u0000${entry.outcome}`,
			),
		);
		for (const offering of plan.offerings) {
			const outcome = decisionOf(offering)?.outcome;
			if (outcome === undefined || done.has(`${offering.id}\u0000${outcome}`)) continue;
			const result = await followThroughOffering(context, institutionId, offering.id);
			if (!result) continue;
			sweep.offerings += 1;
			sweep.mails += result.mails;
			sweep.moved += result.moved;
		}
	}
	return sweep;
}

/**
 * Tells every registrant of one decided offering, in one transaction under the institution's
 * lock: a mail each in their language (queued with the dedupe key
 * `follow-through:<institution>:<offering>:<registration>:<outcome>`), the registrations of a
 * postponed or merged course moved to the offering it went into (all but enrolments, which
 * need a person), the follow-through recorded as complete and an audit entry with the counts.
 * An offering that ended before its decision was followed through gets no mail. Undefined when
 * there is nothing to do (no decision now, or done meanwhile).
 */
export async function followThroughOffering(
	context: ServiceContext,
	institutionId: string,
	offeringId: string,
): Promise<{ mails: number; moved: number } | undefined> {
	const result = await context.store.db.transaction().execute(async (trx) => {
		const plan = await lockedPlan(trx, institutionId);
		const offering = plan.offerings.find((entry) => entry.id === offeringId);
		const decision = offering && decisionOf(offering);
		if (!offering || !decision) return undefined;
		const done = await followThroughsOf(trx, institutionId, [offeringId]);
		if (done.some((entry) => entry.outcome === decision.outcome)) return undefined;
		const today = todayFor(context, plan.institution.timezone);
		const at = nowIso(context);
		const target = movesInto(plan, decision);
		const registrants =
			today > offering.end ? [] : await registrantsToTell(trx, institutionId, offeringId);
		const moved: string[] = [];
		let mails = 0;
		for (const registrant of registrants) {
			let move: Move | undefined;
			if (target) {
				const moving = (movingStates as readonly string[]).includes(registrant.state);
				if (!moving) move = "notMoved";
				else if (await moveRegistration(trx, institutionId, registrant.id, target.id)) {
					move = "moved";
					moved.push(registrant.id);
				} else move = "alreadyThere";
			}
			const mail = followThroughMail({
				language: registrant.language,
				name: registrant.name,
				institution: plan.institution,
				outcome: decision.outcome,
				course: named(context, plan, offering, registrant, today),
				...(target &&
					move && { moved: { to: named(context, plan, target, registrant, today), move } }),
				...(decision.outcome === "no-go" && {
					alternatives: alternativesTo(plan, offering, today).map((entry) =>
						named(context, plan, entry, registrant, today),
					),
				}),
			});
			const contact = (target ?? offering).contact ?? offering.contact;
			const queued = await queueMail(
				trx,
				{ to: registrant.email, ...mail, ...(contact && { replyTo: contact.email }) },
				at,
				{
					institutionId,
					dedupeKey: `follow-through:${institutionId}:${offeringId}:${registrant.id}:${decision.outcome}`,
				},
			);
			if (queued) mails += 1;
		}
		const followThrough = {
			institutionId,
			offeringId,
			outcome: decision.outcome,
			into: target?.id ?? null,
			completedAt: at,
			mails,
			moved: moved.length,
		};
		// Under the institution's lock no other run can have recorded it since the check above.
		if (!(await completeFollowThrough(trx, followThrough)))
			throw new Error(`the follow-through of ${institutionId}/${offeringId} was recorded twice`);
		await recordChange(
			trx,
			actor,
			{
				institutionId,
				action: "follow-through",
				entity: "offering",
				entityId: offeringId,
				before: null,
				after: {
					outcome: decision.outcome,
					...(target && { into: target.id }),
					registrants: registrants.length,
					mails,
					moved: moved.length,
					movedRegistrations: moved,
					...(today > offering.end && { ended: offering.end }),
				},
			},
			at,
		);
		return { mails, moved: moved.length };
	});
	if (result && result.mails > 0) mailQueued(context);
	return result;
}

/** The offering a postponed or merged course's registrants move into. */
function movesInto(plan: PlanFile, decision: RecordedDecision): Offering | undefined {
	if (decision.outcome !== "postpone" && decision.outcome !== "merge") return undefined;
	return plan.offerings.find((entry) => entry.id === decision.into);
}

/** An offering as a registrant's mail names it: with its page in their language, when public. */
function named(
	context: ServiceContext,
	plan: PlanFile,
	offering: Offering,
	registrant: Registrant,
	today: string,
): NamedCourse {
	const url = isListed(offering, today)
		? coursePageUrl(
				context.publicUrl,
				mailLanguage(registrant.language),
				plan.institution.id,
				offering.id,
			)
		: undefined;
	return { offering, url };
}

/**
 * Other courses a cancelled one's registrants may take instead: in the catalogue and not
 * decided against, of the same field, else of the next intake; the earliest few.
 */
export function alternativesTo(plan: PlanFile, cancelled: Offering, today: string): Offering[] {
	const open = plan.offerings.filter((offering) => {
		const outcome = decisionOf(offering)?.outcome;
		return (
			offering.id !== cancelled.id &&
			isListed(offering, today) &&
			(outcome === undefined || outcome === "go")
		);
	});
	const sameField =
		cancelled.field === undefined
			? []
			: open.filter((offering) => offering.field === cancelled.field);
	const intake = plan.intakes.find((entry) => entry.id === cancelled.intake);
	const next = [...plan.intakes]
		.filter((entry) => entry.studiesStart > (intake?.studiesStart ?? cancelled.start))
		.sort((a, b) => a.studiesStart.localeCompare(b.studiesStart))[0];
	const chosen =
		sameField.length > 0 ? sameField : open.filter((offering) => offering.intake === next?.id);
	return chosen
		.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id))
		.slice(0, maxAlternatives);
}
