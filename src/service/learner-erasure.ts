/**
 * Erasing a learner's data (docs/learner-data.md): on their own request through the link in
 * their mails, on their request to the staff, and when the retention period ends. What names
 * the person goes; the audit log keeps that an erasure happened, how much it erased and by
 * whom, but not whose data it was.
 */
import type { Transaction } from "kysely";
import { type RegistrationState, takesPlace } from "../model/registration-lifecycle.ts";
import { recordChange } from "../store/audit-repository.ts";
import {
	learnerDataInstitutions,
	registrationsOfPerson,
} from "../store/learner-data-repository.ts";
import { deleteRegistrations, scrubAuditEntries } from "../store/learner-erasure-repository.ts";
import { lockKeys } from "../store/locks.ts";
import type { Database } from "../store/schema.ts";
import type { Actor } from "./actor.ts";
import { nowIso, type ServiceContext } from "./context.ts";
import { notFound } from "./errors.ts";
import { requestJob } from "./jobs/job.ts";
import { learnerDataLink, learnerEmail } from "./learner-data.ts";

/** What an erasure removed. */
export interface Erasure {
	registrations: number;
	mails: number;
}

/** Who erased: the person themself, a staff account (or the command line), or the retention job. */
export type Eraser = { by: "learner" } | { by: "staff"; actor: Actor } | { by: "retention" };

/**
 * Erases registrations by id inside the caller's transaction, with the mails to and links of
 * each e-mail among them (and among `people`) that has no registration left at the institution, scrubs the earlier
 * audit entries that name them, and records one audit entry without any of them: action
 * `registration.erased`, how many registrations and mails, and by whom. Records nothing when
 * there was nothing to erase and the retention job erased.
 */
export async function eraseRegistrations(
	trx: Transaction<Database>,
	institutionId: string,
	registrations: readonly { id: string; email: string }[],
	eraser: Eraser,
	at: string,
	/** Addresses whose mails and links go too once none of their registrations is left. */
	people: readonly string[] = [],
): Promise<Erasure> {
	const ids = registrations.map((registration) => registration.id);
	// An unsubscribed registration's address is already gone (`unsubscribed:<id>`).
	const emails = [
		...new Set([...people, ...registrations.map((registration) => registration.email)]),
	]
		.map((email) => email.toLowerCase())
		.filter((email) => email.includes("@"));
	const removed = await deleteRegistrations(trx, institutionId, ids, emails);
	await scrubAuditEntries(trx, institutionId, ids, [...removed.gone, ...ids]);
	const erasure = { registrations: removed.registrations, mails: removed.mails };
	if (eraser.by === "retention" && erasure.registrations === 0 && erasure.mails === 0)
		return erasure;
	await recordChange(
		trx,
		eraser.by === "staff" ? eraser.actor.label : eraser.by,
		{
			institutionId,
			action: "registration.erased",
			entity: "learner-data",
			entityId: institutionId,
			before: undefined,
			after: { ...erasure, by: eraser.by },
		},
		at,
	);
	return erasure;
}

/**
 * After an erasure committed: when an erased registration held one of a group's places
 * (`applied`, `enrolled`), asks the `registration-notices` job to give it to the next on the
 * waitlist, who is mailed. The job sweeps every waitlist, so a place is filled even when this
 * process stops before it runs.
 */
export function fillErasedPlaces(
	context: ServiceContext,
	erased: readonly { state: string }[],
): void {
	if (erased.some((registration) => takesPlace(registration.state as RegistrationState)))
		requestJob(context, "registration-notices");
}

/** Erases everything the institution keeps about `email`, in one transaction. */
async function erasePerson(
	context: ServiceContext,
	institutionId: string,
	email: string,
	eraser: Eraser,
): Promise<Erasure> {
	const { erasure, registrations } = await context.store.db.transaction().execute(async (trx) => {
		// The key a sign-up of the address takes: none is half-way while its person is erased.
		await lockKeys(trx, [`sign-up-email:${email}`]);
		const registrations = await registrationsOfPerson(trx, institutionId, email);
		// The address goes with them, even when it has no registration left (all unsubscribed).
		return {
			erasure: await eraseRegistrations(
				trx,
				institutionId,
				registrations,
				eraser,
				nowIso(context),
				[email],
			),
			registrations,
		};
	});
	fillErasedPlaces(context, registrations);
	return erasure;
}

/**
 * Erases, on the person's request to the staff, everything the institution keeps about `email`:
 * its registrations in every offering, the mails to it, the links to its data, and its mentions
 * in earlier audit entries. The audit entry names the staff account, not the person. An
 * unknown institution is `not_found`; a malformed address `validation_failed`.
 */
export async function eraseLearnerData(
	context: ServiceContext,
	institutionId: string,
	email: string,
	actor: Actor,
): Promise<Erasure> {
	const address = learnerEmail(email);
	const [institution] = await learnerDataInstitutions(context.store.db, institutionId);
	if (!institution) throw notFound(`institution ${institutionId}`);
	return erasePerson(context, institutionId, address, { by: "staff", actor });
}

/**
 * Erases, on the person's own request, everything the institution of a mail's link keeps about
 * its address (as `eraseLearnerData`); the link and every other link to it stop working. An
 * unknown, expired or already used link is `not_found`.
 */
export async function eraseLearnerDataByLink(
	context: ServiceContext,
	token: string,
): Promise<Erasure> {
	const link = await learnerDataLink(context, token);
	return erasePerson(context, link.institutionId, link.email, { by: "learner" });
}
