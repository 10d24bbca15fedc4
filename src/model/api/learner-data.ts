import { z } from "zod";
import { localizedName } from "../localized-text.ts";
import { email } from "../primitives.ts";
import { route } from "./contract.ts";
import { institutionParams } from "./institutions.ts";

/** Whose data: a learner's e-mail address (in the body, so it is in no address or log). */
export const learnerDataBody = z.strictObject({
	email: z.string().trim().toLowerCase().pipe(email),
});
export type LearnerDataRequest = z.infer<typeof learnerDataBody>;

/** The consent a registration was made with, as the person saw it. */
export const consentRecord = z.object({
	text: z.string().describe("the consent text exactly as the sign-up form showed it"),
	version: z.string(),
	givenAt: z.string().describe("when the person gave it: when they signed up"),
});

/**
 * One registration with everything its row keeps, by camelCase column name: the fields named
 * here, and every other column the registrations table has (channel, address, the lifecycle's
 * times). Only the link tokens' hashes are left out.
 */
export const learnerRegistrationView = z.looseObject({
	id: z.string(),
	offeringId: z.string(),
	state: z.string(),
	name: z.string(),
	email: z.string(),
	phone: z.string().nullable(),
	language: z.string(),
	source: z.string(),
	createdAt: z.string(),
	confirmedAt: z.string().nullable(),
	unsubscribedAt: z.string().nullable(),
	consent: consentRecord,
	offering: z
		.object({
			title: localizedName,
			end: z
				.string()
				.optional()
				.describe(
					"its last day (YYYY-MM-DD); always given for a course in the plan, absent for a past course whose history gives none",
				),
		})
		.nullable()
		.describe(
			"the course's title and last day, from the plan or, for a course that finished and moved there, the history; null when neither has it",
		),
	keptUntil: z
		.string()
		.describe("the last day it is kept (YYYY-MM-DD) by the institution's retention"),
});
export type LearnerRegistrationView = z.infer<typeof learnerRegistrationView>;

/** What the mail queue keeps of a mail to the person: never its text. */
export const learnerMailView = z.object({
	subject: z.string(),
	queuedAt: z.string(),
	sentAt: z.string().nullable(),
	failedAt: z.string().nullable().describe("when it was given up on; null otherwise"),
});

/** Everything an institution keeps about one e-mail address: what the person may download. */
export const learnerDataView = z.object({
	institution: z.object({ id: z.string(), name: z.string() }),
	email: z.string(),
	exportedAt: z.string(),
	retention: z.object({
		registrationsMonths: z
			.number()
			.describe("a registration is kept this long after its course ends"),
		unconfirmedDays: z.number().describe("an unconfirmed sign-up is kept this long"),
	}),
	registrations: z.array(learnerRegistrationView),
	mails: z.array(learnerMailView),
});
export type LearnerDataView = z.infer<typeof learnerDataView>;

/** What an erasure removed. */
export const erasureView = z.object({
	registrations: z.number(),
	mails: z.number(),
});
export type ErasureView = z.infer<typeof erasureView>;

const tags = ["learner data"];

export const exportLearnerDataRoute = route({
	method: "POST",
	path: "/institutions/:id/learner-data/export",
	permission: "learner-data:manage",
	summary:
		"Everything the institution keeps about a learner's e-mail address (registrations with their consent, mails), to look up or hand over on the person's request; empty lists when it keeps nothing",
	tags,
	params: institutionParams,
	body: learnerDataBody,
	responses: { 200: learnerDataView },
});

export const eraseLearnerDataRoute = route({
	method: "POST",
	path: "/institutions/:id/learner-data/erase",
	permission: "learner-data:manage",
	summary:
		"Erase, on the person's request, everything the institution keeps about a learner's e-mail address: registrations in every offering, mails, links to their data and mentions in earlier audit entries; the audit log records the erasure and who made it, not whose data it was",
	tags,
	params: institutionParams,
	body: learnerDataBody,
	responses: { 200: erasureView },
});
