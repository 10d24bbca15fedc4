/** The texts of the sign-up mails, in Estonian and English (any other language gets English). */

export interface ConfirmationMailDetails {
	/** The page language; `et` and `et-EE` give Estonian, anything else English. */
	language: string;
	offeringTitle: string;
	institutionName: string;
	contact?: { name: string; email: string } | undefined;
	confirmUrl: string;
	unsubscribeUrl: string;
}

export interface MailContent {
	subject: string;
	text: string;
	html: string;
}

export type MailLanguage = "et" | "en";

/** The language the mails are written in for a page language. */
export function mailLanguage(language: string): MailLanguage {
	return language.trim().toLowerCase().split("-")[0] === "et" ? "et" : "en";
}

interface Link {
	href: string;
	label: string;
}
/** A paragraph's lines; the text shows a link as its bare address, the HTML by its label. */
type Paragraph = readonly (string | Link)[];

interface Wording {
	subject(title: string): string;
	greeting: string;
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
		greeting: "Tere!",
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
		greeting: "Hello,",
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
 * The double opt-in mail: it names the course and the institution, asks to confirm, says what
 * the address is used for and whom to ask, and carries the unsubscribe link. It does not repeat
 * the name from the form, so a stranger's text never reaches the inbox it was sent to.
 */
export function confirmationMail(details: ConfirmationMailDetails): MailContent {
	const language = mailLanguage(details.language);
	const wording = wordings[language];
	const paragraphs: Paragraph[] = [
		[wording.greeting],
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
	return {
		subject: wording.subject(details.offeringTitle),
		text: `${paragraphs.map(textOf).join("\n\n")}\n`,
		html: htmlOf(language, paragraphs),
	};
}

function textOf(paragraph: Paragraph): string {
	return paragraph.map((line) => (typeof line === "string" ? line : line.href)).join("\n");
}

function htmlOf(language: MailLanguage, paragraphs: readonly Paragraph[]): string {
	const body = paragraphs
		.map((paragraph) => {
			const lines = paragraph.map((line) =>
				typeof line === "string"
					? escapeHtml(line)
					: `<a href="${escapeHtml(line.href)}">${escapeHtml(line.label)}</a>`,
			);
			return `<p>${lines.join("<br>")}</p>`;
		})
		.join("\n");
	return `<!doctype html>\n<html lang="${language}">\n<body>\n${body}\n</body>\n</html>\n`;
}

const entities: Readonly<Record<string, string>> = {
	"&": "&amp;",
	"<": "&lt;",
	">": "&gt;",
	'"': "&quot;",
	"'": "&#39;",
};

// The same escaping as src/report/html-escape.ts, which the service layer does not import.
function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}
