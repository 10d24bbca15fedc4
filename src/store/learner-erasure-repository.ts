/**
 * Erasing learners' data (docs/learner-data.md): which registrations the retention ends, and
 * deleting registrations with what names their people (mails, links, audit entries).
 */
import {
	type Expression,
	type ExpressionBuilder,
	type Kysely,
	type SqlBool,
	sql,
	type Transaction,
} from "kysely";
import type { Database } from "./schema.ts";

type Db = Kysely<Database> | Transaction<Database>;

/** When an institution's registrations are due for erasure (docs/learner-data.md). */
export interface RetentionLimits {
	/** A registration whose offering, in the plan or the history, ended before this date (`YYYY-MM-DD`). */
	endedBefore: string;
	/** A registration whose offering's end neither the plan nor the history gives, made before this date. */
	madeBefore: string;
	/** A sign-up never confirmed and not enrolled, made before this time (ISO 8601). */
	unconfirmedBefore: string;
}

/** The institution's registrations that its retention says to erase now, with their e-mails. */
export async function registrationsPastRetention(
	db: Db,
	institutionId: string,
	limits: RetentionLimits,
): Promise<{ id: string; email: string; state: string }[]> {
	const rows = await db
		.selectFrom("registrations")
		.leftJoin("offerings", (join) =>
			join
				.onRef("offerings.institution_id", "=", "registrations.institution_id")
				.onRef("offerings.id", "=", "registrations.offering_id"),
		)
		// A finished offering moved into the history keeps its end there (a plan's offering and
		// its history never share an id).
		.leftJoin("past_offerings", (join) =>
			join
				.onRef("past_offerings.institution_id", "=", "registrations.institution_id")
				.onRef("past_offerings.id", "=", "registrations.offering_id"),
		)
		.select(["registrations.id", "registrations.email", "registrations.state"])
		.where("registrations.institution_id", "=", institutionId)
		.where((eb) => {
			const end = eb.fn.coalesce("offerings.end_date", "past_offerings.end_date");
			return eb.or([
				eb.and([eb(end, "is not", null), eb(end, "<", limits.endedBefore)]),
				eb.and([
					eb(end, "is", null),
					// ISO timestamps sort as text: one made on the day itself is kept.
					eb("registrations.created_at", "<", limits.madeBefore),
				]),
				eb.and([
					// Staff's own additions count as confirmed; whom they enrolled is kept by the months.
					eb("registrations.confirmed_at", "is", null),
					eb("registrations.state", "<>", "enrolled"),
					eb("registrations.created_at", "<", limits.unconfirmedBefore),
				]),
			]);
		})
		.orderBy("registrations.id")
		.execute();
	return rows.map((row) => ({ id: row.id, email: row.email.toLowerCase(), state: row.state }));
}

/** What a deletion removed. */
export interface Removed {
	registrations: number;
	mails: number;
	/** The e-mails that have no registration left at the institution: nothing names them now. */
	gone: string[];
}

/**
 * Deletes registrations by id, inside the caller's transaction; then, for each of `emails`
 * (lower-cased) that has no registration left at the institution, the mails to it and the
 * links to its data. A person with another registration still kept keeps the mails about it.
 */
export async function deleteRegistrations(
	trx: Transaction<Database>,
	institutionId: string,
	ids: readonly string[],
	emails: readonly string[],
): Promise<Removed> {
	let registrations = 0;
	for (const chunk of chunks(ids)) {
		const result = await trx
			.deleteFrom("registrations")
			.where("institution_id", "=", institutionId)
			.where("id", "in", chunk)
			.executeTakeFirst();
		registrations += Number(result.numDeletedRows);
	}
	const gone: string[] = [];
	let mails = 0;
	for (const email of new Set(emails)) {
		const left = await trx
			.selectFrom("registrations")
			.select("id")
			.where("institution_id", "=", institutionId)
			.where(sql<string>`lower(email)`, "=", email)
			.limit(1)
			.executeTakeFirst();
		if (left) continue;
		gone.push(email);
		const deleted = await trx
			.deleteFrom("mail_queue")
			.where("institution_id", "=", institutionId)
			.where(sql<string>`lower(recipient)`, "=", email)
			.executeTakeFirst();
		mails += Number(deleted.numDeletedRows);
		await trx
			.deleteFrom("learner_data_links")
			.where("institution_id", "=", institutionId)
			.where("email", "=", email)
			.execute();
	}
	return { registrations, mails, gone };
}

/** What an audit entry's scrubbed `before` and `after` say instead of what they said. */
const erasedAuditValue = JSON.stringify("erased");

/**
 * Scrubs the institution's earlier audit entries that name a person: an entry about one of the
 * registration `ids`, or whose before or after contains one of `mentions` (e-mails, ids; case
 * ignored), keeps its time, actor and action, but its before and after become `"erased"` and
 * an entity id among `ids` becomes `erased`. Returns how many entries it scrubbed.
 */
export async function scrubAuditEntries(
	trx: Transaction<Database>,
	institutionId: string,
	ids: readonly string[],
	mentions: readonly string[],
): Promise<number> {
	let scrubbed = 0;
	const scrub = async (
		where: (eb: ExpressionBuilder<Database, "audit_log">) => Expression<SqlBool>,
	) => {
		const result = await trx
			.updateTable("audit_log")
			.set((eb) => ({
				before: eb.case().when("before", "is", null).then(null).else(erasedAuditValue).end(),
				after: eb.case().when("after", "is", null).then(null).else(erasedAuditValue).end(),
				entity_id: eb
					.case()
					.when("entity_id", "in", ids.length > 0 ? [...ids] : [""])
					.then("erased")
					.else(eb.ref("entity_id"))
					.end(),
			}))
			.where("institution_id", "=", institutionId)
			.where(where)
			.executeTakeFirst();
		scrubbed += Number(result.numUpdatedRows);
	};
	for (const chunk of chunks(ids)) await scrub((eb) => eb("entity_id", "in", chunk));
	for (const chunk of chunks(mentions, 50))
		await scrub((eb) =>
			eb.or(
				chunk.flatMap((mention) => {
					const pattern = `%${mention.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
					return [
						eb(
							sql<string>`lower(${sql.ref("before")})`,
							"like",
							sql<string>`${pattern} escape '\\'`,
						),
						eb(
							sql<string>`lower(${sql.ref("after")})`,
							"like",
							sql<string>`${pattern} escape '\\'`,
						),
					];
				}),
			),
		);
	return scrubbed;
}

/** Pieces of at most `size`, to keep statements under the databases' parameter limits. */
function chunks<T>(items: readonly T[], size = 200): T[][] {
	const pieces: T[][] = [];
	for (let start = 0; start < items.length; start += size)
		pieces.push(items.slice(start, start + size));
	return pieces;
}
