import { randomBytes } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import { pickText } from "../model/localized-text.ts";
import type { PastOffering } from "../model/offering.ts";
import { listInstitutions } from "../store/institution-repository.ts";
import type { RegistrationRecord } from "../store/registration-rows.ts";
import type { OfferingKey } from "../store/registration-state-repository.ts";
import { renewUnsubscribeToken } from "../store/registration-state-repository.ts";
import { getResource } from "../store/resource-repository.ts";
import type { OfferingBody } from "../store/rows.ts";
import type { Database } from "../store/schema.ts";
import type { ServiceContext } from "./context.ts";
import { digest } from "./digest.ts";
import { KairosError, notFound } from "./errors.ts";
import { learnerLinks } from "./learner-links.ts";
import { queueLearnerMail } from "./learner-mail.ts";
import { type RegistrationNotice, registrationMail } from "./registration-mail.ts";

/** What the mails about an offering's registrations say of it, read in the writing transaction. */
export interface OfferingAbout {
	key: OfferingKey;
	institutionName: string;
	/** The institution's languages, the first the default: the course's title falls back by them. */
	languages: readonly string[];
	/** The institution's time zone: what its "today" is. */
	timezone: string;
	offering: OfferingBody;
}

/** The offering and its institution, as the mails and the places need them; undefined when gone. */
export async function offeringAbout(
	trx: Kysely<Database>,
	key: OfferingKey,
): Promise<OfferingAbout | undefined> {
	const [institution] = await listInstitutions(trx, [key.institutionId]);
	const offering = await getResource(trx, "offerings", key.institutionId, key.offeringId);
	if (!institution || !offering) return undefined;
	return {
		key: { institutionId: key.institutionId, offeringId: key.offeringId },
		institutionName: institution.name,
		languages: institution.languages,
		timezone: institution.timezone,
		offering: offering.value,
	};
}

/**
 * The offering and its institution, to change its registrations: not found when the plan has no
 * such offering, and a conflict when it finished and moved into the history, whose counts are
 * final (its registrations are kept as they were until retention erases them).
 */
export async function existingOffering(
	trx: Kysely<Database>,
	key: OfferingKey,
): Promise<OfferingAbout> {
	const about = await offeringAbout(trx, key);
	if (about) return about;
	if (await pastOfferingOf(trx, key))
		throw new KairosError(
			"conflict",
			`offering "${key.offeringId}" has finished and moved into the history: its registrations no longer change`,
		);
	throw notFound(`offering "${key.offeringId}"`);
}

/** The history's row of an offering that finished and left the plan; undefined when none. */
export async function pastOfferingOf(
	db: Kysely<Database>,
	key: OfferingKey,
): Promise<PastOffering | undefined> {
	return (await getResource(db, "past_offerings", key.institutionId, key.offeringId))?.value;
}

/** The dedupe key of a notice to one registration: each notice goes to each registration once. */
function noticeKey(kind: RegistrationNotice["kind"], registration: RegistrationRecord): string {
	return `${kind}:${registration.institutionId}:${registration.offeringId}:${registration.id}`;
}

/**
 * Queues `notice` to the registrant in their language, inside the transaction that caused it,
 * once only (its dedupe key). The mail brings a fresh unsubscribe link (and data link), since
 * only the links' hashes are kept. Returns whether it was queued now.
 */
export async function queueRegistrationNotice(
	trx: Transaction<Database>,
	context: ServiceContext,
	registration: RegistrationRecord,
	notice: RegistrationNotice,
	about: OfferingAbout,
	at: string,
): Promise<boolean> {
	const token = randomBytes(32).toString("base64url");
	const unsubscribeUrl = learnerLinks.unsubscribe(context, registration.language, token);
	const { offering } = about;
	const contact = offering.contact && {
		name: offering.contact.name,
		email: offering.contact.email,
	};
	const mail = registrationMail(
		{
			language: registration.language,
			name: registration.name,
			institutionName: about.institutionName,
			contact,
			unsubscribeUrl,
			offeringTitle: pickText(offering.title, registration.language, about.languages).text,
			courseUrl: learnerLinks.course(
				context,
				registration.language,
				registration.institutionId,
				registration.offeringId,
			),
		},
		notice,
	);
	const queued = await queueLearnerMail(
		trx,
		context,
		mail,
		{
			to: registration.email,
			institutionId: registration.institutionId,
			dedupeKey: noticeKey(notice.kind, registration),
		},
		at,
	);
	if (queued) await renewUnsubscribeToken(trx, registration.id, digest(token));
	return queued;
}
