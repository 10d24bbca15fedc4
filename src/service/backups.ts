import { z } from "zod";
import { tokenLifetimeDays } from "../model/api/tokens.ts";
import { planFile } from "../model/plan-file.ts";
import type { Problem } from "../model/problems.ts";
import { problemsFromIssues } from "../model/problems.ts";
import { validatePlan } from "../model/validate.ts";
import {
	type AccountRows,
	deleteEverything,
	readAccountRows,
	writeAccountRows,
} from "../store/backup-repository.ts";
import { highestPlanVersion, isEmpty, listInstitutions } from "../store/institution-repository.ts";
import { readPlan, writePlan } from "../store/plan-repository.ts";
import { minute } from "./clock.ts";
import { nowIso, type ServiceContext } from "./context.ts";
import { KairosError } from "./errors.ts";
import { planChanged } from "./plan-changes.ts";

const accountRow = z.object({
	id: z.string(),
	email: z.string(),
	name: z.string(),
	role: z.string(),
	institution_id: z.string().nullable(),
	password_hash: z.string(),
	created_at: z.string(),
	// Absent in backups made before passwords had to be changed and accounts could be disabled.
	must_change_password: z.number().int().min(0).max(1).default(0),
	disabled_at: z.string().nullable().default(null),
	// Absent in backups made before invitations, person links and calendar feeds.
	person_id: z.string().nullable().default(null),
	invitation_token_hash: z.string().nullable().default(null),
	invitation_expires_at: z.string().nullable().default(null),
	calendar_token: z.string().nullable().default(null),
	calendar_token_hash: z.string().nullable().default(null),
});
const tokenRow = z.object({
	id: z.string(),
	account_id: z.string(),
	name: z.string(),
	token_hash: z.string(),
	created_at: z.string(),
	last_used_at: z.string().nullable(),
	revoked_at: z.string().nullable(),
	// Absent in backups made before tokens had scopes and an expiry: such tokens could do what
	// their role may, and live the default lifetime from the restore on.
	scope: z.string().default("read-write"),
	expires_at: z.string().optional(),
});
const nullableText = z.string().nullable();
const registrationRow = z
	.object({
		id: z.string(),
		institution_id: z.string(),
		offering_id: z.string(),
		state: z.string(),
		name: z.string(),
		email: z.string(),
		phone: nullableText,
		language: z.string(),
		consent_text: z.string(),
		consent_version: z.string(),
		source: z.string(),
		utm_source: nullableText,
		utm_medium: nullableText,
		utm_campaign: nullableText,
		referrer: nullableText,
		address: z.string(),
		created_at: z.string(),
		confirm_sent_at: z.string(),
		confirmed_at: nullableText,
		unsubscribed_at: nullableText,
		confirm_token_hash: z.string(),
		unsubscribe_token_hash: z.string(),
		// Absent in backups made before the registration lifecycle: interests that never changed.
		applied_at: nullableText.default(null),
		waitlisted_at: nullableText.default(null),
		waitlist_order: z.int().nullable().default(null),
		enrolled_at: nullableText.default(null),
		withdrawn_at: nullableText.default(null),
		invited_at: nullableText.default(null),
		updated_at: z.string().optional(),
		version: z.int().min(1).default(1),
	})
	.transform(({ updated_at, ...row }) => ({ ...row, updated_at: updated_at ?? row.created_at }));
const mailRow = z.object({
	id: z.string(),
	institution_id: nullableText,
	recipient: z.string(),
	subject: z.string(),
	message: nullableText,
	dedupe_key: nullableText,
	created_at: z.string(),
	send_after: z.string(),
	claimed_until: nullableText,
	attempts: z.int().min(0),
	last_error: nullableText,
	sent_at: nullableText,
	failed_at: nullableText,
});
const learnerDataLinkRow = z.object({
	token_hash: z.string(),
	institution_id: z.string(),
	email: z.string(),
	created_at: z.string(),
	expires_at: z.string(),
});
const followThroughRow = z.object({
	institution_id: z.string(),
	offering_id: z.string(),
	outcome: z.string(),
	into_offering: nullableText,
	completed_at: z.string(),
	mails: z.int().min(0),
	moved: z.int().min(0),
});
const digestOptOutRow = z.object({
	institution_id: z.string(),
	person_id: z.string(),
	opted_out_at: z.string(),
});
const auditRow = z.object({
	institution_id: z.string().nullable(),
	at: z.string(),
	actor: z.string(),
	action: z.string(),
	entity: z.string(),
	entity_id: z.string(),
	before: z.string().nullable(),
	after: z.string().nullable(),
});

const day = 24 * 60 * minute;

/** A logical backup: portable between SQLite and PostgreSQL, and readable. */
export const backupFile = z.strictObject({
	format: z.literal("kairos-backup"),
	version: z.literal(1),
	createdAt: z.string(),
	plans: z.array(planFile),
	accounts: z.array(accountRow),
	apiTokens: z.array(tokenRow),
	/** Learners' sign-ups with their consent; absent in backups made before sign-up existed. */
	registrations: z.array(registrationRow).default([]),
	/** Mail waiting to be sent, and what was sent; absent in backups made before the mail queue. */
	mailQueue: z.array(mailRow).default([]),
	/** The links to learners' data in the mails (hashed); absent in backups made before them. */
	learnerDataLinks: z.array(learnerDataLinkRow).default([]),
	/** Decisions whose registrants were told; absent in backups made before decisions were followed through. */
	followThroughs: z.array(followThroughRow).default([]),
	/** Who stopped their digests; absent in backups made before the digests. */
	digestOptOuts: z.array(digestOptOutRow).default([]),
	audit: z.array(auditRow),
	/**
	 * The highest plan version the database had given when it was backed up. A restore writes
	 * every plan above it, so no ETag given before can match a restored row. Absent in older
	 * backups.
	 */
	highestPlanVersion: z.int().min(0).default(0),
});
export type BackupFile = z.infer<typeof backupFile>;

/**
 * Everything but sessions (they end with the backup): every plan, account, token and change,
 * read in one transaction, so that the backup is one moment of the database (on PostgreSQL a
 * repeatable-read snapshot; on SQLite writers wait until it is read).
 */
export async function createBackup(context: ServiceContext): Promise<BackupFile> {
	return context.store.db
		.transaction()
		.setIsolationLevel("repeatable read")
		.execute(async (trx) => {
			const plans = [];
			for (const { id } of await listInstitutions(trx)) {
				const stored = await readPlan(trx, id);
				if (stored) plans.push(stored.plan);
			}
			const rows: AccountRows = await readAccountRows(trx);
			return {
				format: "kairos-backup" as const,
				version: 1 as const,
				createdAt: nowIso(context),
				plans,
				...rows,
				highestPlanVersion: await highestPlanVersion(trx),
			};
		});
}

/**
 * Restores a backup in one transaction. The database must be empty unless `replace` is set, in
 * which case everything in it is deleted first; a failure leaves it as it was.
 */
export async function restoreBackup(
	context: ServiceContext,
	input: unknown,
	options: { replace: boolean },
): Promise<{ plans: number; accounts: number }> {
	const { db } = context.store;
	const parsed = backupFile.safeParse(input, { reportInput: true });
	if (!parsed.success)
		throw new KairosError("validation_failed", "not a Kairos backup", {
			problems: problemsFromIssues(parsed.error.issues, backupFile),
		});
	const backup = parsed.data;
	const problems: Problem[] = backup.plans.flatMap((plan, index) => {
		const validation = validatePlan(plan);
		return validation.ok
			? []
			: validation.problems.map((problem) => ({
					...problem,
					path: `plans[${index}].${problem.path}`,
				}));
	});
	if (problems.length > 0)
		throw new KairosError("validation_failed", "the backup holds invalid plans", { problems });
	if (!options.replace && !(await isEmpty(db))) {
		throw new KairosError(
			"conflict",
			"the database is not empty: restore into an empty one, or pass --replace to delete what it holds",
		);
	}
	const at = context.clock();
	const expiresAt = new Date(at.getTime() + tokenLifetimeDays.default * day).toISOString();
	const apiTokens = backup.apiTokens.map((token) => ({
		...token,
		expires_at: token.expires_at ?? expiresAt,
	}));
	await db.transaction().execute(async (trx) => {
		// Above every version this database and the backed-up one gave, so that no ETag a client
		// holds matches a restored row, and no server's cache takes a restored plan for an old one.
		const floor = Math.max(await highestPlanVersion(trx), backup.highestPlanVersion);
		await deleteEverything(trx);
		for (const plan of backup.plans) await writePlan(trx, plan, at.toISOString(), floor);
		await writeAccountRows(trx, { ...backup, apiTokens });
	});
	planChanged(context);
	return { plans: backup.plans.length, accounts: backup.accounts.length };
}
