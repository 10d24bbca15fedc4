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
