import { type Kysely, PostgresAdapter, type Selectable } from "kysely";
import type { Database, MailQueueTable } from "./schema.ts";

export interface QueuedMail {
	id: string;
	institutionId: string | null;
	recipient: string;
	subject: string;
	/** The message as its sender wrote it (JSON); null once sent. */
	message: string | null;
	dedupeKey: string | null;
	createdAt: string;
	sendAfter: string;
	attempts: number;
	lastError: string | null;
	sentAt: string | null;
	failedAt: string | null;
}

function queuedMailOf(row: Selectable<MailQueueTable>): QueuedMail {
	return {
		id: row.id,
		institutionId: row.institution_id,
		recipient: row.recipient,
		subject: row.subject,
		message: row.message,
		dedupeKey: row.dedupe_key,
		createdAt: row.created_at,
		sendAfter: row.send_after,
		attempts: row.attempts,
		lastError: row.last_error,
		sentAt: row.sent_at,
		failedAt: row.failed_at,
	};
}

export interface NewMail {
	id: string;
	institutionId: string | null;
	recipient: string;
	subject: string;
	message: string;
	dedupeKey: string | null;
	at: string;
}

/**
 * Queues a mail, inside the caller's transaction. Returns false, queueing nothing, when a mail
 * with the same dedupe key was queued before: the unique index decides.
 */
export async function insertMail(db: Kysely<Database>, mail: NewMail): Promise<boolean> {
	const result = await db
		.insertInto("mail_queue")
		.values({
			id: mail.id,
			institution_id: mail.institutionId,
			recipient: mail.recipient,
			subject: mail.subject,
			message: mail.message,
			dedupe_key: mail.dedupeKey,
			created_at: mail.at,
			send_after: mail.at,
			claimed_until: null,
			attempts: 0,
			last_error: null,
			sent_at: null,
			failed_at: null,
		})
		.onConflict((conflict) => conflict.column("dedupe_key").doNothing())
		.executeTakeFirst();
	return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/**
 * Takes the oldest mail that is due and not held by another sender, holding it until
 * `claimUntil`. One statement, so two senders (two server processes) never take the same mail.
 */
export async function claimDueMail(
	db: Kysely<Database>,
	nowIso: string,
	claimUntil: string,
): Promise<QueuedMail | undefined> {
	const free = (query: ReturnType<typeof due>) =>
		query.where((eb) => eb.or([eb("claimed_until", "is", null), eb("claimed_until", "<", nowIso)]));
	const due = () =>
		db
			.selectFrom("mail_queue")
			.select("id")
			.where("sent_at", "is", null)
			.where("failed_at", "is", null)
			.where("send_after", "<=", nowIso);
	// On PostgreSQL a row another sender is claiming is skipped, not waited for: each sender
	// takes a different mail, and none stops early because another took the one it saw.
	const next = free(due()).orderBy("send_after").orderBy("id").limit(1);
	const candidate =
		db.getExecutor().adapter instanceof PostgresAdapter ? next.forUpdate().skipLocked() : next;
	const row = await db
		.updateTable("mail_queue")
		.set({ claimed_until: claimUntil })
		.where("id", "=", candidate)
		.where((eb) => eb.or([eb("claimed_until", "is", null), eb("claimed_until", "<", nowIso)]))
		.returningAll()
		.executeTakeFirst();
	return row && queuedMailOf(row);
}

/** Marks a mail sent and forgets its body, which may hold link tokens. */
export async function markMailSent(db: Kysely<Database>, id: string, atIso: string): Promise<void> {
	await db
		.updateTable("mail_queue")
		.set({ sent_at: atIso, message: null, claimed_until: null, last_error: null })
		.where("id", "=", id)
		.execute();
}

/**
 * Records a failed attempt: the mail is tried again after `retryAt`, or given up on when
 * `retryAt` is null.
 */
export async function markMailAttemptFailed(
	db: Kysely<Database>,
	id: string,
	failure: { atIso: string; error: string; retryAt: string | null },
): Promise<void> {
	await db
		.updateTable("mail_queue")
		.set((eb) => ({
			attempts: eb("attempts", "+", 1),
			last_error: failure.error,
			claimed_until: null,
			...(failure.retryAt === null
				? { failed_at: failure.atIso, message: null }
				: { send_after: failure.retryAt }),
		}))
		.where("id", "=", id)
		.execute();
}

/** Deletes mails sent or given up on before `beforeIso`; returns how many. */
export async function deleteFinishedMailBefore(
	db: Kysely<Database>,
	beforeIso: string,
): Promise<number> {
	const result = await db
		.deleteFrom("mail_queue")
		.where((eb) => eb.or([eb("sent_at", "<", beforeIso), eb("failed_at", "<", beforeIso)]))
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

/** How many mails were queued for `recipient` (lower-cased) after `sinceIso`. */
export async function countMailTo(
	db: Kysely<Database>,
	recipient: string,
	sinceIso: string,
): Promise<number> {
	const row = await db
		.selectFrom("mail_queue")
		.select((eb) => eb.fn.countAll<number | string>().as("mails"))
		.where("recipient", "=", recipient)
		.where("created_at", ">", sinceIso)
		.executeTakeFirstOrThrow();
	return Number(row.mails);
}

/** Which of `keys` a mail was queued with already (and is still kept). */
export async function queuedDedupeKeys(
	db: Kysely<Database>,
	keys: readonly string[],
): Promise<Set<string>> {
	if (keys.length === 0) return new Set();
	const rows = await db
		.selectFrom("mail_queue")
		.select("dedupe_key")
		.where("dedupe_key", "in", [...keys])
		.execute();
	return new Set(rows.flatMap((row) => (row.dedupe_key === null ? [] : [row.dedupe_key])));
}
