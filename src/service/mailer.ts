import { randomBytes } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import nodemailer, { type SendMailOptions } from "nodemailer";
import { type Clock, systemClock } from "./clock.ts";

/** One e-mail to one recipient. */
export interface MailMessage {
	to: string;
	subject: string;
	text: string;
	html?: string | undefined;
	/** Sent as `List-Unsubscribe: <url>` with one-click POST; the same link belongs in the text. */
	unsubscribeUrl?: string | undefined;
	/** Where replies go, e.g. the course's contact person. */
	replyTo?: string | undefined;
	headers?: Readonly<Record<string, string>> | undefined;
}

/** Sends mail; resolves once the SMTP server accepted the message or the file is written. */
export interface Mailer {
	send(message: MailMessage): Promise<void>;
}

export interface MailerConfig {
	/** `smtp://user:pass@host:587` or `smtps://…:465`; without it, mail goes to `outboxDir`. */
	smtpUrl?: string | undefined;
	/** Where each message becomes an `.eml` file when there is no SMTP server. */
	outboxDir: string;
	/** The `From` address, e.g. `Kairos <noreply@school.ee>`. */
	from: string;
	/** Names the outbox's files by the time they are written; the real time when absent. */
	clock?: Clock | undefined;
}

/**
 * A mailer that sends through SMTP when `smtpUrl` is set, and otherwise writes each message as
 * an RFC 5322 `.eml` file in `outboxDir` (created when needed), named so that `ls` lists them in
 * the order they were written.
 */
export function createMailer(config: MailerConfig): Mailer {
	return config.smtpUrl
		? smtpMailer(config.smtpUrl, config.from)
		: outboxMailer(config.outboxDir, config.from, config.clock ?? systemClock);
}

function smtpMailer(url: string, from: string): Mailer {
	// nodemailer waits minutes by default; a mail server that does not answer should fail the
	// attempt in seconds, so that the queue tries again later instead of the sender hanging.
	const transport = nodemailer.createTransport({
		url,
		connectionTimeout: 10_000,
		greetingTimeout: 10_000,
		socketTimeout: 30_000,
	});
	return {
		async send(message) {
			await transport.sendMail(mailOptions(from, message));
		},
	};
}

function outboxMailer(outboxDir: string, from: string, clock: Clock): Mailer {
	const transport = nodemailer.createTransport({
		streamTransport: true,
		buffer: true,
		newline: "windows",
	});
	return {
		async send(message) {
			const info = await transport.sendMail(mailOptions(from, message));
			if (!Buffer.isBuffer(info.message)) throw new Error("nodemailer returned no message buffer");
			await mkdir(outboxDir, { recursive: true });
			const stamp = clock().toISOString().replace(/[:.]/g, "-");
			const path = join(outboxDir, `${stamp}-${randomBytes(4).toString("hex")}.eml`);
			// Written aside and renamed, so a reader of the outbox never sees half a message.
			await writeFile(`${path}.partial`, info.message, { flag: "wx" });
			await rename(`${path}.partial`, path);
		},
	};
}

function mailOptions(from: string, message: MailMessage): SendMailOptions {
	return {
		from,
		to: message.to,
		subject: message.subject,
		text: message.text,
		...(message.html !== undefined && { html: message.html }),
		...(message.replyTo !== undefined && { replyTo: message.replyTo }),
		...(message.unsubscribeUrl !== undefined && { list: { unsubscribe: message.unsubscribeUrl } }),
		headers: {
			// One-click unsubscribe (RFC 8058): mail clients POST to the List-Unsubscribe address.
			...(message.unsubscribeUrl !== undefined && {
				"List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
			}),
			...message.headers,
		},
	};
}
