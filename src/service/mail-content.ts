/** How Kairos writes its e-mails: paragraphs of lines and links, as plain text and as HTML. */
import { html, join } from "../html/template.ts";

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

const personName = /^\p{L}[\p{L}\p{M}'’. -]{0,59}$/u;

/**
 * The name a learner gave, to greet them by, on one line; undefined when it does not read as a
 * name (letters, spaces, hyphens, apostrophes and dots, at most 60), so that a stranger cannot
 * mail a message or a link through it.
 */
export function greetingName(name: string): string | undefined {
	const line = name.replace(/\s+/g, " ").trim();
	return personName.test(line) ? line : undefined;
}

export interface Link {
	href: string;
	label: string;
	/** The text shows the label too, above the address: for a link that names what it is. */
	labelInText?: true;
}

/** A paragraph's lines; the text shows a link as its bare address, the HTML by its label. */
export type Paragraph = readonly (string | Link)[];

/**
 * A mail of paragraphs: the text with each link as its address, and the HTML (every value
 * escaped by the `html` tag) with each link by its label.
 */
export function mailContent(
	language: MailLanguage,
	subject: string,
	paragraphs: readonly Paragraph[],
): MailContent {
	return {
		subject,
		text: `${paragraphs.map(textOf).join("\n\n")}\n`,
		html: htmlOf(language, paragraphs),
	};
}

function textOf(paragraph: Paragraph): string {
	return paragraph
		.map((line) => {
			if (typeof line === "string") return line;
			return line.labelInText ? `${line.label}\n${line.href}` : line.href;
		})
		.join("\n");
}

function htmlOf(language: MailLanguage, paragraphs: readonly Paragraph[]): string {
	const body = join(
		paragraphs.map((paragraph) => {
			const lines = paragraph.map((line) =>
				typeof line === "string" ? line : html`<a href="${line.href}">${line.label}</a>`,
			);
			return html`<p>${join(lines, html`<br>`)}</p>`;
		}),
		"\n",
	);
	return `<!doctype html>\n${html`<html lang="${language}">
<body>
${body}
</body>
</html>`}\n`;
}
