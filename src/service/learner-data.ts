/**
 * What an institution keeps about a learner's e-mail address (docs/learner-data.md): for the
 * page behind the link in their mails, its download, and the staff's export on request.
 */
import { type ResolvedRetention, retentionOf } from "../model/institution.ts";
import type { LocalizedText } from "../model/localized-text.ts";
import { email as emailSchema } from "../model/primitives.ts";
import {
	findLearnerDataLink,
	type LearnerDataInstitution,
	learnerDataInstitutions,
	mailsToPerson,
	type PersonMail,
	type PersonRegistration,
	registeredOfferings,
	registrationsOfPerson,
} from "../store/learner-data-repository.ts";
import { nowIso, type ServiceContext } from "./context.ts";
import { digest } from "./digest.ts";
import { KairosError, notFound } from "./errors.ts";
import { keptUntil } from "./retention.ts";

/** One of the person's registrations, with its offering and how long it is kept. */
export interface LearnerRegistration {
	registration: PersonRegistration;
	/**
	 * The offering's title and last day, from the plan or, once it finished and moved there, the
	 * history (whose row may give no last day); null when neither has it.
	 */
	offering: { title: LocalizedText; end?: string } | null;
	/** The last day it is kept (`YYYY-MM-DD`), unless the person erases it first. */
	keptUntil: string;
}

/** Everything the institution keeps about one e-mail address. */
export interface LearnerData {
	institution: Pick<LearnerDataInstitution, "id" | "name" | "languages" | "timezone">;
	/** Lower-cased. */
	email: string;
	retention: ResolvedRetention;
	/** Oldest first. */
	registrations: LearnerRegistration[];
	/** What the mail queue keeps of the mails to the address, oldest first. */
	mails: PersonMail[];
	/** When this was read. */
	at: string;
}

/** The address as the store keeps it; a malformed one is `validation_failed` at `email`. */
export function learnerEmail(value: string): string {
	const parsed = emailSchema.safeParse(value.trim().toLowerCase());
	if (!parsed.success)
		throw new KairosError("validation_failed", "the e-mail address is not valid", {
			problems: [{ path: "email", message: parsed.error.issues[0]?.message ?? "is not valid" }],
		});
	return parsed.data;
}

/**
 * Everything the institution keeps about `email`, for its staff to show or hand over on the
 * person's request. An unknown institution is `not_found`; an address it knows nothing about
 * gets empty lists.
 */
export async function learnerData(
	context: ServiceContext,
	institutionId: string,
	email: string,
): Promise<LearnerData> {
	const [institution] = await learnerDataInstitutions(context.store.db, institutionId);
	if (!institution) throw notFound(`institution ${institutionId}`);
	return readLearnerData(context, institution, learnerEmail(email));
}

/**
 * Whose data a mail's link opens, if it still works. Unknown, expired and erased links are one
 * `not_found`, so a guessed token learns nothing.
 */
export async function learnerDataLink(
	context: ServiceContext,
	token: string,
): Promise<{ institutionId: string; email: string }> {
	// A token is 43 base64url characters; anything else is not looked up at all.
	const link = /^[A-Za-z0-9_-]{43}$/.test(token)
		? await findLearnerDataLink(context.store.db, digest(token), nowIso(context))
		: undefined;
	if (!link) throw notFound("link to your data");
	return link;
}

/** The data a mail's link opens (see `learnerDataLink`). */
export async function learnerDataByLink(
	context: ServiceContext,
	token: string,
): Promise<LearnerData> {
	const link = await learnerDataLink(context, token);
	return learnerData(context, link.institutionId, link.email);
}

async function readLearnerData(
	context: ServiceContext,
	institution: LearnerDataInstitution,
	email: string,
): Promise<LearnerData> {
	const { db } = context.store;
	const at = nowIso(context);
	const [registrations, mails] = await Promise.all([
		registrationsOfPerson(db, institution.id, email),
		mailsToPerson(db, institution.id, email),
	]);
	const offerings = new Map(
		(
			await registeredOfferings(
				db,
				institution.id,
				registrations.map((registration) => registration.offeringId),
			)
		).map((offering) => [offering.id, offering]),
	);
	const retention = retentionOf(institution);
	return {
		institution: {
			id: institution.id,
			name: institution.name,
			languages: institution.languages,
			timezone: institution.timezone,
		},
		email,
		retention,
		registrations: registrations.map((registration) => {
			const offering = offerings.get(registration.offeringId);
			return {
				registration,
				offering: offering
					? { title: offering.title, ...(offering.end !== undefined && { end: offering.end }) }
					: null,
				keptUntil: keptUntil(registration, offering?.end, retention, institution.timezone),
			};
		}),
		mails,
		at,
	};
}
