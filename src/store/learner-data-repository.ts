import {
	type Expression,
	type ExpressionBuilder,
	type Kysely,
	type SqlBool,
	sql,
	type Transaction,
} from "kysely";
import type { Retention } from "../model/institution.ts";
import type { LocalizedText } from "../model/localized-text.ts";
import type { OfferingBody } from "./rows.ts";
import type { Database } from "./schema.ts";

type Db = Kysely<Database> | Transaction<Database>;

/** What the learners' pages and the retention need of an institution. */
export interface LearnerDataInstitution {
	id: string;
	name: string;
	timezone: string;
	/** Its languages, the first the default; empty when the plan names none. */
	languages: string[];
	retention: Retention | undefined;
}

/** The institutions, or the one with id `only`, by id. */
export async function learnerDataInstitutions(
	db: Db,
	only?: string,
): Promise<LearnerDataInstitution[]> {
	let query = db.selectFrom("institutions").select(["id", "name", "body"]).orderBy("id");
	if (only !== undefined) query = query.where("id", "=", only);
	const rows = await query.execute();
	return rows.map((row) => {
		// The body is the plan file's institution, which the plan's schema checked when it was written.
		const body = JSON.parse(row.body) as {
			timezone: string;
			languages?: string[];
			retention?: Retention;
		};
		return {
			id: row.id,
			name: row.name,
			timezone: body.timezone,
			languages: body.languages ?? [],
			retention: body.retention,
		};
	});
}

/** An offering as a person's registrations name it. */
export interface RegisteredOffering {
	id: string;
	title: LocalizedText;
	/** `YYYY-MM-DD`. */
	end: string;
}

/** The institution's offerings with these ids that its plan still has. */
export async function registeredOfferings(
	db: Db,
	institutionId: string,
	ids: readonly string[],
): Promise<RegisteredOffering[]> {
	if (ids.length === 0) return [];
	const rows = await db
		.selectFrom("offerings")
		.select(["id", "body", "end_date"])
		.where("institution_id", "=", institutionId)
		.where("id", "in", [...new Set(ids)])
		.execute();
	return rows.map((row) => ({
		id: row.id,
		title: (JSON.parse(row.body) as OfferingBody).title,
		end: row.end_date,
	}));
}

/** A value of a registration's column as the database gives it back. */
export type ColumnValue = string | number | null;

/**
 * A registration as its person may see it: every column of its row but the token hashes (which
 * say nothing about the person, and would let a copy of the download forge nothing either), by
 * its camelCase name. Columns that later migrations add (the lifecycle's times) are in it too,
 * so the page and the download always show all that is kept.
 */
export interface PersonRegistration {
	readonly id: string;
	readonly offeringId: string;
	readonly state: string;
	readonly name: string;
	readonly email: string;
	readonly phone: string | null;
	readonly language: string;
	readonly consentText: string;
	readonly consentVersion: string;
	readonly source: string;
	readonly createdAt: string;
	readonly confirmedAt: string | null;
	readonly unsubscribedAt: string | null;
	/** Every column, the ones above included. */
	readonly columns: Readonly<Record<string, ColumnValue>>;
}

/** What the mail queue keeps of a mail to the person: never its body, which holds link tokens. */
export interface PersonMail {
	readonly subject: string;
	readonly queuedAt: string;
	readonly sentAt: string | null;
	readonly failedAt: string | null;
}

const camelCase = (name: string) =>
	name.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

function personRegistrationOf(row: Record<string, unknown>): PersonRegistration {
	const columns: Record<string, ColumnValue> = {};
	for (const [name, value] of Object.entries(row))
		if (!name.endsWith("_token_hash"))
			columns[camelCase(name)] =
				typeof value === "string" || typeof value === "number"
					? value
					: value === null
						? null
						: String(value);
	const text = (name: string) => String(columns[name] ?? "");
	const optional = (name: string) => (columns[name] == null ? null : String(columns[name]));
	return {
		id: text("id"),
		offeringId: text("offeringId"),
		state: text("state"),
		name: text("name"),
		email: text("email"),
		phone: optional("phone"),
		language: text("language"),
		consentText: text("consentText"),
		consentVersion: text("consentVersion"),
		source: text("source"),
		createdAt: text("createdAt"),
		confirmedAt: optional("confirmedAt"),
		unsubscribedAt: optional("unsubscribedAt"),
		columns,
	};
}

/** The registrations at the institution with this e-mail (lower-cased), oldest first. */
export async function registrationsOfPerson(
	db: Db,
	institutionId: string,
	email: string,
): Promise<PersonRegistration[]> {
	const rows = await db
		.selectFrom("registrations")
		.selectAll()
		.where("institution_id", "=", institutionId)
		.where(sql<string>`lower(email)`, "=", email)
		.orderBy("created_at")
		.orderBy("id")
		.execute();
	return rows.map((row) => personRegistrationOf(row as unknown as Record<string, unknown>));
}

/** The mails the institution's queue keeps to this e-mail (lower-cased), oldest first. */
export async function mailsToPerson(
	db: Db,
	institutionId: string,
	email: string,
): Promise<PersonMail[]> {
	const rows = await db
		.selectFrom("mail_queue")
		.select(["subject", "created_at", "sent_at", "failed_at"])
		.where("institution_id", "=", institutionId)
		.where(sql<string>`lower(recipient)`, "=", email)
		.orderBy("created_at")
		.orderBy("id")
		.execute();
	return rows.map((row) => ({
		subject: row.subject,
		queuedAt: row.created_at,
		sentAt: row.sent_at,
		failedAt: row.failed_at,
	}));
}

/** A new link to a person's data: only the SHA-256 of its token is stored. */
export interface NewLearnerDataLink {
	tokenHash: string;
	institutionId: string;
	/** Lower-cased. */
	email: string;
	createdAt: string;
	expiresAt: string;
}

export async function insertLearnerDataLink(db: Db, link: NewLearnerDataLink): Promise<void> {
	await db
		.insertInto("learner_data_links")
		.values({
			token_hash: link.tokenHash,
			institution_id: link.institutionId,
			email: link.email,
			created_at: link.createdAt,
			expires_at: link.expiresAt,
		})
		.execute();
}

/** Whose data a link's token hash opens, unless it expired at or before `nowIso`. */
export async function findLearnerDataLink(
	db: Db,
	tokenHash: string,
	nowIso: string,
): Promise<{ institutionId: string; email: string } | undefined> {
	const row = await db
		.selectFrom("learner_data_links")
		.select(["institution_id", "email"])
		.where("token_hash", "=", tokenHash)
		.where("expires_at", ">", nowIso)
		.executeTakeFirst();
	return row && { institutionId: row.institution_id, email: row.email };
}

/** Deletes the links that expired at or before `nowIso`; returns how many. */
export async function deleteExpiredLearnerDataLinks(db: Db, nowIso: string): Promise<number> {
	const result = await db
		.deleteFrom("learner_data_links")
		.where("expires_at", "<=", nowIso)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

/** When an institution's registrations are due for erasure (docs/learner-data.md). */
export interface RetentionLimits {
	/** A registration whose offering ended before this date (`YYYY-MM-DD`). */
	endedBefore: string;
	/** A registration whose offering is no longer in the plan, made before this date. */
	madeBefore: string;
	/** A sign-up of interest never confirmed, made before this time (ISO 8601). */
	unconfirmedBefore: string;
}

/** The institution's registrations that its retention says to erase now, with their e-mails. */
export async function registrationsPastRetention(
	db: Db,
	institutionId: string,
	limits: RetentionLimits,
): Promise<{ id: string; email: string }[]> {
	const rows = await db
		.selectFrom("registrations")
		.leftJoin("offerings", (join) =>
			join
				.onRef("offerings.institution_id", "=", "registrations.institution_id")
				.onRef("offerings.id", "=", "registrations.offering_id"),
		)
		.select(["registrations.id", "registrations.email"])
		.where("registrations.institution_id", "=", institutionId)
		.where((eb) =>
			eb.or([
				eb.and([
					eb("offerings.id", "is not", null),
					eb("offerings.end_date", "<", limits.endedBefore),
				]),
				eb.and([
					eb("offerings.id", "is", null),
					// ISO timestamps sort as text: one made on the day itself is kept.
					eb("registrations.created_at", "<", limits.madeBefore),
				]),
				eb.and([
					eb("registrations.state", "=", "interest"),
					eb("registrations.confirmed_at", "is", null),
					eb("registrations.created_at", "<", limits.unconfirmedBefore),
				]),
			]),
		)
		.orderBy("registrations.id")
		.execute();
	return rows.map((row) => ({ id: row.id, email: row.email.toLowerCase() }));
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
export const erasedAuditValue = JSON.stringify("erased");

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
