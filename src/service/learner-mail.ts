/**
 * The frame of every mail to a learner, in Estonian and English (any other language gets
 * English): the greeting, the body, why we write and whom to ask, the institution, the
 * unsubscribe link and the link to the page of the learner's own data (docs/learner-data.md).
 * Every learner's mail is framed and queued here, by `queueLearnerMail`, so what each must
 * carry is added once and none goes out without it.
 */
import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../store/schema.ts";
import type { ServiceContext } from "./context.ts";
import { recordLearnerDataLink } from "./learner-data-links.ts";
import { learnerLinks } from "./learner-links.ts";
import {
	type MailContent,
	type MailLanguage,
	mailContent,
	mailLanguage,
	type Paragraph,
} from "./mail-content.ts";
import { queueMail } from "./mail-queue.ts";

/** Who writes to whom: the parts every learner's mail has. */
export interface LearnerMailFrame {
	/** The registration's language; `et` and `et-EE` give Estonian, anything else English. */
	language: string;
	/** The name the person gave, to greet them by. */
	name: string;
	institutionName: string;
	/** The course's contact, named in the mail; replies go there. */
	contact?: { name: string; email: string } | undefined;
	/** Linked in the mail and sent as `List-Unsubscribe`. */
	unsubscribeUrl: string;
}

/**
 * A learner's mail before its frame: what this kind of mail says. `body` and `purpose` are
 * written per language by the mail's module, which picks them with `mailLanguage`.
 */
export interface LearnerMail {
	frame: LearnerMailFrame;
	subject: string;
	body: readonly Paragraph[];
	/** Why we write: what the address is used for. */
	purpose: string;
}

/** Where a learner's mail goes. */
export interface LearnerMailDelivery {
	/** The learner's e-mail address, as their registration keeps it. */
	to: string;
	/** The institution whose data about the learner the data link shows. */
	institutionId: string;
	/** A mail with a key is queued once only (`follow-through:<institution>:<offering>:<registration>`). */
	dedupeKey?: string | undefined;
}

interface FrameWording {
	/** The greeting, by name when the form's name is one. */
	greeting(name: string | undefined): string;
	questions(name: string, email: string): string;
	unsubscribe: string;
	unsubscribeLabel: string;
	myData: string;
	myDataLabel: string;
}

const frames: Record<MailLanguage, FrameWording> = {
	et: {
		greeting: (name) => (name === undefined ? "Tere!" : `Tere, ${name}!`),
		questions: (name, email) => `Küsimuste korral: ${name}, ${email}`,
		unsubscribe: "Kirjadest loobumiseks:",
		unsubscribeLabel: "loobu kirjadest",
		myData: "Vaata, laadi alla või kustuta andmed, mida me sinu kohta hoiame:",
		myDataLabel: "Minu andmed",
	},
	en: {
		greeting: (name) => (name === undefined ? "Hello," : `Hello ${name},`),
		questions: (name, email) => `Questions? ${name}, ${email}`,
		unsubscribe: "To stop these e-mails:",
		unsubscribeLabel: "unsubscribe",
		myData: "See, download or erase the data we keep about you:",
		myDataLabel: "My data",
	},
};

/**
 * A learner's mail written out in its frame: the greeting, the body, the purpose with whom to
 * ask, the institution's name, the unsubscribe link and, last, the link to their data at
 * `dataUrl`.
 */
export function learnerMailContent(mail: LearnerMail, dataUrl: string): MailContent {
	const { frame } = mail;
	const language = mailLanguage(frame.language);
	const wording = frames[language];
	const paragraphs: Paragraph[] = [
		[wording.greeting(greetingName(frame.name))],
		...mail.body,
		[
			mail.purpose,
			...(frame.contact ? [wording.questions(frame.contact.name, frame.contact.email)] : []),
		],
		[frame.institutionName],
		[wording.unsubscribe, { href: frame.unsubscribeUrl, label: wording.unsubscribeLabel }],
		[wording.myData, { href: dataUrl, label: wording.myDataLabel }],
	];
	return mailContent(language, mail.subject, paragraphs);
}

/**
 * Queues a mail to a learner inside the caller's transaction, in its frame, with a new link to
 * their data: a random token whose SHA-256 is stored only when the mail is queued (not when its
 * dedupe key says it was queued before). Replies go to the course's contact. Returns whether
 * the mail was queued.
 */
export async function queueLearnerMail(
	db: Kysely<Database>,
	context: ServiceContext,
	mail: LearnerMail,
	delivery: LearnerMailDelivery,
	atIso: string,
): Promise<boolean> {
	const token = randomBytes(32).toString("base64url");
	const content = learnerMailContent(
		mail,
		learnerLinks.myData(context, mail.frame.language, token),
	);
	const queued = await queueMail(
		db,
		{
			to: delivery.to,
			...content,
			unsubscribeUrl: mail.frame.unsubscribeUrl,
			replyTo: mail.frame.contact?.email,
		},
		atIso,
		{ institutionId: delivery.institutionId, dedupeKey: delivery.dedupeKey },
	);
	if (queued)
		await recordLearnerDataLink(db, {
			token,
			institutionId: delivery.institutionId,
			email: delivery.to,
			atIso,
		});
	return queued;
}

const personName = /^\p{L}[\p{L}\p{M}'’. -]{0,59}$/u;

/**
 * The name to greet with, on one line; undefined when the form's name does not read as a name
 * (letters, spaces, hyphens, apostrophes and dots, at most 60). The name is all of a form's
 * text that reaches the inbox, so a stranger cannot mail a message or a link through it.
 */
function greetingName(name: string): string | undefined {
	const line = name.replace(/\s+/g, " ").trim();
	return personName.test(line) ? line : undefined;
}
