import type { StateCounts } from "../model/api/registrations.ts";
import type { RegistrationCount } from "../model/offering.ts";
import {
	mayChangeState,
	type RegistrationState,
	refusedChange,
	registrationStates,
	resolvedState,
	takesPlace,
} from "../model/registration-lifecycle.ts";
import { listInstitutions } from "../store/institution-repository.ts";
import { lockOfferingRegistrations } from "../store/locks.ts";
import type { RegistrationRecord } from "../store/registration-rows.ts";
import {
	changeRegistrationState,
	countByState,
	countPlacesTaken,
	findRegistration,
	listRegistrations,
	nextWaitlisted,
	nextWaitlistOrder,
	type OfferingKey,
	waitlistPosition,
} from "../store/registration-state-repository.ts";
import type { Actor } from "./actor.ts";
import { nowIso, type ServiceContext } from "./context.ts";
import { KairosError, notFound } from "./errors.ts";
import { mailQueued } from "./mail-queue.ts";
import { recordedRegistrationCounts } from "./recorded-registrations.ts";
import { existingOffering, offeringAbout, pastOfferingOf } from "./registration-notices.ts";
import { auditStateChange, fillFreePlaces, promote } from "./registration-places.ts";

/** A registration as listed: with its place in line while it is waitlisted. */
export type ListedRegistration = RegistrationRecord & { waitlistPosition?: number | undefined };

/** An offering's registrations, as staff see them. */
export interface OfferingRegistrations {
	registrations: ListedRegistration[];
	counts: StateCounts;
	maxParticipants: number;
}

/**
 * The offering's registrations (those in `state` only, when given), each waitlisted one with
 * its place in line, and how many there are in each state; for an offering that moved into the
 * history too, as kept until retention erases them. Not found when the offering is neither.
 */
export async function offeringRegistrations(
	context: ServiceContext,
	key: OfferingKey,
	state?: RegistrationState | undefined,
): Promise<OfferingRegistrations> {
	const { db } = context.store;
	const participants =
		(await offeringAbout(db, key))?.offering.participants ??
		(await pastOfferingOf(db, key))?.participants;
	if (!participants) throw notFound(`offering "${key.offeringId}"`);
	const all = await listRegistrations(db, key);
	const positions = waitlistPositions(all);
	return {
		registrations: all
			.filter((registration) => state === undefined || registration.state === state)
			.map((registration) => ({
				...registration,
				waitlistPosition: positions.get(registration.id),
			})),
		counts: countsOf(all),
		maxParticipants: participants.max,
	};
}

/** Zero registrations in every state. */
function noCounts(): StateCounts {
	return Object.fromEntries(registrationStates.map((name) => [name, 0])) as StateCounts;
}

function countsOf(registrations: readonly RegistrationRecord[]): StateCounts {
	const counts = noCounts();
	for (const registration of registrations) counts[registration.state] += 1;
	return counts;
}

/** Each waitlisted registration's place in line, by id. */
function waitlistPositions(registrations: readonly RegistrationRecord[]): Map<string, number> {
	const waiting = registrations
		.filter((registration) => registration.state === "waitlisted")
		.sort((a, b) => (a.waitlistOrder ?? 0) - (b.waitlistOrder ?? 0));
	return new Map(waiting.map((registration, index) => [registration.id, index + 1]));
}

/** One offering's registrations per state, and the cumulative count of those holding a place. */
export interface OfferingRegistrationCounts {
	offeringId: string;
	counts: StateCounts;
	/** By the day each applied, in the institution's time zone (`recordedRegistrationCounts`). */
	fill: RegistrationCount[];
}

/** Each offering's registrations per state, for the offerings that have any. */
export async function registrationCounts(
	context: ServiceContext,
	institutionId: string,
): Promise<OfferingRegistrationCounts[]> {
	const [institution] = await listInstitutions(context.store.db, [institutionId]);
	if (!institution) throw notFound(`institution "${institutionId}"`);
	const fill = await recordedRegistrationCounts(context, institutionId, institution.timezone);
	const byOffering = new Map<string, StateCounts>();
	for (const { offeringId, state, count } of await countByState(context.store.db, institutionId)) {
		const counts = byOffering.get(offeringId) ?? noCounts();
		counts[state] += count;
		byOffering.set(offeringId, counts);
	}
	return [...byOffering].map(([offeringId, counts]) => ({
		offeringId,
		counts,
		fill: fill.get(offeringId) ?? [],
	}));
}

/** A change of state made, and who it moved from the waitlist into the place it freed. */
export interface RegistrationChangeResult {
	registration: ListedRegistration;
	promoted: RegistrationRecord[];
}

/**
 * Moves a registration to `requested`, if its version is still `expectedVersion` (else 412) and
 * the lifecycle allows it (else 409, naming both states). Applying from `interest` when the
 * group is full joins the waitlist instead. Someone moved off the waitlist is mailed; a place
 * freed by a withdrawal goes to the next on the waitlist, who is mailed too: all in the one
 * transaction that holds the offering's registrations lock.
 */
export async function changeRegistration(
	context: ServiceContext,
	key: OfferingKey,
	id: string,
	requested: RegistrationState,
	expectedVersion: number,
	actor: Actor,
): Promise<RegistrationChangeResult> {
	const result = await context.store.db.transaction().execute(async (trx) => {
		await lockOfferingRegistrations(trx, key);
		const about = await existingOffering(trx, key);
		const current = await findRegistration(trx, key, id);
		if (!current) throw notFound(`registration "${id}"`);
		if (current.version !== expectedVersion) throw stale(id);
		if (!mayChangeState(current.state, requested))
			throw new KairosError("conflict", refusedChange(current.state, requested));
		const at = nowIso(context);
		const to = resolvedState(
			current.state,
			requested,
			await countPlacesTaken(trx, key),
			about.offering.participants.max,
		);
		if (current.state === "waitlisted" && to === "applied") {
			const promoted = await promote(trx, context, current, about, actor.label, at);
			if (!promoted) throw stale(id);
			return { registration: promoted, promoted: [], mailed: true };
		}
		const changed = await changeRegistrationState(trx, key, id, {
			from: current.state,
			to,
			expectedVersion,
			appliedAt: current.appliedAt,
			waitlistOrder: to === "waitlisted" ? await nextWaitlistOrder(trx, key) : undefined,
			at,
		});
		if (!changed) throw stale(id);
		await auditStateChange(trx, actor.label, changed, current.state, at);
		const promoted =
			to === "withdrawn" && takesPlace(current.state)
				? await fillFreePlaces(trx, context, about, actor.label, at)
				: [];
		return { registration: changed, promoted, mailed: promoted.length > 0 };
	});
	if (result.mailed) mailQueued(context);
	return { registration: await listed(context, result.registration), promoted: result.promoted };
}

const stale = (id: string) =>
	new KairosError(
		"precondition_failed",
		`registration "${id}" changed since you read it: reload and try again`,
	);

/**
 * Moves the next on the waitlist (the one that joined first) into the group and mails them,
 * whether or not a place is free: staff decide to take one more. Two staff promoting at once
 * promote two different people, as the offering's registrations lock makes them one after the
 * other. 409 when nobody waits.
 */
export async function promoteNext(
	context: ServiceContext,
	key: OfferingKey,
	actor: Actor,
): Promise<RegistrationRecord> {
	const promoted = await context.store.db.transaction().execute(async (trx) => {
		await lockOfferingRegistrations(trx, key);
		const about = await existingOffering(trx, key);
		const next = await nextWaitlisted(trx, key);
		if (!next)
			throw new KairosError("conflict", `nobody is on the waitlist of "${key.offeringId}"`);
		const moved = await promote(trx, context, next, about, actor.label, nowIso(context));
		if (!moved) throw stale(next.id);
		return moved;
	});
	mailQueued(context);
	return promoted;
}

/** A registration with its place in line, when waitlisted. */
export async function listed(
	context: ServiceContext,
	registration: RegistrationRecord,
): Promise<ListedRegistration> {
	if (registration.state !== "waitlisted") return registration;
	return {
		...registration,
		waitlistPosition: await waitlistPosition(context.store.db, registration),
	};
}
