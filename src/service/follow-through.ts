import { randomBytes } from "node:crypto";
import type { Transaction } from "kysely";
import { decisionOf, type Offering, type RecordedDecision } from "../model/offering.ts";
import type { PlanFile } from "../model/plan-file.ts";
import { freePlaces } from "../model/registration-lifecycle.ts";
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
import { lockOfferingRegistrations, offeringRegistrationsKey } from "../store/locks.ts";
import {
	countPlacesTaken,
	nextWaitlistOrder,
	renewUnsubscribeToken,
} from "../store/registration-state-repository.ts";
import type { Database } from "../store/schema.ts";
import { isListed } from "./catalogue.ts";
import { nowIso, type ServiceContext, todayFor } from "./context.ts";
import { digest } from "./digest.ts";
import {
	type FollowThroughMailDetails,
	followThroughMail,
	type Move,
	type NamedCourse,
} from "./follow-through-mail.ts";
import { requestJob } from "./jobs/job.ts";
import { learnerLinks } from "./learner-links.ts";
import { type LearnerMailFrame, queueLearnerMail } from "./learner-mail.ts";
import { mailQueued } from "./mail-queue.ts";
import { currentPlan } from "./plans.ts";
import { lockedPlan } from "./resources.ts";

/** Who the audit log says followed a decision through. */
const actor = "job:follow-through";
/** The most other courses a cancellation mail suggests. */
const maxAlternatives = 3;

/** What one sweep did: offerings followed through, mails queued, registrations moved. */
export type FollowThroughSweep = { offerings: number; mails: number; moved: number };

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
		const waitlisted: string[] = [];
		let mails = 0;
		// Both offerings' registrations change: nobody promotes from either waitlist meanwhile.
		if (target)
			await lockOfferingRegistrations(trx, { institutionId, offeringId }, [
				offeringRegistrationsKey({ institutionId, offeringId: target.id }),
			]);
		// The applications that move take the target's free places, oldest first; the rest wait.
		let free =
			target &&
			freePlaces(
				await countPlacesTaken(trx, { institutionId, offeringId: target.id }),
				target.participants.max,
			);
		const alternatives =
			decision.outcome === "no-go" ? alternativesTo(plan, offering, today) : undefined;
		for (const registrant of registrants) {
			let move: Move | undefined;
			if (target) {
				const placed = registrant.state === "applied" && free !== undefined && free > 0;
				move = (movingStates as readonly string[]).includes(registrant.state)
					? await moveInto(trx, institutionId, registrant, target.id, placed, at)
					: "notMoved";
				if (move === "moved" || move === "waitlisted") moved.push(registrant.id);
				if (move === "waitlisted") waitlisted.push(registrant.id);
				if (move === "moved" && placed) free = (free ?? 0) - 1;
			}
			const course = (entry: Offering) => named(context, plan, entry, registrant, today);
			if (
				await tell(trx, context, registrant, at, {
					institutionId,
					dedupeKey: `follow-through:${institutionId}:${offeringId}:${registrant.id}:${decision.outcome}`,
					details: {
						languages: plan.institution.languages ?? [],
						outcome: decision.outcome,
						course: course(offering),
						...(target && move && { moved: { to: course(target), move } }),
						...(alternatives && { alternatives: alternatives.map(course) }),
					},
					institutionName: plan.institution.name,
					contact: (target ?? offering).contact ?? offering.contact,
				})
			)
				mails += 1;
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
					...(waitlisted.length > 0 && { waitlistedRegistrations: waitlisted }),
					...(today > offering.end && { ended: offering.end }),
				},
			},
			at,
		);
		return { mails, moved: moved.length };
	});
	if (result && result.mails > 0) mailQueued(context);
	// A waitlist that moved may find free places in the course it moved to.
	if (result && result.moved > 0) requestJob(context, "registration-notices");
	return result;
}

/**
 * Queues one registrant's mail in its frame (`queueLearnerMail`: the unsubscribe link, the link
 * to their data), once only by its dedupe key. Each mail brings a fresh unsubscribe link, as
 * only the links' hashes are kept. Returns whether it was queued now.
 */
async function tell(
	trx: Transaction<Database>,
	context: ServiceContext,
	registrant: Registrant,
	at: string,
	mail: {
		institutionId: string;
		dedupeKey: string;
		details: Omit<FollowThroughMailDetails, "frame">;
		institutionName: string;
		contact: Offering["contact"];
	},
): Promise<boolean> {
	const token = randomBytes(32).toString("base64url");
	const frame: LearnerMailFrame = {
		language: registrant.language,
		name: registrant.name,
		institutionName: mail.institutionName,
		contact: mail.contact && { name: mail.contact.name, email: mail.contact.email },
		unsubscribeUrl: learnerLinks.unsubscribe(context, registrant.language, token),
	};
	const queued = await queueLearnerMail(
		trx,
		context,
		followThroughMail({ ...mail.details, frame }),
		{ to: registrant.email, institutionId: mail.institutionId, dedupeKey: mail.dedupeKey },
		at,
	);
	if (queued) await renewUnsubscribeToken(trx, registrant.id, digest(token));
	return queued;
}

/**
 * Moves a registration into the offering a course went into: an interest as it is, an
 * application into a free place there when `placed`, and one on the waitlist, or an application
 * that found the new group full, to the end of the new one's line, so the
 * `registration-notices` job promotes it when a place is free there.
 */
async function moveInto(
	trx: Transaction<Database>,
	institutionId: string,
	registrant: Registrant,
	targetId: string,
	placed: boolean,
	at: string,
): Promise<Move> {
	const waits = registrant.state === "waitlisted" || (registrant.state === "applied" && !placed);
	const waitlistOrder = waits
		? await nextWaitlistOrder(trx, { institutionId, offeringId: targetId })
		: undefined;
	const target = { offeringId: targetId, waitlistOrder };
	if (!(await moveRegistration(trx, institutionId, registrant.id, target, at)))
		return "alreadyThere";
	return waits && registrant.state === "applied" ? "waitlisted" : "moved";
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
		? learnerLinks.course(context, registrant.language, plan.institution.id, offering.id)
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
