import { randomBytes, randomUUID } from "node:crypto";
import type { Transaction } from "kysely";
import { localDayStart } from "../engine/days.ts";
import { type NewRegistration, newRegistration } from "../model/api/registrations.ts";
import { problemsFromIssues } from "../model/problems.ts";
import { type RegistrationState, resolvedState } from "../model/registration-lifecycle.ts";
import { lockOfferingRegistrations } from "../store/locks.ts";
import { insertRegistration } from "../store/registration-repository.ts";
import {
	countPlacesTaken,
	findRegistration,
	nextWaitlistOrder,
	type OfferingKey,
} from "../store/registration-state-repository.ts";
import type { Database } from "../store/schema.ts";
import type { Actor } from "./actor.ts";
import { nowIso, type ServiceContext } from "./context.ts";
import { digest } from "./digest.ts";
import { KairosError, notFound } from "./errors.ts";
import { existingOffering, type OfferingAbout } from "./registration-notices.ts";
import { auditStateChange } from "./registration-places.ts";
import { type ListedRegistration, listed } from "./registrations.ts";

/**
 * Records a registration by hand, such as an application made by phone or in SAIS: the person
 * gave their address to the school, so it counts as confirmed, and nothing is mailed. Asking
 * for `applied` when the group is full joins the waitlist. 409 when the offering already has a
 * live registration for the e-mail; bad fields are `validation_failed`, each named.
 */
export async function addRegistration(
	context: ServiceContext,
	key: OfferingKey,
	input: NewRegistration,
	actor: Actor,
): Promise<ListedRegistration> {
	const parsed = newRegistration.safeParse(input);
	if (!parsed.success)
		throw new KairosError("validation_failed", "the registration has problems", {
			problems: problemsFromIssues(parsed.error.issues),
		});
	const fields = parsed.data;
	const id = await context.store.db.transaction().execute(async (trx) => {
		await lockOfferingRegistrations(trx, key);
		const about = await existingOffering(trx, key);
		const stored = await insertByStaff(trx, about, {
			name: fields.name,
			email: fields.email,
			phone: fields.phone ?? null,
			state: fields.state,
			language: fields.language,
			// The day the person applied is the school's: from the start of that day there.
			appliedAt: fields.appliedOn && localDayStart(fields.appliedOn, about.timezone).toISOString(),
			source: "staff",
			actor,
			at: nowIso(context),
		});
		if (stored === undefined)
			throw new KairosError(
				"conflict",
				`${fields.email} is already registered for "${key.offeringId}"`,
			);
		return stored;
	});
	const stored = await findRegistration(context.store.db, key, id);
	if (!stored) throw notFound(`registration "${id}"`);
	return listed(context, stored);
}

/** A registration staff record, by hand or from a sheet. */
export interface StaffRegistration {
	name: string;
	email: string;
	phone: string | null;
	state: RegistrationState;
	/** Default: the institution's first language. */
	language?: string | undefined;
	/** When the person applied (their state began); default `at`. */
	appliedAt?: string | undefined;
	source: "staff" | "import";
	actor: Actor;
	at: string;
}

/** Who records what staff add: their consent is the school's record, not a form of ours. */
const staffConsent = { text: "recorded by staff", version: "staff" };

/**
 * Stores a registration staff recorded, inside the offering's registrations lock; `applied`
 * joins the waitlist when the group is full. Its id, or undefined when the offering already has
 * a live registration for the e-mail.
 */
export async function insertByStaff(
	trx: Transaction<Database>,
	about: OfferingAbout,
	registration: StaffRegistration,
): Promise<string | undefined> {
	const { key } = about;
	const state = resolvedState(
		"interest",
		registration.state,
		await countPlacesTaken(trx, key),
		about.offering.participants.max,
	);
	const id = randomUUID();
	const inserted = await insertRegistration(trx, {
		id,
		...key,
		state,
		stateAt: registration.appliedAt,
		waitlistOrder: state === "waitlisted" ? await nextWaitlistOrder(trx, key) : undefined,
		name: registration.name,
		email: registration.email,
		phone: registration.phone,
		language: registration.language ?? about.languages[0] ?? "et",
		consentText: staffConsent.text,
		consentVersion: staffConsent.version,
		source: registration.source,
		utmSource: null,
		utmMedium: null,
		utmCampaign: null,
		referrer: null,
		address: "",
		createdAt: registration.at,
		confirmedAt: registration.at,
		// No link of these reaches anyone: later mails bring links of their own.
		confirmTokenHash: digest(randomBytes(32).toString("base64url")),
		unsubscribeTokenHash: digest(randomBytes(32).toString("base64url")),
	});
	if (!inserted) return undefined;
	await auditStateChange(
		trx,
		registration.actor.label,
		{ ...key, id, state },
		undefined,
		registration.at,
	);
	return id;
}
