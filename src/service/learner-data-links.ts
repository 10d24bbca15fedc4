/**
 * Every mail to a learner ends with a link to the page of their own data, where they see what
 * the institution keeps about their e-mail address, download it, or erase it
 * (docs/learner-data.md). `queueLearnerMail` is the one way a learner's mail is queued, so none
 * goes out without the link.
 */
import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { insertLearnerDataLink } from "../store/learner-data-repository.ts";
import type { Database } from "../store/schema.ts";
import { minute } from "./clock.ts";
import type { ServiceContext } from "./context.ts";
import { digest } from "./digest.ts";
import { type MailContent, mailContent, mailLanguage, type Paragraph } from "./mail-content.ts";
import { queueMail } from "./mail-queue.ts";

/** How long a mail's link to the person's data works: a year, then a newer mail's link does. */
export const learnerDataLinkLifetime = 365 * 24 * 60 * minute;

/** A learner's mail before its footer: the language it is written in, its subject and text. */
export interface LearnerMailDraft {
	/** The registration's language; `et` and `et-EE` give Estonian, anything else English. */
	language: string;
	subject: string;
	paragraphs: readonly Paragraph[];
}

/** Where a learner's mail goes and how it is sent. */
export interface LearnerMailDelivery {
	/** The learner's e-mail address, as their registration keeps it. */
	to: string;
	/** The institution whose data about the learner the link shows. */
	institutionId: string;
	/** Sent as `List-Unsubscribe` too, when the mail has one. */
	unsubscribeUrl?: string | undefined;
	replyTo?: string | undefined;
	/** A mail with a key is queued once only (`follow-through:<institution>:<offering>:<registration>`). */
	dedupeKey?: string | undefined;
}

const footerWording = {
	et: {
		text: "Vaata, laadi alla või kustuta andmed, mida me sinu kohta hoiame:",
		label: "Minu andmed",
	},
	en: { text: "See, download or erase the data we keep about you:", label: "My data" },
} as const;

/** The address of the page of a person's data for a link's token, in the mail's language. */
export function learnerDataUrl(context: ServiceContext, language: string, token: string): string {
	return `${context.publicUrl}/${mailLanguage(language)}/my-data/${token}`;
}

/** The last paragraph of every learner's mail: the link to their data. */
export function learnerDataFooter(language: string, url: string): Paragraph {
	const wording = footerWording[mailLanguage(language)];
	return [wording.text, { href: url, label: wording.label }];
}

/** A learner's mail, written out with the footer that links to `dataUrl`. */
export function learnerMailContent(draft: LearnerMailDraft, dataUrl: string): MailContent {
	return mailContent(mailLanguage(draft.language), draft.subject, [
		...draft.paragraphs,
		learnerDataFooter(draft.language, dataUrl),
	]);
}

/**
 * Queues a mail to a learner inside the caller's transaction, with the link to their data: a new
 * random token whose SHA-256 is stored only when the mail is queued (not when its dedupe key
 * says it was queued before), valid for a year. Returns whether the mail was queued.
 */
export async function queueLearnerMail(
	db: Kysely<Database>,
	context: ServiceContext,
	draft: LearnerMailDraft,
	delivery: LearnerMailDelivery,
	atIso: string,
): Promise<boolean> {
	const token = randomBytes(32).toString("base64url");
	const content = learnerMailContent(draft, learnerDataUrl(context, draft.language, token));
	const queued = await queueMail(
		db,
		{
			to: delivery.to,
			...content,
			unsubscribeUrl: delivery.unsubscribeUrl,
			replyTo: delivery.replyTo,
		},
		atIso,
		{ institutionId: delivery.institutionId, dedupeKey: delivery.dedupeKey },
	);
	if (queued)
		await insertLearnerDataLink(db, {
			tokenHash: digest(token),
			institutionId: delivery.institutionId,
			email: delivery.to.toLowerCase(),
			createdAt: atIso,
			expiresAt: new Date(Date.parse(atIso) + learnerDataLinkLifetime).toISOString(),
		});
	return queued;
}
