/**
 * The mails to a learner whose address is confirmed, as their registration moves: their
 * application received, a place freed up for them on the waitlist, registration open for a
 * course they were interested in. In Estonian and English, framed by `queueLearnerMail`.
 */
import type { LearnerMail, LearnerMailFrame } from "./learner-mail.ts";
import { type MailLanguage, mailLanguage } from "./mail-content.ts";
import { type ApplicationOutcome, outcomeText } from "./sign-up-mail.ts";

/** Which mail: each kind says one thing about the registration. */
export type RegistrationNotice =
	| { kind: "application-received"; outcome: ApplicationOutcome }
	| { kind: "promoted" }
	| { kind: "registration-open" };

export interface RegistrationMailDetails extends LearnerMailFrame {
	offeringTitle: string;
	/** The course's page in the catalogue. */
	courseUrl: string;
}

interface Wording {
	subject: Record<RegistrationNotice["kind"], (title: string) => string>;
	received(title: string): string;
	promoted(title: string): string;
	open(title: string): string;
	applyLabel: string;
	courseLabel: string;
	purpose: string;
	interestPurpose: string;
}

const wordings: Record<MailLanguage, Wording> = {
	et: {
		subject: {
			"application-received": (title) => `Avaldus on kätte saadud: ${title}`,
			promoted: (title) => `Sulle vabanes koht: ${title}`,
			"registration-open": (title) => `Registreerimine on avatud: ${title}`,
		},
		received: (title) => `Aitäh, et kandideerid kursusele „${title}“.`,
		promoted: (title) =>
			`Hea uudis: kursuse „${title}“ rühmas vabanes koht ja see on nüüd sinu, sest olid ootejärjekorras esimene.`,
		open: (title) =>
			`Kursuse „${title}“ registreerimine on avatud. Andsid teada, et see kursus huvitab sind: kandideeri nüüd.`,
		applyLabel: "Kandideerin",
		courseLabel: "Kursuse leht",
		purpose: "Kasutame sinu andmeid ainult sinu avalduse menetlemiseks.",
		interestPurpose: "Kasutame sinu andmeid ainult selleks, et sulle sellest kursusest teada anda.",
	},
	en: {
		subject: {
			"application-received": (title) => `Application received: ${title}`,
			promoted: (title) => `A place is yours: ${title}`,
			"registration-open": (title) => `Registration is open: ${title}`,
		},
		received: (title) => `Thank you for applying to the course “${title}”.`,
		promoted: (title) =>
			`Good news: a place in the group of “${title}” has freed up and it is now yours, as you were first on the waitlist.`,
		open: (title) =>
			`Registration for the course “${title}” is open. You asked us to tell you about it: apply now.`,
		applyLabel: "Apply now",
		courseLabel: "The course's page",
		purpose: "We use your details only to handle your application.",
		interestPurpose: "We use your details only to tell you about this course.",
	},
};

/** The mail that tells a registrant of `notice`, in their language. */
export function registrationMail(
	details: RegistrationMailDetails,
	notice: RegistrationNotice,
): LearnerMail {
	const wording = wordings[mailLanguage(details.language)];
	const title = details.offeringTitle;
	const subject = wording.subject[notice.kind](title);
	switch (notice.kind) {
		case "application-received":
			return {
				frame: details,
				subject,
				body: [
					[wording.received(title), outcomeText(details.language, notice.outcome)],
					[{ href: details.courseUrl, label: wording.courseLabel }],
				],
				purpose: wording.purpose,
			};
		case "promoted":
			return {
				frame: details,
				subject,
				body: [
					[wording.promoted(title)],
					[{ href: details.courseUrl, label: wording.courseLabel }],
				],
				purpose: wording.purpose,
			};
		case "registration-open":
			return {
				frame: details,
				subject,
				body: [[wording.open(title), { href: details.courseUrl, label: wording.applyLabel }]],
				purpose: wording.interestPurpose,
			};
	}
}
