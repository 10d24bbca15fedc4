import { retentionOf } from "../../model/institution.ts";
import {
	deleteExpiredLearnerDataLinks,
	learnerDataInstitutions,
} from "../../store/learner-data-repository.ts";
import { registrationsPastRetention } from "../../store/learner-erasure-repository.ts";
import { nowIso, todayFor } from "../context.ts";
import { eraseRegistrations, fillErasedPlaces } from "../learner-erasure.ts";
import { retentionLimits } from "../retention.ts";
import type { Job } from "./job.ts";

/**
 * `retention`: erases, in every institution, the registrations its retention says are kept no
 * longer (docs/learner-data.md), with the mails about them and their mentions in the audit log,
 * and records one anonymous audit entry per institution with the counts (a place an erased
 * application held goes to the waitlist); then deletes the expired links to learners' data. A second run finds nothing left to do.
 */
export const retentionJob: Job = {
	name: "retention",
	everyMinutes: 6 * 60,
	async run(context) {
		const { db } = context.store;
		let registrations = 0;
		let mails = 0;
		for (const institution of await learnerDataInstitutions(db)) {
			const limits = retentionLimits(
				todayFor(context, institution.timezone),
				context.clock(),
				retentionOf(institution),
			);
			const { erased, due } = await db.transaction().execute(async (trx) => {
				const due = await registrationsPastRetention(trx, institution.id, limits);
				const erased = await eraseRegistrations(
					trx,
					institution.id,
					due,
					{ by: "retention" },
					nowIso(context),
				);
				return { erased, due };
			});
			fillErasedPlaces(context, due);
			registrations += erased.registrations;
			mails += erased.mails;
		}
		const links = await deleteExpiredLearnerDataLinks(db, nowIso(context));
		return { registrations, mails, links };
	},
};
