/**
 * Registrations through their lifecycle: listed and counted per offering, changed from one state
 * to another, and the waitlist served oldest first. Unsubscribed registrations have forgotten
 * who they were, so they are neither listed nor counted here.
 */
import type { ExpressionBuilder, Kysely } from "kysely";
import type { RegistrationState } from "../model/registration-lifecycle.ts";
import {
	type RegistrationRecord,
	registrationColumns,
	registrationOf,
	stateTimes,
} from "./registration-rows.ts";
import type { Database } from "./schema.ts";

/** One offering of one institution. */
export interface OfferingKey {
	institutionId: string;
	offeringId: string;
}

const live = (db: Kysely<Database>, key: OfferingKey) =>
	db
		.selectFrom("registrations")
		.where("institution_id", "=", key.institutionId)
		.where("offering_id", "=", key.offeringId)
		.where("unsubscribed_at", "is", null);

/** One registration of the offering by its id, unless it was unsubscribed. */
export async function findRegistration(
	db: Kysely<Database>,
	key: OfferingKey,
	id: string,
): Promise<RegistrationRecord | undefined> {
	const row = await live(db, key)
		.select(registrationColumns)
		.where("id", "=", id)
		.executeTakeFirst();
	return row && registrationOf(row);
}

/**
 * The offering's registrations, optionally in one state only: the waitlist in its order (who
 * joined first), the others in the order they registered.
 */
export async function listRegistrations(
	db: Kysely<Database>,
	key: OfferingKey,
	state?: RegistrationState | undefined,
): Promise<RegistrationRecord[]> {
	let query = live(db, key).select(registrationColumns);
	if (state !== undefined) query = query.where("state", "=", state);
	const rows = await query.orderBy("created_at").orderBy("id").execute();
	return rows.map(registrationOf);
}

/** How many of the offering's places are taken: its applied and enrolled registrations. */
export async function countPlacesTaken(db: Kysely<Database>, key: OfferingKey): Promise<number> {
	const row = await live(db, key)
		.select((eb) => eb.fn.countAll<number | string>().as("count"))
		.where("state", "in", ["applied", "enrolled"])
		.executeTakeFirstOrThrow();
	return Number(row.count);
}

/**
 * The registration first in line on the offering's waitlist: the one that joined first, of those
 * who confirmed their address (an unconfirmed one may be someone else's, and is not mailed).
 */
export async function nextWaitlisted(
	db: Kysely<Database>,
	key: OfferingKey,
): Promise<RegistrationRecord | undefined> {
	const row = await live(db, key)
		.select(registrationColumns)
		.where("state", "=", "waitlisted")
		.where("confirmed_at", "is not", null)
		.orderBy("waitlist_order")
		.limit(1)
		.executeTakeFirst();
	return row && registrationOf(row);
}

/**
 * The number the next to join the offering's waitlist gets: one above every number given so
 * far, so the order is the order of joining. Call it under the offering's registrations lock.
 */
export async function nextWaitlistOrder(db: Kysely<Database>, key: OfferingKey): Promise<number> {
	const row = await db
		.selectFrom("registrations")
		.select((eb) => eb.fn.max("waitlist_order").as("last"))
		.where("institution_id", "=", key.institutionId)
		.where("offering_id", "=", key.offeringId)
		.executeTakeFirst();
	return Number(row?.last ?? 0) + 1;
}

/** How many wait on the offering's waitlist. */
export async function countWaitlisted(db: Kysely<Database>, key: OfferingKey): Promise<number> {
	const row = await live(db, key)
		.select((eb) => eb.fn.countAll<number | string>().as("count"))
		.where("state", "=", "waitlisted")
		.executeTakeFirstOrThrow();
	return Number(row.count);
}

/** A waitlisted registration's place in line, 1 for the next to be promoted. */
export async function waitlistPosition(
	db: Kysely<Database>,
	registration: Pick<RegistrationRecord, "institutionId" | "offeringId" | "waitlistOrder">,
): Promise<number> {
	const row = await live(db, registration)
		.select((eb) => eb.fn.countAll<number | string>().as("ahead"))
		.where("state", "=", "waitlisted")
		.where("waitlist_order", "<", registration.waitlistOrder ?? 0)
		.executeTakeFirstOrThrow();
	return Number(row.ahead) + 1;
}

/** A change of state, conditional on the state (and, when given, the version) it starts from. */
export interface StateChange {
	from: RegistrationState;
	to: RegistrationState;
	/** The version the caller read (`If-Match`); none for a change the service decides itself. */
	expectedVersion?: number | undefined;
	/** When it first applied, kept by later states. */
	appliedAt: string | null;
	/** Its number in the waitlist when it joins it (`nextWaitlistOrder`). */
	waitlistOrder?: number | undefined;
	at: string;
}

/**
 * Moves a registration to another state at `at`, bumping its version and setting the time of
 * the state it enters. Returns the changed registration, or undefined, changing nothing, when
 * it is no longer in `from` (or no longer at `expectedVersion`): someone else changed it first.
 */
export async function changeRegistrationState(
	db: Kysely<Database>,
	key: OfferingKey,
	id: string,
	change: StateChange,
): Promise<RegistrationRecord | undefined> {
	let query = db
		.updateTable("registrations")
		.set((eb) => ({
			state: change.to,
			...stateTimes(change.to, change.at, change.appliedAt),
			...(change.waitlistOrder !== undefined && { waitlist_order: change.waitlistOrder }),
			updated_at: change.at,
			version: eb("version", "+", 1),
		}))
		.where("institution_id", "=", key.institutionId)
		.where("offering_id", "=", key.offeringId)
		.where("id", "=", id)
		.where("state", "=", change.from)
		.where("unsubscribed_at", "is", null);
	if (change.expectedVersion !== undefined)
		query = query.where("version", "=", change.expectedVersion);
	const row = await query.returning(registrationColumns).executeTakeFirst();
	return row && registrationOf(row);
}

/** How many registrations one offering has in one state. */
export interface StateCount {
	offeringId: string;
	state: RegistrationState;
	count: number;
}

/** The institution's registrations counted per offering and state. */
export async function countByState(
	db: Kysely<Database>,
	institutionId: string,
): Promise<StateCount[]> {
	const rows = await db
		.selectFrom("registrations")
		.select((eb) => ["offering_id", "state", eb.fn.countAll<number | string>().as("count")])
		.where("institution_id", "=", institutionId)
		.where("unsubscribed_at", "is", null)
		.groupBy(["offering_id", "state"])
		.orderBy("offering_id")
		.execute();
	return rows.map((row) => ({
		offeringId: row.offering_id,
		state: row.state as RegistrationState,
		count: Number(row.count),
	}));
}

/** Every offering that has someone on its waitlist, across institutions. */
export async function offeringsWithWaitlist(db: Kysely<Database>): Promise<OfferingKey[]> {
	const rows = await db
		.selectFrom("registrations")
		.select(["institution_id", "offering_id"])
		.distinct()
		.where("state", "=", "waitlisted")
		.where("unsubscribed_at", "is", null)
		.orderBy("institution_id")
		.orderBy("offering_id")
		.execute();
	return rows.map((row) => ({ institutionId: row.institution_id, offeringId: row.offering_id }));
}

/**
 * The offering's confirmed interests not yet told that registration is open: the people to
 * invite to apply.
 */
export async function interestsToInvite(
	db: Kysely<Database>,
	key: OfferingKey,
): Promise<RegistrationRecord[]> {
	const rows = await live(db, key)
		.select(registrationColumns)
		.where("state", "=", "interest")
		.where("confirmed_at", "is not", null)
		.where("invited_at", "is", null)
		.orderBy("created_at")
		.orderBy("id")
		.execute();
	return rows.map(registrationOf);
}

/** Records that the "registration is open" mail was queued for the registration at `at`. */
export async function markInvited(db: Kysely<Database>, id: string, at: string): Promise<void> {
	await db
		.updateTable("registrations")
		.set({ invited_at: at })
		.where("id", "=", id)
		.where("invited_at", "is", null)
		.execute();
}

/**
 * Gives the registration a new unsubscribe token (its SHA-256, hex) for a mail about to be
 * queued: the tokens are only in the mails, so each later mail brings a fresh link, and the
 * link of the newest mail is the one that works.
 */
export async function renewUnsubscribeToken(
	db: Kysely<Database>,
	id: string,
	unsubscribeTokenHash: string,
): Promise<void> {
	await db
		.updateTable("registrations")
		.set({ unsubscribe_token_hash: unsubscribeTokenHash })
		.where("id", "=", id)
		.execute();
}

/** When one registration that holds a place first applied, by offering. */
export interface PlaceHeld {
	offeringId: string;
	appliedAt: string;
}

/** The institution's registrations that hold a place now, with when each applied. */
export async function placesHeld(
	db: Kysely<Database>,
	institutionId: string,
): Promise<PlaceHeld[]> {
	const rows = await db
		.selectFrom("registrations")
		.select(["offering_id", "applied_at", "created_at"])
		.where("institution_id", "=", institutionId)
		.where("unsubscribed_at", "is", null)
		.where("state", "in", ["applied", "enrolled"])
		.execute();
	return rows.map((row) => ({
		offeringId: row.offering_id,
		appliedAt: row.applied_at ?? row.created_at,
	}));
}

const fingerprintColumns = (eb: ExpressionBuilder<Database, "registrations">) =>
	[eb.fn.countAll<number | string>().as("count"), eb.fn.max("updated_at").as("latest")] as const;
// Empty without registrations, as `registrationsFingerprints` leaves such an institution out.
const fingerprintOf = (row: { count: number | string; latest: string | null } | undefined) =>
	Number(row?.count ?? 0) === 0 ? "" : `${Number(row?.count)}@${row?.latest ?? ""}`;

/**
 * What changes whenever any of the institution's registrations does (a new one, a change of
 * state, an erasure): how many there are and the latest change, as one string.
 */
export async function registrationsFingerprint(
	db: Kysely<Database>,
	institutionId: string,
): Promise<string> {
	const row = await db
		.selectFrom("registrations")
		.select(fingerprintColumns)
		.where("institution_id", "=", institutionId)
		.executeTakeFirst();
	return fingerprintOf(row);
}

/** `registrationsFingerprint` of every institution that has registrations, in one query. */
export async function registrationsFingerprints(
	db: Kysely<Database>,
): Promise<Map<string, string>> {
	const rows = await db
		.selectFrom("registrations")
		.select((eb) => ["institution_id", ...fingerprintColumns(eb)])
		.groupBy("institution_id")
		.execute();
	return new Map(rows.map((row) => [row.institution_id, fingerprintOf(row)]));
}

/** An application whose address was never confirmed, holding a place or a waitlist number. */
export interface UnconfirmedApplication {
	key: OfferingKey;
	id: string;
	state: "applied" | "waitlisted";
	appliedAt: string | null;
}

/** The applications, across institutions, made before `beforeIso` and still not confirmed. */
export async function unconfirmedApplications(
	db: Kysely<Database>,
	beforeIso: string,
): Promise<UnconfirmedApplication[]> {
	const rows = await db
		.selectFrom("registrations")
		.select(["institution_id", "offering_id", "id", "state", "applied_at"])
		.where("state", "in", ["applied", "waitlisted"])
		.where("confirmed_at", "is", null)
		.where("unsubscribed_at", "is", null)
		.where("created_at", "<", beforeIso)
		.orderBy("institution_id")
		.orderBy("offering_id")
		.orderBy("created_at")
		.execute();
	return rows.map((row) => ({
		key: { institutionId: row.institution_id, offeringId: row.offering_id },
		id: row.id,
		state: row.state as "applied" | "waitlisted",
		appliedAt: row.applied_at,
	}));
}

/** A registration as the history counts it (`engine/final-counts.ts`), with its offering. */
export interface CountedRegistration {
	offeringId: string;
	state: string;
	source: string;
	appliedAt: string | null;
	withdrawnAt: string | null;
}

/**
 * The registrations of some of the institution's offerings as the history counts them, the
 * unsubscribed too: they forgot who they were, not that they came.
 */
export async function registrationsToCount(
	db: Kysely<Database>,
	institutionId: string,
	offeringIds: readonly string[],
): Promise<CountedRegistration[]> {
	if (offeringIds.length === 0) return [];
	const rows = await db
		.selectFrom("registrations")
		.select(["offering_id", "state", "source", "applied_at", "withdrawn_at"])
		.where("institution_id", "=", institutionId)
		.where("offering_id", "in", offeringIds)
		.orderBy("offering_id")
		.orderBy("created_at")
		.orderBy("id")
		.execute();
	return rows.map((row) => ({
		offeringId: row.offering_id,
		state: row.state,
		source: row.source,
		appliedAt: row.applied_at,
		withdrawnAt: row.withdrawn_at,
	}));
}
