import type { Kysely, Transaction } from "kysely";
import type {
	AccountsTable,
	ApiTokensTable,
	AuditLogTable,
	Database,
	DecisionFollowThroughsTable,
	DigestOptOutsTable,
	LearnerDataLinksTable,
	MailQueueTable,
	RegistrationsTable,
} from "./schema.ts";

/**
 * The rows a backup carries besides the plans: accounts, tokens (hashed), the learners'
 * registrations with their consent, the mail queue (so a confirmation not sent yet still goes
 * out after a restore), the links to learners' data in those mails (hashed), which decisions
 * were followed through (so none is mailed again), who stopped their digests, and the audit log.
 */
export interface AccountRows {
	accounts: AccountsTable[];
	apiTokens: ApiTokensTable[];
	registrations: RegistrationsTable[];
	mailQueue: MailQueueTable[];
	learnerDataLinks: LearnerDataLinksTable[];
	followThroughs: DecisionFollowThroughsTable[];
	digestOptOuts: DigestOptOutsTable[];
	audit: Omit<AuditLogTable, "id">[];
}

export async function readAccountRows(db: Kysely<Database>): Promise<AccountRows> {
	const [
		accounts,
		apiTokens,
		registrations,
		mailQueue,
		learnerDataLinks,
		followThroughs,
		digestOptOuts,
		audit,
	] = await Promise.all([
		db.selectFrom("accounts").selectAll().orderBy("created_at").orderBy("id").execute(),
		db.selectFrom("api_tokens").selectAll().orderBy("created_at").orderBy("id").execute(),
		db.selectFrom("registrations").selectAll().orderBy("created_at").orderBy("id").execute(),
		// A claim is a sender's, whose process the backup outlives.
		db
			.selectFrom("mail_queue")
			.selectAll()
			.orderBy("created_at")
			.orderBy("id")
			.execute()
			.then((rows) => rows.map((row) => ({ ...row, claimed_until: null }))),
		db
			.selectFrom("learner_data_links")
			.selectAll()
			.orderBy("created_at")
			.orderBy("token_hash")
			.execute(),
		db
			.selectFrom("decision_follow_throughs")
			.selectAll()
			.orderBy("institution_id")
			.orderBy("offering_id")
			.orderBy("outcome")
			.execute(),
		db
			.selectFrom("digest_opt_outs")
			.selectAll()
			.orderBy("institution_id")
			.orderBy("person_id")
			.execute(),
		db
			.selectFrom("audit_log")
			.select(["institution_id", "at", "actor", "action", "entity", "entity_id", "before", "after"])
			.orderBy("id")
			.execute(),
	]);
	return {
		accounts,
		apiTokens,
		registrations,
		mailQueue,
		learnerDataLinks,
		followThroughs,
		digestOptOuts,
		audit,
	};
}

/** Writes accounts, tokens, registrations, mail, follow-throughs, digest opt-outs and the audit log in their original order. */
export async function writeAccountRows(
	trx: Transaction<Database>,
	rows: AccountRows,
): Promise<void> {
	for (const account of rows.accounts) await trx.insertInto("accounts").values(account).execute();
	for (const token of rows.apiTokens) await trx.insertInto("api_tokens").values(token).execute();
	for (const registration of rows.registrations)
		await trx.insertInto("registrations").values(registration).execute();
	for (const mail of rows.mailQueue) await trx.insertInto("mail_queue").values(mail).execute();
	for (const link of rows.learnerDataLinks)
		await trx.insertInto("learner_data_links").values(link).execute();
	for (const followThrough of rows.followThroughs)
		await trx.insertInto("decision_follow_throughs").values(followThrough).execute();
	for (const optOut of rows.digestOptOuts)
		await trx.insertInto("digest_opt_outs").values(optOut).execute();
	for (let index = 0; index < rows.audit.length; index += 200) {
		const chunk = rows.audit.slice(index, index + 200);
		if (chunk.length > 0) await trx.insertInto("audit_log").values(chunk).execute();
	}
}

/** Empties every table, children first. */
export async function deleteEverything(trx: Transaction<Database>): Promise<void> {
	for (const table of [
		"mail_queue",
		"learner_data_links",
		"digest_opt_outs",
		"sessions",
		"api_tokens",
		"sign_in_failures",
		"sign_up_attempts",
		"audit_log",
		"accounts",
		"institutions",
	] as const) {
		await trx.deleteFrom(table).execute();
	}
}
