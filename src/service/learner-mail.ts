/**
 * The frame of every mail to a learner, in Estonian and English (any other language gets
 * English): the greeting, the body, why we write and whom to ask, the institution and the
 * unsubscribe link. Every learner's mail is made here, so what each must carry is added once.
 */
import {
	type MailContent,
	type MailLanguage,
	mailContent,
	mailLanguage,
	type Paragraph,
} from "./mail-content.ts";

/** Who writes to whom about what: the parts every learner's mail has. */
export interface LearnerMailFrame {
	/** The registration's language; `et` and `et-EE` give Estonian, anything else English. */
	language: string;
	/** The name the person gave, to greet them by. */
	name: string;
	institutionName: string;
	/** The course's contact, named in the mail; replies go there. */
	contact?: { name: string; email: string } | undefined;
	unsubscribeUrl: string;
}

interface FrameWording {
	/** The greeting, by name when the form's name is one. */
	greeting(name: string | undefined): string;
	questions(name: string, email: string): string;
	unsubscribe: string;
	unsubscribeLabel: string;
}

const frames: Record<MailLanguage, FrameWording> = {
	et: {
		greeting: (name) => (name === undefined ? "Tere!" : `Tere, ${name}!`),
		questions: (name, email) => `Küsimuste korral: ${name}, ${email}`,
		unsubscribe: "Kirjadest loobumiseks:",
		unsubscribeLabel: "loobu kirjadest",
	},
	en: {
		greeting: (name) => (name === undefined ? "Hello," : `Hello ${name},`),
		questions: (name, email) => `Questions? ${name}, ${email}`,
		unsubscribe: "To stop these e-mails:",
		unsubscribeLabel: "unsubscribe",
	},
};

/**
 * A learner's mail: the greeting, the `body` paragraphs, the `purpose` line with whom to ask,
 * the institution's name and the unsubscribe link. `body` and `purpose` are written per
 * language by the caller, which picks them with `mailLanguage`.
 */
export function learnerMail(
	frame: LearnerMailFrame,
	subject: string,
	body: readonly Paragraph[],
	purpose: string,
): MailContent {
	const language = mailLanguage(frame.language);
	const wording = frames[language];
	const paragraphs: Paragraph[] = [
		[wording.greeting(greetingName(frame.name))],
		...body,
		[
			purpose,
			...(frame.contact ? [wording.questions(frame.contact.name, frame.contact.email)] : []),
		],
		[frame.institutionName],
		[wording.unsubscribe, { href: frame.unsubscribeUrl, label: wording.unsubscribeLabel }],
	];
	return mailContent(language, subject, paragraphs);
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
