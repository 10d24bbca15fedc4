import { lockOfferingRegistrations } from "../../store/locks.ts";
import {
	changeRegistrationState,
	interestsToInvite,
	markInvited,
	type OfferingKey,
	offeringsWithWaitlist,
	unconfirmedApplications,
} from "../../store/registration-state-repository.ts";
import { publicCatalogue } from "../catalogue.ts";
import { nowIso, type ServiceContext } from "../context.ts";
import { mailQueued } from "../mail-queue.ts";
import { offeringAbout, queueRegistrationNotice } from "../registration-notices.ts";
import { auditStateChange, fillFreePlaces } from "../registration-places.ts";
import type { Job } from "./job.ts";

/** How the audit log names this job. */
const jobActor = "job:registration-notices";

/**
 * Registration's news for learners, swept over every institution: applications not confirmed
 * within 48 hours are withdrawn; free places (those, or a maximum raised in the plan) go to the
 * next confirmed person on each waitlist, who is mailed; and every confirmed,
 * subscribed interest in an offering whose registration is open is told once, in their
 * language, that they can apply now. Each registration is invited once (`invited_at`, and the
 * mail's dedupe key), however often the sweep runs.
 */
export const registrationNoticesJob: Job = {
	name: "registration-notices",
	everyMinutes: 15,
	async run(context) {
		const released = await releaseUnconfirmed(context);
		let promoted = 0;
		for (const key of await offeringsWithWaitlist(context.store.db))
			promoted += await fillOffering(context, key);
		let invited = 0;
		for (const institution of (await publicCatalogue(context)).institutions)
			for (const entry of institution.offerings)
				if (entry.registrationOpen)
					invited += await inviteInterested(context, {
						institutionId: institution.institution.id,
						offeringId: entry.offering.id,
					});
		if (promoted + invited > 0) mailQueued(context);
		return { released, promoted, invited };
	},
};

/**
 * How long an application holds its place (or its waitlist number) before its address is
 * confirmed: long enough to find the mail, short enough that nobody can fill a group with
 * addresses that are not theirs.
 */
const unconfirmedHold = 48 * 60 * 60 * 1000;

/**
 * Withdraws the applications not confirmed within `unconfirmedHold`, each under its offering's
 * lock (the places they free go to the waitlist below); how many were withdrawn.
 */
async function releaseUnconfirmed(context: ServiceContext): Promise<number> {
	const before = new Date(context.clock().getTime() - unconfirmedHold).toISOString();
	let released = 0;
	for (const application of await unconfirmedApplications(context.store.db, before))
		await context.store.db.transaction().execute(async (trx) => {
			await lockOfferingRegistrations(trx, application.key);
			const at = nowIso(context);
			const withdrawn = await changeRegistrationState(trx, application.key, application.id, {
				from: application.state,
				to: "withdrawn",
				appliedAt: application.appliedAt,
				at,
			});
			if (!withdrawn) return;
			await auditStateChange(trx, jobActor, withdrawn, application.state, at);
			released += 1;
		});
	return released;
}

/** Fills one offering's free places from its waitlist; how many were promoted. */
async function fillOffering(context: ServiceContext, key: OfferingKey): Promise<number> {
	return context.store.db.transaction().execute(async (trx) => {
		await lockOfferingRegistrations(trx, key);
		const about = await offeringAbout(trx, key);
		if (!about) return 0;
		return (await fillFreePlaces(trx, context, about, jobActor, nowIso(context))).length;
	});
}

/** Tells the offering's interested people, not told before, that registration is open. */
async function inviteInterested(context: ServiceContext, key: OfferingKey): Promise<number> {
	return context.store.db.transaction().execute(async (trx) => {
		await lockOfferingRegistrations(trx, key);
		const about = await offeringAbout(trx, key);
		if (!about) return 0;
		const at = nowIso(context);
		let invited = 0;
		for (const registration of await interestsToInvite(trx, key)) {
			const queued = await queueRegistrationNotice(
				trx,
				context,
				registration,
				{ kind: "registration-open" },
				about,
				at,
			);
			await markInvited(trx, registration.id, at);
			if (queued) invited += 1;
		}
		return invited;
	});
}
