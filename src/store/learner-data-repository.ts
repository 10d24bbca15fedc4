import { type Kysely, sql, type Transaction } from "kysely";
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

/** An offering as a person's registrations name it: in the plan, or moved into its history. */
export interface RegisteredOffering {
	id: string;
	title: LocalizedText;
	/** `YYYY-MM-DD`; absent for a past offering whose history row gives no last day. */
	end?: string;
}

/**
 * The institution's offerings with these ids that its plan still has, and those that finished
 * and moved into its history (a plan's offering and its history never share an id).
 */
export async function registeredOfferings(
	db: Db,
	institutionId: string,
	ids: readonly string[],
): Promise<RegisteredOffering[]> {
	if (ids.length === 0) return [];
	const unique = [...new Set(ids)];
	const [planned, past] = await Promise.all([
		db
			.selectFrom("offerings")
			.select(["id", "body", "end_date"])
			.where("institution_id", "=", institutionId)
			.where("id", "in", unique)
			.execute(),
		db
			.selectFrom("past_offerings")
			.select(["id", "body", "end_date"])
			.where("institution_id", "=", institutionId)
			.where("id", "in", unique)
			.execute(),
	]);
	return [...planned, ...past].map((row) => ({
		id: row.id,
		// Both bodies are plan-file resources with a title, checked when the plan was written.
		title: (JSON.parse(row.body) as Pick<OfferingBody, "title">).title,
		...(row.end_date !== null && { end: row.end_date }),
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
