import type { Transaction } from "kysely";
import { duplicateForNextIntake } from "../engine/next-intake.ts";
import { calendarOfPlan } from "../holidays/plan-with-holidays.ts";
import type { DecisionBody } from "../model/api/decisions.ts";
import { defaultTemplate } from "../model/default-template.ts";
import { nextProgress } from "../model/milestone-progress.ts";
import { decisionOf, goNoGoKey, type Offering, type RecordedDecision } from "../model/offering.ts";
import type { PlanFile } from "../model/plan-file.ts";
import { findAccountById } from "../store/account-repository.ts";
import { recordChange } from "../store/audit-repository.ts";
import { type FollowThrough, followThroughsOf } from "../store/follow-through-repository.ts";
import { writeOfferingParts } from "../store/plan-repository.ts";
import {
	bumpPlanVersion,
	getResource as getRow,
	insertResource,
	updateResource as updateRow,
} from "../store/resource-repository.ts";
import { splitOffering, type Versioned } from "../store/rows.ts";
import type { Database } from "../store/schema.ts";
import type { Actor } from "./actor.ts";
import { nowIso, type ServiceContext, todayFor } from "./context.ts";
import { KairosError, notFound } from "./errors.ts";
import { requestJob } from "./jobs/job.ts";
import { planChanged } from "./plan-changes.ts";
import { resourceKinds } from "./resource-kinds.ts";
import { checkPlan, getResource, lockedPlan, stale } from "./resources.ts";

/** An offering's decision and whether its registrants have been told. */
export interface DecisionState {
	offering: string;
	decision: RecordedDecision | undefined;
	/** The completed follow-through of the decision's outcome; undefined while it is pending. */
	followThrough: FollowThrough | undefined;
	/** The offering a postponement created in the next intake. */
	created?: string | undefined;
}

const offerings = resourceKinds.offerings;

/** The offering's decision and its follow-through, with the offering's version (its ETag). */
export async function getDecision(
	context: ServiceContext,
	institutionId: string,
	offeringId: string,
): Promise<Versioned<DecisionState>> {
	const { value, version } = await getResource(context, offerings, institutionId, offeringId);
	return { value: await stateOf(context, institutionId, value), version };
}

async function stateOf(
	context: ServiceContext,
	institutionId: string,
	offering: Offering,
): Promise<DecisionState> {
	const decision = decisionOf(offering);
	const done = await followThroughsOf(context.store.db, institutionId, [offering.id]);
	return {
		offering: offering.id,
		decision,
		followThrough: done.find((entry) => entry.outcome === decision?.outcome),
	};
}

/**
 * Records the go/no-go decision of an offering still at `expectedVersion`, in one transaction:
 * the decision with who (the account's person, else its e-mail) and the institution's today,
 * the go-no-go milestone done, and for a postponement without `into` the same course in the
 * next intake, made to move to. A postponed or merged course's decision is final, as its
 * registrants move; another decision may follow a go or no-go. The follow-through job then
 * tells every registrant (`follow-through-job.ts`).
 */
export async function recordDecision(
	context: ServiceContext,
	institutionId: string,
	offeringId: string,
	body: DecisionBody,
	expectedVersion: number,
	actor: Actor,
): Promise<Versioned<DecisionState>> {
	const result = await context.store.db.transaction().execute(async (trx) => {
		const plan = await lockedPlan(trx, institutionId);
		const index = plan.offerings.findIndex((offering) => offering.id === offeringId);
		const before = plan.offerings[index];
		if (before === undefined) throw notFound(`offering "${offeringId}"`);
		// A stale ETag is told first: the decision the caller saw may not be the one there is now.
		if ((await getRow(trx, "offerings", institutionId, offeringId))?.version !== expectedVersion)
			throw stale(offerings, offeringId);
		refuseRedecision(before, body);
		const today = todayFor(context, plan.institution.timezone);
		const created =
			body.outcome === "postpone" && body.into === undefined ? nextRun(plan, before) : undefined;
		const into = body.into ?? created?.id;
		if (into !== undefined) refuseTarget(plan, before, into);
		const decision: RecordedDecision = {
			outcome: body.outcome,
			...(body.reason !== undefined && { reason: body.reason }),
			...(into !== undefined && { into }),
			...(await decidedBy(trx, actor)),
			decidedOn: today,
		};
		const value = withDecision(plan, before, decision, today);
		const list = [...plan.offerings];
		list[index] = value;
		if (created) list.push(created);
		checkPlan(offerings.withList(plan, list), offerings, index);
		const at = nowIso(context);
		const version = await bumpPlanVersion(trx, institutionId, at);
		const write = { version, at };
		if (
			!(await updateRow(
				trx,
				"offerings",
				institutionId,
				offeringId,
				splitOffering(value).body,
				expectedVersion,
				write,
			))
		)
			throw stale(offerings, offeringId);
		await writeOfferingParts(trx, institutionId, value, at);
		const change = { institutionId, entity: offerings.noun };
		if (created) {
			await insertResource(trx, "offerings", institutionId, splitOffering(created).body, write);
			await writeOfferingParts(trx, institutionId, created, at);
			await recordChange(
				trx,
				actor.label,
				{ ...change, action: "create", entityId: created.id, before: null, after: created },
				at,
			);
		}
		await recordChange(
			trx,
			actor.label,
			{
				...change,
				action: "decide",
				entityId: offeringId,
				before: before.decision ?? null,
				after: decision,
			},
			at,
		);
		return { value, version, created: created?.id };
	});
	planChanged(context);
	requestJob(context, "follow-through");
	const state = await stateOf(context, institutionId, result.value);
	return { value: { ...state, created: result.created }, version: result.version };
}

/**
 * A postponed or merged course's decision stands, since its registrants moved; the same
 * outcome twice says nothing new. Both are lifecycle conflicts (409).
 */
function refuseRedecision(offering: Offering, body: DecisionBody): void {
	const current = decisionOf(offering);
	if (current === undefined) return;
	const when = [
		current.decidedOn && `on ${current.decidedOn}`,
		current.decidedBy && `by ${current.decidedBy}`,
	]
		.filter(Boolean)
		.join(" ");
	if (current.outcome === "postpone" || current.outcome === "merge")
		throw new KairosError(
			"conflict",
			`offering "${offering.id}" was decided "${current.outcome}"${when ? ` ${when}` : ""} and its registrants moved to "${current.into}": that decision stands, decide on "${current.into}" instead`,
		);
	if (current.outcome === body.outcome)
		throw new KairosError(
			"conflict",
			`offering "${offering.id}" is already decided "${current.outcome}"${when ? ` ${when}` : ""}`,
		);
}

/** The same course in the next intake, to postpone to; a 409 when no intake follows. */
function nextRun(plan: PlanFile, offering: Offering): Offering {
	const taken = new Set(plan.offerings.map((entry) => entry.id));
	const copy = duplicateForNextIntake(offering, plan.intakes, taken, calendarOfPlan(plan));
	if (copy === undefined)
		throw new KairosError(
			"conflict",
			`no intake follows ${offering.intake === undefined ? `the start of offering "${offering.id}"` : `intake "${offering.intake}"`}: add the next intake, or name the offering to postpone to in "into"`,
		);
	return copy;
}

/** A course moves only into one that will run: not a cancelled, postponed or merged one. */
function refuseTarget(plan: PlanFile, offering: Offering, into: string): void {
	const target = plan.offerings.find((entry) => entry.id === into);
	const outcome = target && decisionOf(target)?.outcome;
	if (outcome === "no-go" || outcome === "postpone" || outcome === "merge")
		throw new KairosError(
			"conflict",
			`offering "${into}" is itself decided "${outcome}": "${offering.id}" cannot move its registrants there`,
		);
}

/** Who decides, as the plan names them: the account's person, else its e-mail. */
async function decidedBy(
	trx: Transaction<Database>,
	actor: Actor,
): Promise<Pick<RecordedDecision, "decidedBy">> {
	if (actor.accountId === null) return {};
	const account = await findAccountById(trx, actor.accountId);
	const who = account?.personId ?? account?.email;
	return who === undefined ? {} : { decidedBy: who };
}

/** The offering with the decision, and its go-no-go milestone done today when its template has one. */
function withDecision(
	plan: PlanFile,
	offering: Offering,
	decision: RecordedDecision,
	today: string,
): Offering {
	const templateId = offering.template ?? defaultTemplate.id;
	const template =
		plan.templates?.find((candidate) => candidate.id === templateId) ??
		(templateId === defaultTemplate.id ? defaultTemplate : undefined);
	if (!template?.milestones.some((milestone) => milestone.key === goNoGoKey))
		return { ...offering, decision };
	const progress = nextProgress(offering.milestoneStatus?.[goNoGoKey], {
		status: "done",
		doneOn: today,
	});
	return {
		...offering,
		decision,
		milestoneStatus: { ...offering.milestoneStatus, [goNoGoKey]: progress },
	};
}
