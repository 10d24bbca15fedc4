import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import {
	claimDueMail,
	deleteFinishedMailBefore,
	insertMail,
	markMailAttemptFailed,
	markMailSent,
} from "../store/mail-queue-repository.ts";
import type { Database } from "../store/schema.ts";
import { minute } from "./clock.ts";
import { perContext, type ServiceContext } from "./context.ts";
import type { MailMessage } from "./mailer.ts";

/** How long a sender holds a mail it took before another sender may take it over. */
const claimFor = 5 * minute;
/** The waits after each failed attempt; after the last one the mail is given up on. */
const retryDelays = [minute, 5 * minute, 30 * minute, 2 * 60 * minute, 12 * 60 * minute];

export interface QueueOptions {
	institutionId?: string | null | undefined;
	/**
	 * Queues the mail once only, however often its cause is retried: a second mail with the same
	 * key is not queued (`digest:<institution>:<person>:<ISO week>`).
	 */
	dedupeKey?: string | null | undefined;
}

/**
 * Queues a mail inside the caller's transaction: it goes out only if the transaction commits,
 * and it is sent by `deliverQueuedMail`, outside the request. False when its dedupe key was
 * queued before, and nothing was queued.
 */
export function queueMail(
	db: Kysely<Database>,
	message: MailMessage,
	at: string,
	options: QueueOptions = {},
): Promise<boolean> {
	return insertMail(db, {
		id: randomUUID(),
		institutionId: options.institutionId ?? null,
		recipient: message.to,
		subject: message.subject,
		message: JSON.stringify(message),
		dedupeKey: options.dedupeKey ?? null,
		at,
	});
}

export interface Delivery {
	sent: number;
	failed: number;
}

/**
 * Sends the mails that are due, one at a time, until none is left or `limit` were tried. A mail
 * whose sending fails waits 1 min, 5 min, 30 min, 2 h and 12 h before its next attempts, and is
 * given up on after the last (the queue keeps why). Safe to run in several processes at once:
 * each mail is claimed by one. Delivery is at least once: a process that stops after the mail
 * server took a mail but before it was marked sent leaves it to be sent again after the claim.
 */
export async function deliverQueuedMail(context: ServiceContext, limit = 100): Promise<Delivery> {
	const { db } = context.store;
	const delivery: Delivery = { sent: 0, failed: 0 };
	for (let tried = 0; tried < limit; tried++) {
		const now = context.clock();
		const mail = await claimDueMail(
			db,
			now.toISOString(),
			new Date(now.getTime() + claimFor).toISOString(),
		);
		// A claimed mail is one not yet sent or given up on, so it still has its message.
		if (!mail?.message) break;
		try {
			await context.mailer.send(JSON.parse(mail.message) as MailMessage);
			await markMailSent(db, mail.id, context.clock().toISOString());
			delivery.sent += 1;
		} catch (error) {
			const at = context.clock();
			const wait = retryDelays[mail.attempts];
			await markMailAttemptFailed(db, mail.id, {
				atIso: at.toISOString(),
				error: describeFailure(error),
				retryAt: wait === undefined ? null : new Date(at.getTime() + wait).toISOString(),
			});
			delivery.failed += 1;
		}
	}
	return delivery;
}

/**
 * What went wrong, for a record an administrator reads (the mail queue, the job runs): the
 * message only, without credentials in addresses, at most 500 characters.
 */
export function describeFailure(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	return text.replace(/\/\/[^@\s/]+@/g, "//***@").slice(0, 500);
}

type Wake = () => void;
const listeners = perContext(() => new Set<Wake>());

/** Tells this context's sender, if one runs, that mail was just queued. */
export function mailQueued(context: ServiceContext): void {
	for (const wake of listeners(context)) wake();
}

export interface MailSender {
	/** Resolves when the sender has stopped and its current delivery has finished. */
	stop(): Promise<void>;
}

/**
 * Runs the sender in this process: at once whenever mail is queued through this context, and
 * every `intervalMs` for mail queued elsewhere or due for another attempt. Failures of the
 * database itself are reported to `onError` and tried again on the next round.
 */
export function startMailSender(
	context: ServiceContext,
	options: { intervalMs?: number; onError?: (error: unknown) => void } = {},
): MailSender {
	let running: Promise<void> | undefined;
	let again = false;
	let stopped = false;
	const run = (): void => {
		if (stopped) return;
		if (running) {
			again = true;
			return;
		}
		running = deliverQueuedMail(context)
			.then(
				() => undefined,
				(error: unknown) => options.onError?.(error),
			)
			.finally(() => {
				running = undefined;
				if (again) {
					again = false;
					run();
				}
			});
	};
	listeners(context).add(run);
	const timer = setInterval(run, options.intervalMs ?? 30_000);
	timer.unref();
	run();
	return {
		async stop() {
			stopped = true;
			clearInterval(timer);
			listeners(context).delete(run);
			await running;
		},
	};
}

/** How long what is kept of a sent or given-up mail stays: it names a learner and a course. */
const keepFinishedMail = 30 * 24 * 60 * minute;

/** Deletes what is kept of the mails sent or given up on more than 30 days ago. */
export async function forgetFinishedMail(context: ServiceContext): Promise<number> {
	const before = new Date(context.clock().getTime() - keepFinishedMail).toISOString();
	return deleteFinishedMailBefore(context.store.db, before);
}
