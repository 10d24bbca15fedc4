/** The texts of the sign-up mails, in Estonian and English (any other language gets English). */
import type { LearnerMailDraft } from "./learner-data-links.ts";
import { type MailLanguage, mailLanguage, type Paragraph } from "./mail-content.ts";

export interface ConfirmationMailDetails {
	/** The page language; `et` and `et-EE` give Estonian, anything else English. */
	language: string;
	/** The name the person gave on the form, to greet them by. */
	name: string;
	offeringTitle: string;
	institutionName: string;
	contact?: { name: string; email: string } | undefined;
	confirmUrl: string;
	unsubscribeUrl: string;
}

interface Wording {
	subject(title: string): string;
	/** The greeting, by name when the form's name is one. */
	greeting(name: string | undefined): string;
	thanks(title: string): string;
	confirm: string;
	confirmLabel: string;
	notYou: string;
	purpose: string;
	questions(name: string, email: string): string;
	unsubscribe: string;
	unsubscribeLabel: string;
}

const wordings: Record<MailLanguage, Wording> = {
	et: {
		subject: (title) => `Kinnita oma huvi: ${title}`,
		greeting: (name) => (name === undefined ? "Tere!" : `Tere, ${name}!`),
		thanks: (title) => `Aitäh huvi eest kursuse „${title}“ vastu.`,
		confirm: "Palun kinnita oma e-posti aadress, avades selle lingi:",
		confirmLabel: "Kinnitan oma e-posti aadressi",
		notYou:
			"Kui see polnud sina, jäta kiri tähelepanuta: ilma kinnituseta me sulle rohkem ei kirjuta.",
		purpose: "Kasutame sinu andmeid ainult selleks, et sulle sellest kursusest teada anda.",
		questions: (name, email) => `Küsimuste korral: ${name}, ${email}`,
		unsubscribe: "Kirjadest loobumiseks:",
		unsubscribeLabel: "loobu kirjadest",
	},
	en: {
		subject: (title) => `Confirm your interest: ${title}`,
		greeting: (name) => (name === undefined ? "Hello," : `Hello ${name},`),
		thanks: (title) => `Thank you for your interest in the course “${title}”.`,
		confirm: "Please confirm your e-mail address by opening this link:",
		confirmLabel: "Confirm my e-mail address",
		notYou:
			"If this was not you, please ignore this message: unless you confirm, we will not write again.",
		purpose: "We use your details only to tell you about this course.",
		questions: (name, email) => `Questions? ${name}, ${email}`,
		unsubscribe: "To stop these e-mails:",
		unsubscribeLabel: "unsubscribe",
	},
};

/**
 * The double opt-in mail: it greets the person by the name they gave, names the course and the
 * institution, asks to confirm, says what the address is used for and whom to ask, and carries
 * the unsubscribe link. The name is all of the form's text that reaches the inbox, so it is used
 * only when it reads as a name (letters, spaces, hyphens, apostrophes and dots, at most 60):
 * a stranger cannot mail a message or a link through it. `queueLearnerMail` adds the link to the
 * person's data.
 */
export function confirmationMail(details: ConfirmationMailDetails): LearnerMailDraft {
	const language = mailLanguage(details.language);
	const wording = wordings[language];
	const paragraphs: Paragraph[] = [
		[wording.greeting(greetingName(details.name))],
		[
			`${wording.thanks(details.offeringTitle)} ${wording.confirm}`,
			{ href: details.confirmUrl, label: wording.confirmLabel },
		],
		[wording.notYou],
		[
			wording.purpose,
			...(details.contact ? [wording.questions(details.contact.name, details.contact.email)] : []),
		],
		[details.institutionName],
		[wording.unsubscribe, { href: details.unsubscribeUrl, label: wording.unsubscribeLabel }],
	];
	return { language, subject: wording.subject(details.offeringTitle), paragraphs };
}

const personName = /^\p{L}[\p{L}\p{M}'’. -]{0,59}$/u;

/** The name to greet with, on one line; undefined when the form's name does not read as a name. */
function greetingName(name: string): string | undefined {
	const line = name.replace(/\s+/g, " ").trim();
	return personName.test(line) ? line : undefined;
}
