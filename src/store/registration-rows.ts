/** A learner's registration as its row gives it and as the service sees it. */
import type { Selectable } from "kysely";
import type { RegistrationState } from "../model/registration-lifecycle.ts";
import type { RegistrationsTable } from "./schema.ts";

/** A registration as the service sees it: everything but the token hashes. */
export interface RegistrationRecord {
	id: string;
	institutionId: string;
	offeringId: string;
	state: RegistrationState;
	name: string;
	email: string;
	phone: string | null;
	language: string;
	consentText: string;
	consentVersion: string;
	/** `utm:source/medium/campaign`, `referrer:<host>` or `direct`. */
	source: string;
	utmSource: string | null;
	utmMedium: string | null;
	utmCampaign: string | null;
	referrer: string | null;
	address: string;
	createdAt: string;
	confirmSentAt: string;
	confirmedAt: string | null;
	unsubscribedAt: string | null;
	/** When it first applied or joined the waitlist. */
	appliedAt: string | null;
	/** When it joined the waitlist. */
	waitlistedAt: string | null;
	/** Its number in the offering's waitlist, in the order people joined: served lowest first. */
	waitlistOrder: number | null;
	enrolledAt: string | null;
	withdrawnAt: string | null;
	/** When the "registration is open" mail was queued for it. */
	invitedAt: string | null;
	updatedAt: string;
	/** Grows with every change of state: its ETag. */
	version: number;
}

/**
 * A new registration with the SHA-256 (hex) of the tokens in its first mail: a sign-up in state
 * `interest` unless told otherwise, unconfirmed unless `confirmedAt` says when it was.
 */
export type NewRegistration = Omit<
	RegistrationRecord,
	| "state"
	| "confirmSentAt"
	| "confirmedAt"
	| "unsubscribedAt"
	| "appliedAt"
	| "waitlistedAt"
	| "waitlistOrder"
	| "enrolledAt"
	| "withdrawnAt"
	| "invitedAt"
	| "updatedAt"
	| "version"
> & {
	confirmTokenHash: string;
	unsubscribeTokenHash: string;
	state?: RegistrationState | undefined;
	/** When its state began (an application's date from a sheet); default `createdAt`. */
	stateAt?: string | undefined;
	/** Its number in the waitlist, when it starts there (`nextWaitlistOrder`). */
	waitlistOrder?: number | undefined;
	confirmedAt?: string | null | undefined;
};

/** The columns a registration's row is selected with: all but the token hashes. */
export const registrationColumns = [
	"id",
	"institution_id",
	"offering_id",
	"state",
	"name",
	"email",
	"phone",
	"language",
	"consent_text",
	"consent_version",
	"source",
	"utm_source",
	"utm_medium",
	"utm_campaign",
	"referrer",
	"address",
	"created_at",
	"confirm_sent_at",
	"confirmed_at",
	"unsubscribed_at",
	"applied_at",
	"waitlisted_at",
	"waitlist_order",
	"enrolled_at",
	"withdrawn_at",
	"invited_at",
	"updated_at",
	"version",
] as const;

export type RegistrationRow = Pick<
	Selectable<RegistrationsTable>,
	(typeof registrationColumns)[number]
>;

/** A selected row as the service's record. */
export function registrationOf(row: RegistrationRow): RegistrationRecord {
	return {
		id: row.id,
		institutionId: row.institution_id,
		offeringId: row.offering_id,
		state: row.state as RegistrationState,
		name: row.name,
		email: row.email,
		phone: row.phone,
		language: row.language,
		consentText: row.consent_text,
		consentVersion: row.consent_version,
		source: row.source,
		utmSource: row.utm_source,
		utmMedium: row.utm_medium,
		utmCampaign: row.utm_campaign,
		referrer: row.referrer,
		address: row.address,
		createdAt: row.created_at,
		confirmSentAt: row.confirm_sent_at,
		confirmedAt: row.confirmed_at,
		unsubscribedAt: row.unsubscribed_at,
		appliedAt: row.applied_at,
		waitlistedAt: row.waitlisted_at,
		waitlistOrder: row.waitlist_order === null ? null : Number(row.waitlist_order),
		enrolledAt: row.enrolled_at,
		withdrawnAt: row.withdrawn_at,
		invitedAt: row.invited_at,
		updatedAt: row.updated_at,
		version: Number(row.version),
	};
}

/**
 * The times a state sets when a registration enters it at `at`: applying and joining the
 * waitlist set `applied_at` the first time only, and each state its own time.
 */
export function stateTimes(
	state: RegistrationState,
	at: string,
	appliedBefore: string | null = null,
): Partial<
	Pick<RegistrationsTable, "applied_at" | "waitlisted_at" | "enrolled_at" | "withdrawn_at">
> {
	switch (state) {
		case "interest":
			return {};
		case "applied":
			return { applied_at: appliedBefore ?? at };
		case "waitlisted":
			return { applied_at: appliedBefore ?? at, waitlisted_at: at };
		case "enrolled":
			return { applied_at: appliedBefore ?? at, enrolled_at: at };
		case "withdrawn":
			return { withdrawn_at: at };
	}
}
