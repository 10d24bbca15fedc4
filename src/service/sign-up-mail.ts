/** The texts of the sign-up mails, in Estonian and English (any other language gets English). */
import type { LearnerMail, LearnerMailFrame } from "./learner-mail.ts";
import { type MailLanguage, mailLanguage, type Paragraph } from "./mail-content.ts";

/** What an application became: a place in the group, or a place in line on the waitlist. */
export type ApplicationOutcome = { state: "applied" } | { state: "waitlisted"; position: number };

export interface ConfirmationMailDetails extends LearnerMailFrame {
	offeringTitle: string;
	confirmUrl: string;
	/** An application's outcome; without it the sign-up is an interest ("notify me"). */
	application?: ApplicationOutcome | undefined;
}

interface Wording {
	subject(title: string): string;
	thanks(title: string): string;
	applySubject(title: string): string;
	applyThanks(title: string): string;
	confirm: string;
	confirmLabel: string;
	notYou: string;
	purpose: string;
	applyPurpose: string;
}

const wordings: Record<MailLanguage, Wording> = {
	et: {
		subject: (title) => `Kinnita oma huvi: ${title}`,
		thanks: (title) => `Aitäh huvi eest kursuse „${title}“ vastu.`,
		applySubject: (title) => `Kinnita oma avaldus: ${title}`,
		applyThanks: (title) => `Aitäh, et kandideerid kursusele „${title}“.`,
		confirm: "Palun kinnita oma e-posti aadress, avades selle lingi:",
		confirmLabel: "Kinnitan oma e-posti aadressi",
		notYou:
			"Kui see polnud sina, jäta kiri tähelepanuta: ilma kinnituseta me sulle rohkem ei kirjuta.",
		purpose: "Kasutame sinu andmeid ainult selleks, et sulle sellest kursusest teada anda.",
		applyPurpose: "Kasutame sinu andmeid ainult sinu avalduse menetlemiseks.",
	},
	en: {
		subject: (title) => `Confirm your interest: ${title}`,
		thanks: (title) => `Thank you for your interest in the course “${title}”.`,
		applySubject: (title) => `Confirm your application: ${title}`,
		applyThanks: (title) => `Thank you for applying to the course “${title}”.`,
		confirm: "Please confirm your e-mail address by opening this link:",
		confirmLabel: "Confirm my e-mail address",
		notYou:
			"If this was not you, please ignore this message: unless you confirm, we will not write again.",
		purpose: "We use your details only to tell you about this course.",
		applyPurpose: "We use your details only to handle your application.",
	},
};

const outcomes: Record<MailLanguage, (outcome: ApplicationOutcome) => string> = {
	et: (outcome) =>
		outcome.state === "applied"
			? "Sinu koht rühmas on hoitud; anname teada, kui rühm on kinnitatud."
			: `Rühm on täis, seega oled ootejärjekorras ${outcome.position}. kohal. Kirjutame kohe, kui sulle koht vabaneb.`,
	en: (outcome) =>
		outcome.state === "applied"
			? "Your place in the group is kept; we will let you know when the group is confirmed."
			: `The group is full, so you are number ${outcome.position} on the waitlist. We will write as soon as a place frees up for you.`,
};

/** What an application's mails say of its outcome, in the mail's language. */
export function outcomeText(language: string, outcome: ApplicationOutcome): string {
	return outcomes[mailLanguage(language)](outcome);
}

/**
 * The double opt-in mail: it greets the person by the name they gave, names the course and the
 * institution, says what an application became (a place, or which place on the waitlist), asks
 * to confirm and says what the address is used for; `queueLearnerMail` frames it.
 */
export function confirmationMail(details: ConfirmationMailDetails): LearnerMail {
	const wording = wordings[mailLanguage(details.language)];
	const { application } = details;
	const title = details.offeringTitle;
	const body: Paragraph[] = [
		[
			`${application ? wording.applyThanks(title) : wording.thanks(title)} ${wording.confirm}`,
			{ href: details.confirmUrl, label: wording.confirmLabel },
		],
		...(application ? [[outcomeText(details.language, application)]] : []),
		[wording.notYou],
	];
	return {
		frame: details,
		subject: application ? wording.applySubject(title) : wording.subject(title),
		body,
		purpose: application ? wording.applyPurpose : wording.purpose,
	};
}
