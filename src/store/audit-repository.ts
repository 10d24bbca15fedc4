import type { Kysely, Transaction } from "kysely";
import type { Database } from "./schema.ts";

export interface Change {
	institutionId: string | null;
	action:
		| "create"
		| "update"
		| "delete"
		| "replace"
		| "disable"
		| "enable"
		| "change-password"
		| "reset-password"
		| "invite"
		| "accept-invitation"
		| "registration.erased"
		| "decide"
		| "follow-through"
		| "move-to-history";
	entity: string;
	entityId: string;
	before: unknown;
	after: unknown;
}

/**
 * Records a change in the audit log, inside the transaction that makes it, at `at` (ISO 8601).
 * `actor` is who did it.
 */
export async function recordChange(
	trx: Transaction<Database>,
	actor: string,
	change: Change,
	at: string,
): Promise<void> {
	await trx
		.insertInto("audit_log")
		.values({
			institution_id: change.institutionId,
			at,
			actor,
			action: change.action,
			entity: change.entity,
			entity_id: change.entityId,
			before: change.before === undefined ? null : JSON.stringify(change.before),
			after: change.after === undefined ? null : JSON.stringify(change.after),
		})
		.execute();
}

export interface AuditEntry {
	id: number;
	at: string;
	actor: string;
	action: string;
	entity: string;
	entityId: string;
	before: unknown;
	after: unknown;
}

/** The newest changes first; `before` pages back from an entry id. */
export async function listChanges(
	db: Kysely<Database>,
	institutionId: string,
	page: { limit: number; before?: number | undefined },
): Promise<AuditEntry[]> {
	let query = db.selectFrom("audit_log").selectAll().where("institution_id", "=", institutionId);
	if (page.before !== undefined) query = query.where("id", "<", page.before);
	const rows = await query.orderBy("id", "desc").limit(page.limit).execute();
	return rows.map((row) => ({
		id: row.id,
		at: row.at,
		actor: row.actor,
		action: row.action,
		entity: row.entity,
		entityId: row.entity_id,
		before: row.before === null ? null : JSON.parse(row.before),
		after: row.after === null ? null : JSON.parse(row.after),
	}));
}
