import { type Kysely, sql } from "kysely";
import {
	type NewRegistration,
	type RegistrationRecord,
	registrationColumns,
	registrationOf,
	stateTimes,
} from "./registration-rows.ts";
import type { Database } from "./schema.ts";

/**
 * The live registrations' unique index holds one per offering and e-mail among those neither
 * unsubscribed nor withdrawn; `on conflict` names the same predicate, with the state as a
 * literal, since PostgreSQL matches the index by its text.
 */
const liveRegistration = sql<boolean>`unsubscribed_at is null and state <> 'withdrawn'`;

/**
 * Stores a registration (a sign-up in state `interest` unless told otherwise), its confirmation
 * mail counted as sent at `createdAt`. Returns false, storing nothing, when the offering already
 * has a live registration for the e-mail, one neither unsubscribed nor withdrawn (also when a
 * concurrent sign-up stored it first).
 */
export async function insertRegistration(
	db: Kysely<Database>,
	registration: NewRegistration,
): Promise<boolean> {
	const result = await db
		.insertInto("registrations")
		.values({
			id: registration.id,
			institution_id: registration.institutionId,
			offering_id: registration.offeringId,
			state: registration.state ?? "interest",
			name: registration.name,
			email: registration.email.toLowerCase(),
			phone: registration.phone,
			language: registration.language,
			consent_text: registration.consentText,
			consent_version: registration.consentVersion,
			source: registration.source,
			utm_source: registration.utmSource,
			utm_medium: registration.utmMedium,
			utm_campaign: registration.utmCampaign,
			referrer: registration.referrer,
			address: registration.address,
			created_at: registration.createdAt,
			confirm_sent_at: registration.createdAt,
			confirmed_at: registration.confirmedAt ?? null,
			unsubscribed_at: null,
			confirm_token_hash: registration.confirmTokenHash,
			unsubscribe_token_hash: registration.unsubscribeTokenHash,
			...stateTimes(
				registration.state ?? "interest",
				registration.stateAt ?? registration.createdAt,
			),
			waitlist_order: registration.waitlistOrder ?? null,
			updated_at: registration.createdAt,
			version: 1,
		})
		.onConflict((conflict) =>
			conflict
				.columns(["institution_id", "offering_id", "email"])
				.where(liveRegistration)
				.doNothing(),
		)
		.executeTakeFirst();
	return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** The offering's live registration for the e-mail (neither unsubscribed nor withdrawn), if any. */
export async function findLiveRegistration(
	db: Kysely<Database>,
	institutionId: string,
	offeringId: string,
	email: string,
): Promise<RegistrationRecord | undefined> {
	const row = await db
		.selectFrom("registrations")
		.select(registrationColumns)
		.where("institution_id", "=", institutionId)
		.where("offering_id", "=", offeringId)
		.where("email", "=", email.toLowerCase())
		.where("unsubscribed_at", "is", null)
		.where("state", "<>", "withdrawn")
		.executeTakeFirst();
	return row && registrationOf(row);
}

export async function findRegistrationByConfirmHash(
	db: Kysely<Database>,
	confirmTokenHash: string,
): Promise<RegistrationRecord | undefined> {
	const row = await db
		.selectFrom("registrations")
		.select(registrationColumns)
		.where("confirm_token_hash", "=", confirmTokenHash)
		.executeTakeFirst();
	return row && registrationOf(row);
}

export async function findRegistrationByUnsubscribeHash(
	db: Kysely<Database>,
	unsubscribeTokenHash: string,
): Promise<RegistrationRecord | undefined> {
	const row = await db
		.selectFrom("registrations")
		.select(registrationColumns)
		.where("unsubscribe_token_hash", "=", unsubscribeTokenHash)
		.executeTakeFirst();
	return row && registrationOf(row);
}

/**
 * Replaces both token hashes for a fresh confirmation mail sent at `sentAtIso`, if the
 * registration is still unconfirmed, not unsubscribed, and its last mail went out at or before
 * `lastSentBeforeIso`. Returns whether it did; the links in earlier mails stop working.
 */
export async function renewConfirmation(
	db: Kysely<Database>,
	id: string,
	renewal: { confirmTokenHash: string; unsubscribeTokenHash: string; sentAtIso: string },
	lastSentBeforeIso: string,
): Promise<boolean> {
	const result = await db
		.updateTable("registrations")
		.set({
			confirm_token_hash: renewal.confirmTokenHash,
			unsubscribe_token_hash: renewal.unsubscribeTokenHash,
			confirm_sent_at: renewal.sentAtIso,
		})
		.where("id", "=", id)
		.where("confirmed_at", "is", null)
		.where("unsubscribed_at", "is", null)
		.where("confirm_sent_at", "<=", lastSentBeforeIso)
		.executeTakeFirst();
	return result.numUpdatedRows === 1n;
}

/** Marks the registration confirmed at `atIso`, unless it already is or was unsubscribed. */
export async function confirmRegistration(
	db: Kysely<Database>,
	id: string,
	atIso: string,
): Promise<void> {
	await db
		.updateTable("registrations")
		.set({ confirmed_at: atIso })
		.where("id", "=", id)
		.where("confirmed_at", "is", null)
		.where("unsubscribed_at", "is", null)
		.execute();
}

/** Marks the registration unsubscribed at `atIso`, unless it already is, and forgets who it was. */
export async function unsubscribeRegistration(
	db: Kysely<Database>,
	id: string,
	atIso: string,
): Promise<void> {
	// The consent said "until I unsubscribe": who the person was goes with it. What is left (the
	// offering, the channel, the consent's text and times) counts sign-ups without naming anyone.
	await db
		.updateTable("registrations")
		.set({
			unsubscribed_at: atIso,
			updated_at: atIso,
			name: "",
			email: `unsubscribed:${id}`,
			phone: null,
			address: "",
			referrer: null,
		})
		.where("id", "=", id)
		.where("unsubscribed_at", "is", null)
		.execute();
}

/** Confirmed registrations of interest in an offering that are not unsubscribed. */
export async function countConfirmedInterest(
	db: Kysely<Database>,
	institutionId: string,
	offeringId: string,
): Promise<number> {
	const row = await db
		.selectFrom("registrations")
		.select((eb) => eb.fn.countAll<number | string>().as("count"))
		.where("institution_id", "=", institutionId)
		.where("offering_id", "=", offeringId)
		.where("state", "=", "interest")
		.where("confirmed_at", "is not", null)
		.where("unsubscribed_at", "is", null)
		.executeTakeFirstOrThrow();
	return Number(row.count);
}
