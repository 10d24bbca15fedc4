import type { Kysely, Transaction } from "kysely";
import type { Institution } from "../model/institution.ts";
import type { MilestoneProgress, Offering } from "../model/offering.ts";
import type { PlanFile } from "../model/plan-file.ts";
import { indexedColumns, type ResourceBodies, splitOffering } from "./rows.ts";
import type { Database, MilestoneProgressTable, ResourceTableName } from "./schema.ts";

/** A plan as stored, with the version its ETag is made from. */
export interface StoredPlan {
	plan: PlanFile;
	planVersion: number;
}

/**
 * The plan as the store gives it back: the same, except that empty optional lists
 * (people, qualifications, templates, history, an offering's milestoneStatus and registrations)
 * are left out, as they say nothing, and an offering's registrations come by date.
 */
export function storedForm(plan: PlanFile): PlanFile {
	const { people, ...institution } = plan.institution;
	const { qualifications, templates, history, ...rest } = plan;
	return {
		...rest,
		institution: { ...institution, ...(people?.length && { people }) },
		...(qualifications?.length && { qualifications }),
		...(templates?.length && { templates }),
		offerings: plan.offerings.map(({ milestoneStatus, registrations, ...offering }) => ({
			...offering,
			...(milestoneStatus && Object.keys(milestoneStatus).length > 0 && { milestoneStatus }),
			...(registrations?.length && {
				registrations: [...registrations].sort((a, b) => a.date.localeCompare(b.date)),
			}),
		})),
		...(history?.length && { history }),
	};
}

/**
 * Whether the store would hold two values alike: equal as JSON, whatever the order of their
 * objects' keys (a key whose value is undefined is no key, as in JSON). A write of a value
 * stored alike changes nothing.
 */
export function storedAlike(a: unknown, b: unknown): boolean {
	return sortedJson(a) === sortedJson(b);
}

function sortedJson(value: unknown): string {
	return JSON.stringify(value, (_key, inner: unknown) =>
		inner !== null && typeof inner === "object" && !Array.isArray(inner)
			? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: inner,
	);
}

// Inserting in chunks keeps each statement under the databases' parameter limits.
const CHUNK = 200;

/** How often a read is tried again when writes keep landing while it reads. */
const readAttempts = 10;

/**
 * Reads an institution's whole plan, in the order of the file it came from, as one version of
 * it. The parts are separate queries (on PostgreSQL on separate connections), so the plan
 * version is read again after them: equal, no write was committed in between, as every write
 * bumps it; else the read starts over.
 */
export async function readPlan(
	db: Kysely<Database>,
	institutionId: string,
): Promise<StoredPlan | undefined> {
	for (let attempt = 1; ; attempt++) {
		const read = await readPlanOnce(db, institutionId);
		if (read === undefined) return undefined;
		const after = await db
			.selectFrom("institutions")
			.select("plan_version")
			.where("id", "=", institutionId)
			.executeTakeFirst();
		if (after?.plan_version === read.planVersion) return read;
		if (attempt === readAttempts)
			throw new Error(
				`the plan of ${institutionId} changed during each of ${readAttempts} reads in a row`,
			);
	}
}

async function readPlanOnce(
	db: Kysely<Database>,
	institutionId: string,
): Promise<StoredPlan | undefined> {
	const institutionRow = await db
		.selectFrom("institutions")
		.selectAll()
		.where("id", "=", institutionId)
		.executeTakeFirst();
	if (!institutionRow) return undefined;
	const [people, intakes, qualifications, templates, offeringBodies, history, parts] =
		await Promise.all([
			bodies(db, "people", institutionId),
			bodies(db, "intakes", institutionId),
			bodies(db, "qualifications", institutionId),
			bodies(db, "templates", institutionId),
			bodies(db, "offerings", institutionId),
			bodies(db, "past_offerings", institutionId),
			readOfferingParts(db, institutionId),
		]);
	const offerings = offeringBodies.map((body): Offering => ({ ...body, ...parts.get(body.id) }));
	const institution: Institution = {
		id: institutionRow.id,
		name: institutionRow.name,
		...(JSON.parse(institutionRow.body) as Omit<Institution, "id" | "name" | "people">),
		...(people.length > 0 && { people }),
	};
	const plan: PlanFile = {
		version: 1,
		institution,
		intakes,
		...(qualifications.length > 0 && { qualifications }),
		...(templates.length > 0 && { templates }),
		offerings,
		...(history.length > 0 && { history }),
	};
	return { plan, planVersion: institutionRow.plan_version };
}

/**
 * Replaces an institution's whole plan inside the caller's transaction: the institution row is
 * updated (never deleted, so its accounts stay), every resource row is replaced and given the new
 * plan version as its version, so no earlier ETag of any resource can match again. The new
 * version is one above the institution's current one, and above `versionAbove` when given (a
 * restore passes the highest version ever issued, so a restored row never repeats one).
 * Returns the new plan version.
 */
export async function writePlan(
	trx: Transaction<Database>,
	plan: PlanFile,
	at: string,
	versionAbove = 0,
): Promise<number> {
	const { id, name, people, ...rest } = plan.institution;
	const existing = await trx
		.selectFrom("institutions")
		.select("plan_version")
		.where("id", "=", id)
		.executeTakeFirst();
	const planVersion = Math.max(existing?.plan_version ?? 0, versionAbove) + 1;
	if (existing) {
		await trx
			.updateTable("institutions")
			.set({ name, body: JSON.stringify(rest), plan_version: planVersion, updated_at: at })
			.where("id", "=", id)
			.execute();
		for (const table of [
			"offerings",
			"people",
			"intakes",
			"qualifications",
			"templates",
			"past_offerings",
		] as const) {
			await trx.deleteFrom(table).where("institution_id", "=", id).execute();
		}
	} else {
		await trx
			.insertInto("institutions")
			.values({
				id,
				name,
				body: JSON.stringify(rest),
				plan_version: planVersion,
				created_at: at,
				updated_at: at,
			})
			.execute();
	}
	const write = { version: planVersion, at };
	await insertResources(trx, "people", id, people ?? [], write);
	await insertResources(trx, "intakes", id, plan.intakes, write);
	await insertResources(trx, "qualifications", id, plan.qualifications ?? [], write);
	await insertResources(trx, "templates", id, plan.templates ?? [], write);
	await insertResources(trx, "past_offerings", id, plan.history ?? [], write);
	const split = plan.offerings.map(splitOffering);
	await insertResources(
		trx,
		"offerings",
		id,
		split.map((part) => part.body),
		write,
	);
	const progress = split.flatMap((part) =>
		Object.entries(part.milestoneStatus ?? {}).map(([key, value]) =>
			progressRow(id, part.body.id, key, value, at),
		),
	);
	for (const chunk of chunks(progress))
		await trx.insertInto("milestone_progress").values(chunk).execute();
	const counts = split.flatMap((part) =>
		(part.registrations ?? []).map(({ date, count }) => ({
			institution_id: id,
			offering_id: part.body.id,
			date,
			count,
		})),
	);
	for (const chunk of chunks(counts))
		await trx.insertInto("registration_counts").values(chunk).execute();
	return planVersion;
}

async function insertResources<K extends ResourceTableName>(
	trx: Transaction<Database>,
	table: K,
	institutionId: string,
	values: readonly ResourceBodies[K][],
	write: { version: number; at: string },
): Promise<void> {
	const rows = values.map((value, position) => ({
		institution_id: institutionId,
		id: (value as { id: string }).id,
		position,
		body: JSON.stringify(value),
		version: write.version,
		updated_at: write.at,
		...indexedColumns(table, value),
	}));
	// The rows match the table's columns; Kysely cannot see that through the generic table name.
	for (const chunk of chunks(rows))
		await trx
			.insertInto(table as "offerings")
			.values(chunk as never)
			.execute();
}

async function bodies<K extends ResourceTableName>(
	db: Kysely<Database>,
	table: K,
	institutionId: string,
): Promise<ResourceBodies[K][]> {
	const rows = await db
		.selectFrom(table as "people")
		.select("body")
		.where("institution_id", "=", institutionId)
		.orderBy("position")
		.execute();
	return rows.map((row) => JSON.parse(row.body) as ResourceBodies[K]);
}

export function progressRow(
	institutionId: string,
	offeringId: string,
	key: string,
	progress: MilestoneProgress,
	at: string,
): MilestoneProgressTable {
	const detail = typeof progress === "string" ? { status: progress } : progress;
	return {
		institution_id: institutionId,
		offering_id: offeringId,
		key,
		status: detail.status,
		done_on: detail.doneOn ?? null,
		note: detail.note ?? null,
		owner: detail.owner ?? null,
		due: detail.due ?? null,
		status_only: typeof progress === "string" ? 1 : 0,
		version: 1,
		updated_at: at,
	};
}

/** A progress row back in plan-file form: a bare status when that is all it held. */
export function progressOf(row: MilestoneProgressTable): MilestoneProgress {
	const status = row.status as "todo" | "doing" | "done";
	if (row.status_only === 1) return status;
	return {
		status,
		...(row.done_on !== null && { doneOn: row.done_on }),
		...(row.note !== null && { note: row.note }),
		...(row.owner !== null && { owner: row.owner }),
		...(row.due !== null && { due: row.due }),
	};
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const row of rows) {
		const list = groups.get(key(row));
		if (list) list.push(row);
		else groups.set(key(row), [row]);
	}
	return groups;
}

function* chunks<T>(rows: readonly T[]): Generator<T[]> {
	for (let index = 0; index < rows.length; index += CHUNK) yield rows.slice(index, index + CHUNK);
}

/** Replaces one offering's milestone progress and registration counts. */
export async function writeOfferingParts(
	trx: Transaction<Database>,
	institutionId: string,
	offering: Offering,
	at: string,
): Promise<void> {
	const scope = (table: "milestone_progress" | "registration_counts") =>
		trx
			.deleteFrom(table)
			.where("institution_id", "=", institutionId)
			.where("offering_id", "=", offering.id);
	await scope("milestone_progress").execute();
	await scope("registration_counts").execute();
	const progress = Object.entries(offering.milestoneStatus ?? {}).map(([key, value]) =>
		progressRow(institutionId, offering.id, key, value, at),
	);
	if (progress.length > 0) await trx.insertInto("milestone_progress").values(progress).execute();
	const counts = (offering.registrations ?? []).map(({ date, count }) => ({
		institution_id: institutionId,
		offering_id: offering.id,
		date,
		count,
	}));
	if (counts.length > 0) await trx.insertInto("registration_counts").values(counts).execute();
}

/**
 * The milestone progress and registrations of some offerings (all of the institution's when no
 * ids are given), to complete their rows. Offerings with neither are missing from the map.
 */
export async function readOfferingParts(
	db: Kysely<Database>,
	institutionId: string,
	offeringIds?: readonly string[],
): Promise<Map<string, Pick<Offering, "milestoneStatus" | "registrations">>> {
	const parts = new Map<string, Pick<Offering, "milestoneStatus" | "registrations">>();
	if (offeringIds?.length === 0) return parts;
	let progressQuery = db
		.selectFrom("milestone_progress")
		.selectAll()
		.where("institution_id", "=", institutionId);
	let countsQuery = db
		.selectFrom("registration_counts")
		.selectAll()
		.where("institution_id", "=", institutionId);
	if (offeringIds) {
		progressQuery = progressQuery.where("offering_id", "in", offeringIds);
		countsQuery = countsQuery.where("offering_id", "in", offeringIds);
	}
	const [progress, counts] = await Promise.all([
		progressQuery.orderBy("offering_id").orderBy("key").execute(),
		countsQuery.orderBy("offering_id").orderBy("date").execute(),
	]);
	for (const [id, rows] of groupBy(progress, (row) => row.offering_id)) {
		parts.set(id, {
			milestoneStatus: Object.fromEntries(rows.map((row) => [row.key, progressOf(row)])),
		});
	}
	for (const [id, rows] of groupBy(counts, (row) => row.offering_id)) {
		parts.set(id, {
			...parts.get(id),
			registrations: rows.map(({ date, count }) => ({ date, count })),
		});
	}
	return parts;
}
