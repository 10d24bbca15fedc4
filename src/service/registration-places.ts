/**
 * The group's places and its waitlist, inside a transaction that holds the offering's
 * registrations lock (`lockOfferingRegistrations`): what is counted is what is filled.
 */
import type { Transaction } from "kysely";
import { freePlaces, type RegistrationState } from "../model/registration-lifecycle.ts";
import { recordChange } from "../store/audit-repository.ts";
import type { RegistrationRecord } from "../store/registration-rows.ts";
import {
	changeRegistrationState,
	countPlacesTaken,
	nextWaitlisted,
} from "../store/registration-state-repository.ts";
import type { Database } from "../store/schema.ts";
import { type ServiceContext, todayFor } from "./context.ts";
import { type OfferingAbout, queueRegistrationNotice } from "./registration-notices.ts";

/** How the audit log names a learner acting from the catalogue or through a link of their mail. */
export const learnerActor = "learner";

/** Writes a registration's change of state to the audit log, without who the person is. */
export async function auditStateChange(
	trx: Transaction<Database>,
	actorLabel: string,
	registration: Pick<RegistrationRecord, "institutionId" | "offeringId" | "id" | "state">,
	from: RegistrationState | undefined,
	at: string,
): Promise<void> {
	await recordChange(
		trx,
		actorLabel,
		{
			institutionId: registration.institutionId,
			action: from === undefined ? "create" : "update",
			entity: "registration",
			entityId: registration.id,
			before: from === undefined ? undefined : { offering: registration.offeringId, state: from },
			after: { offering: registration.offeringId, state: registration.state },
		},
		at,
	);
}

/**
 * Moves a waitlisted registration into the group (`applied`) and queues the mail that tells
 * them, in the same transaction. Undefined when it is no longer waitlisted.
 */
export async function promote(
	trx: Transaction<Database>,
	context: ServiceContext,
	registration: RegistrationRecord,
	about: OfferingAbout,
	actorLabel: string,
	at: string,
): Promise<RegistrationRecord | undefined> {
	const promoted = await changeRegistrationState(trx, about.key, registration.id, {
		from: "waitlisted",
		to: "applied",
		appliedAt: registration.appliedAt,
		at,
	});
	if (!promoted) return undefined;
	await queueRegistrationNotice(trx, context, promoted, { kind: "promoted" }, about, at);
	await auditStateChange(trx, actorLabel, promoted, "waitlisted", at);
	return promoted;
}

/**
 * Fills the group's free places from the waitlist, the one that joined first first, until the
 * places taken reach the maximum or nobody waits: after a withdrawal, or when the maximum was
 * raised. Once the course has started nobody is moved in on their own (staff may still promote
 * by hand). Returns who was promoted.
 */
export async function fillFreePlaces(
	trx: Transaction<Database>,
	context: ServiceContext,
	about: OfferingAbout,
	actorLabel: string,
	at: string,
): Promise<RegistrationRecord[]> {
	if (todayFor(context, about.timezone) >= about.offering.start) return [];
	const free = freePlaces(await countPlacesTaken(trx, about.key), about.offering.participants.max);
	const promoted: RegistrationRecord[] = [];
	for (let place = 0; place < free; place++) {
		const next = await nextWaitlisted(trx, about.key);
		if (!next) break;
		const moved = await promote(trx, context, next, about, actorLabel, at);
		if (moved) promoted.push(moved);
	}
	return promoted;
}
