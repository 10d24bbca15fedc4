/**
 * The links to the page of a learner's own data, where they see what the institution keeps
 * about their e-mail address, download it, or erase it (docs/learner-data.md). Every learner's
 * mail carries one, made by `queueLearnerMail` (learner-mail.ts).
 */
import type { Kysely } from "kysely";
import { insertLearnerDataLink } from "../store/learner-data-repository.ts";
import type { Database } from "../store/schema.ts";
import { minute } from "./clock.ts";
import { digest } from "./digest.ts";

/** How long a mail's link to the person's data works: a year, then a newer mail's link does. */
export const learnerDataLinkLifetime = 365 * 24 * 60 * minute;

/** Stores a link's token as its SHA-256, for the address and institution, valid for a year. */
export async function recordLearnerDataLink(
	db: Kysely<Database>,
	link: { token: string; institutionId: string; email: string; atIso: string },
): Promise<void> {
	await insertLearnerDataLink(db, {
		tokenHash: digest(link.token),
		institutionId: link.institutionId,
		email: link.email.toLowerCase(),
		createdAt: link.atIso,
		expiresAt: new Date(Date.parse(link.atIso) + learnerDataLinkLifetime).toISOString(),
	});
}
