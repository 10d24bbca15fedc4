import { lockOfferingRegistrations } from "../../store/locks.ts";
import {
	interestsToInvite,
	markInvited,
	type OfferingKey,
	offeringsWithWaitlist,
} from "../../store/registration-state-repository.ts";
import { publicCatalogue } from "../catalogue.ts";
import { nowIso, type ServiceContext } from "../context.ts";
import { mailQueued } from "../mail-queue.ts";
import { offeringAbout, queueRegistrationNotice } from "../registration-notices.ts";
import { fillFreePlaces } from "../registration-places.ts";
import type { Job } from "./job.ts";

/** How the audit log names this job. */
const jobActor = "job:registration-notices";

/**
 * Registration's news for learners, swept over every institution: free places (a maximum
 * raised in the plan) go to the next on each waitlist, who are mailed; and every confirmed,
 * subscribed interest in an offering whose registration is open is told once, in their
 * language, that they can apply now. Each registration is invited once (`invited_at`, and the
 * mail's dedupe key), however often the sweep runs.
 */
export const registrationNoticesJob: Job = {
	name: "registration-notices",
	everyMinutes: 15,
	async run(context) {
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
		return { promoted, invited };
	},
};

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
