/** The invitation mail to a new member of staff, in Estonian or English. */
import { type MailContent, type MailLanguage, mailContent } from "./mail-content.ts";

export interface InvitationMailDetails {
	language: MailLanguage;
	/** The account's name, as the administrator gave it (or the e-mail). */
	name: string;
	/** The institution whose courses they will plan; null for an administrator. */
	institutionName: string | null;
	invitationUrl: string;
	/** How many days the link works. */
	validDays: number;
}

interface Wording {
	subject(institution: string | null): string;
	greeting(name: string): string;
	invited(institution: string | null): string;
	setPassword(days: number): string;
	linkLabel: string;
	notExpected: string;
}

const wordings: Record<MailLanguage, Wording> = {
	et: {
		subject: (institution) =>
			institution === null ? "Kutse Kairosesse" : `Kutse Kairosesse: ${institution}`,
		greeting: (name) => `Tere, ${name}!`,
		invited: (institution) =>
			institution === null
				? "Sind kutsuti Kairost haldama."
				: `Sind kutsuti Kairosesse, kus ${institution} planeerib koos kolleegidega oma kursusi.`,
		setPassword: (days) =>
			`Vali oma parool selle lingi kaudu. Link töötab ühe korra ja ${days} päeva:`,
		linkLabel: "Vali parool",
		notExpected:
			"Kui sa kutset ei oodanud, jäta kiri tähelepanuta: ilma paroolita kontot kasutada ei saa.",
	},
	en: {
		subject: (institution) =>
			institution === null
				? "Your invitation to Kairos"
				: `Your invitation to Kairos: ${institution}`,
		greeting: (name) => `Hello ${name},`,
		invited: (institution) =>
			institution === null
				? "You have been invited to administer Kairos."
				: `You have been invited to Kairos, to plan the courses of ${institution} together with your colleagues.`,
		setPassword: (days) => `Choose your password with this link. It works once, for ${days} days:`,
		linkLabel: "Choose my password",
		notExpected:
			"If you did not expect this, please ignore this message: the account cannot be used without a password.",
	},
};

/** The mail that carries an invitation's link: who invites them to what, and until when. */
export function invitationMail(details: InvitationMailDetails): MailContent {
	const wording = wordings[details.language];
	return mailContent(details.language, wording.subject(details.institutionName), [
		[wording.greeting(details.name.replace(/\s+/g, " ").trim())],
		[wording.invited(details.institutionName)],
		[
			wording.setPassword(details.validDays),
			{ href: details.invitationUrl, label: wording.linkLabel },
		],
		[wording.notExpected],
	]);
}
