import type { Kysely, Transaction } from "kysely";
import type { Offering } from "../model/offering.ts";
import type { PlanFile } from "../model/plan-file.ts";
import {
	formatPath,
	type Problem,
	pathInside,
	problemsFromIssues,
	sortProblems,
} from "../model/problems.ts";
import { validatePlan } from "../model/validate.ts";
import { recordChange } from "../store/audit-repository.ts";
import { planVersionOf } from "../store/institution-repository.ts";
import {
	readOfferingParts,
	readPlan,
	storedAlike,
	writeOfferingParts,
} from "../store/plan-repository.ts";
import {
	bumpPlanVersion,
	deleteResource as deleteRow,
	getResource as getRow,
	insertResource,
	listResources as listRows,
	lockInstitution,
	updateResource as updateRow,
} from "../store/resource-repository.ts";
import type { ResourceBodies, Versioned } from "../store/rows.ts";
import { splitOffering } from "../store/rows.ts";
import type { Database } from "../store/schema.ts";
import type { Actor } from "./actor.ts";
import { nowIso, perContext, type ServiceContext } from "./context.ts";
import { KairosError, notFound } from "./errors.ts";
import { LruCache } from "./lru-cache.ts";
import { mergePatch } from "./merge-patch.ts";
import { planChanged } from "./plan-changes.ts";
import type { ResourceKind } from "./resource-kinds.ts";

type Resource = { id: string };

/** One resource as the API shows it: offerings with their milestone progress and registrations. */
export async function getResource<T extends Resource>(
	context: ServiceContext,
	kind: ResourceKind<T>,
	institutionId: string,
	id: string,
): Promise<Versioned<T>> {
	const { db } = context.store;
	const row = await getRow(db, kind.table, institutionId, id);
	if (!row) throw notFound(`${kind.noun} "${id}"`);
	const [completed] = await complete(db, kind, institutionId, [row as unknown as Versioned<T>]);
	return completed as Versioned<T>;
}

export interface Page<T> {
	items: Versioned<T>[];
	next: number | undefined;
}

/** A page of resources in plan order. */
export async function listResources<T extends Resource>(
	context: ServiceContext,
	kind: ResourceKind<T>,
	institutionId: string,
	page: { limit: number; after?: number | undefined },
): Promise<Page<T>> {
	const { db } = context.store;
	const rows = await listRows(db, kind.table, institutionId, page);
	return {
		items: await complete(db, kind, institutionId, rows.items as unknown as Versioned<T>[]),
		next: rows.next,
	};
}

const pages = perContext(() => new LruCache<Buffer>(256));

/**
 * A page of resources as the API's JSON, `{items, next?}`, with the plan version it reflects.
 * Pages are cached per context by the institution's plan version, which every write bumps, so a
 * cached page is never stale.
 */
export async function listResourcesJson<T extends Resource>(
	context: ServiceContext,
	kind: ResourceKind<T>,
	institutionId: string,
	page: { limit: number; after?: number | undefined },
): Promise<{ json: Buffer; planVersion: number }> {
	const version = await planVersionOf(context.store.db, institutionId);
	if (version === undefined) throw notFound(`institution "${institutionId}"`);
	const key = `${institutionId}\u0000${kind.name}\u0000${version}\u0000${page.limit}\u0000${page.after ?? ""}`;
	const cached = pages(context).get(key);
	if (cached) return { json: cached, planVersion: version };
	const { items, next } = await listResources(context, kind, institutionId, page);
	// A write between the version and the rows would put newer rows under an older version:
	// such a page is answered but not cached. Its tag stays the older version, which a client
	// only ever revalidates against the current one, so it is never kept for newer rows.
	const after = await planVersionOf(context.store.db, institutionId);
	const json = Buffer.from(
		JSON.stringify({ items: items.map((item) => item.value), ...(next !== undefined && { next }) }),
	);
	if (after === version) pages(context).set(key, json);
	return { json, planVersion: version };
}

/** Adds a resource; its id must be new in the institution and its references must resolve. */
export async function createResource<T extends Resource>(
	context: ServiceContext,
	kind: ResourceKind<T>,
	institutionId: string,
	input: unknown,
	actor: Actor,
): Promise<Versioned<T>> {
	const value = parse(kind, input);
	const result = await context.store.db.transaction().execute(async (trx) => {
		const plan = await lockedPlan(trx, institutionId);
		if (kind.list(plan).some((existing) => existing.id === value.id)) {
			throw new KairosError("conflict", `${kind.noun} "${value.id}" already exists`);
		}
		const list = [...kind.list(plan), value];
		checkPlan(kind.withList(plan, list), kind, list.length - 1);
		const at = nowIso(context);
		const version = await bumpPlanVersion(trx, institutionId, at);
		await insertResource(trx, kind.table, institutionId, stored(kind, value), { version, at });
		await writeParts(trx, kind, institutionId, value, at);
		await recordChange(
			trx,
			actor.label,
			{
				institutionId,
				action: "create",
				entity: kind.noun,
				entityId: value.id,
				before: null,
				after: value,
			},
			at,
		);
		return { value, version };
	});
	planChanged(context);
	return result;
}

/**
 * Changes a resource that is still at `expectedVersion`: `change` turns the current value into
 * the new one (for example by applying a JSON Merge Patch). A stale version is refused with
 * `precondition_failed`, so no concurrent change is lost. A change to the value already stored
 * writes nothing: the resource keeps its version and no audit entry is made.
 */
export async function updateResource<T extends Resource>(
	context: ServiceContext,
	kind: ResourceKind<T>,
	institutionId: string,
	id: string,
	change: (before: T) => unknown,
	expectedVersion: number,
	actor: Actor,
): Promise<Versioned<T>> {
	const result = await context.store.db.transaction().execute(async (trx) => {
		const plan = await lockedPlan(trx, institutionId);
		const list = [...kind.list(plan)];
		const index = list.findIndex((existing) => existing.id === id);
		const before = list[index];
		if (before === undefined) throw notFound(`${kind.noun} "${id}"`);
		const value = parse(kind, change(before));
		if (value.id !== id)
			throw new KairosError("validation_failed", "the id cannot change", {
				problems: [
					{
						path: "id",
						message: `${JSON.stringify(value.id)}: the id cannot change; create a new ${kind.noun} instead`,
					},
				],
			});
		if (storedAlike(before, value)) {
			if ((await getRow(trx, kind.table, institutionId, id))?.version !== expectedVersion)
				throw stale(kind, id);
			return { value: before, version: expectedVersion, changed: false };
		}
		list[index] = value;
		checkPlan(kind.withList(plan, list), kind, index);
		const at = nowIso(context);
		const version = await bumpPlanVersion(trx, institutionId, at);
		const write = { version, at };
		if (
			!(await updateRow(
				trx,
				kind.table,
				institutionId,
				id,
				stored(kind, value),
				expectedVersion,
				write,
			))
		)
			throw stale(kind, id);
		await writeParts(trx, kind, institutionId, value, at);
		await recordChange(
			trx,
			actor.label,
			{
				institutionId,
				action: "update",
				entity: kind.noun,
				entityId: id,
				before,
				after: value,
			},
			at,
		);
		return { value, version, changed: true };
	});
	if (result.changed) planChanged(context);
	return { value: result.value, version: result.version };
}

/** Changes a resource at `expectedVersion` by a JSON Merge Patch (RFC 7396): what PATCH does. */
export function patchResource<T extends Resource>(
	context: ServiceContext,
	kind: ResourceKind<T>,
	institutionId: string,
	id: string,
	patch: unknown,
	expectedVersion: number,
	actor: Actor,
): Promise<Versioned<T>> {
	return updateResource(
		context,
		kind,
		institutionId,
		id,
		(before) => mergePatch(before, patch),
		expectedVersion,
		actor,
	);
}

/** Deletes a resource at `expectedVersion`, unless other parts of the plan still refer to it. */
export async function deleteResource<T extends Resource>(
	context: ServiceContext,
	kind: ResourceKind<T>,
	institutionId: string,
	id: string,
	expectedVersion: number,
	actor: Actor,
): Promise<void> {
	await context.store.db.transaction().execute(async (trx) => {
		const plan = await lockedPlan(trx, institutionId);
		const before = kind.list(plan).find((existing) => existing.id === id);
		if (before === undefined) throw notFound(`${kind.noun} "${id}"`);
		// A stale ETag is told first: what refers to the resource now may not be what the caller saw.
		if ((await getRow(trx, kind.table, institutionId, id))?.version !== expectedVersion)
			throw stale(kind, id);
		const rest = kind.list(plan).filter((existing) => existing.id !== id);
		const validation = validatePlan(kind.withList(plan, rest));
		if (!validation.ok) {
			throw new KairosError("conflict", `${kind.noun} "${id}" is still referred to`, {
				problems: validation.problems,
			});
		}
		if (!(await deleteRow(trx, kind.table, institutionId, id, expectedVersion)))
			throw stale(kind, id);
		const at = nowIso(context);
		await bumpPlanVersion(trx, institutionId, at);
		await recordChange(
			trx,
			actor.label,
			{
				institutionId,
				action: "delete",
				entity: kind.noun,
				entityId: id,
				before,
				after: null,
			},
			at,
		);
	});
	planChanged(context);
}

/** The plan inside a write transaction, with the institution locked against other writers. */
export async function lockedPlan(
	trx: Transaction<Database>,
	institutionId: string,
): Promise<PlanFile> {
	if ((await lockInstitution(trx, institutionId)) === undefined)
		throw notFound(`institution "${institutionId}"`);
	const stored = await readPlan(trx, institutionId);
	if (!stored) throw notFound(`institution "${institutionId}"`);
	return stored.plan;
}

function parse<T extends Resource>(kind: ResourceKind<T>, input: unknown): T {
	const parsed = kind.schema.safeParse(input, { reportInput: true });
	if (!parsed.success) {
		throw new KairosError("validation_failed", `the ${kind.noun} is not valid`, {
			problems: sortProblems(problemsFromIssues(parsed.error.issues, kind.schema)),
		});
	}
	return parsed.data;
}

/**
 * Validates the plan as it would be after the change. Problems inside the changed resource are
 * given relative to it (`intake`), others with their path in the plan.
 */
export function checkPlan<T extends Resource>(
	plan: PlanFile,
	kind: ResourceKind<T>,
	index: number,
): void {
	const validation = validatePlan(plan);
	if (validation.ok) return;
	const prefix = `${kind.path}${formatPath([index])}`;
	const problems = validation.problems.map((problem): Problem => {
		const inside = pathInside(problem.path, prefix);
		return inside === undefined ? problem : { ...problem, path: inside || "(body)" };
	});
	throw new KairosError("validation_failed", `the ${kind.noun} does not fit the plan`, {
		problems,
	});
}

/** The refusal of a change based on a version that is no longer the resource's. */
export function stale<T extends Resource>(kind: ResourceKind<T>, id: string): KairosError {
	return new KairosError(
		"precondition_failed",
		`${kind.noun} "${id}" was changed by someone else: reload it and apply your change again`,
	);
}

const isOfferings = <T extends Resource>(kind: ResourceKind<T>) => kind.table === "offerings";

function stored<T extends Resource>(
	kind: ResourceKind<T>,
	value: T,
): ResourceBodies[typeof kind.table] {
	return (
		isOfferings(kind) ? splitOffering(value as unknown as Offering).body : value
	) as ResourceBodies[typeof kind.table];
}

async function writeParts<T extends Resource>(
	trx: Transaction<Database>,
	kind: ResourceKind<T>,
	institutionId: string,
	value: T,
	at: string,
): Promise<void> {
	if (isOfferings(kind))
		await writeOfferingParts(trx, institutionId, value as unknown as Offering, at);
}

async function complete<T extends Resource>(
	db: Kysely<Database> | Transaction<Database>,
	kind: ResourceKind<T>,
	institutionId: string,
	rows: Versioned<T>[],
): Promise<Versioned<T>[]> {
	if (!isOfferings(kind)) return rows;
	const parts = await readOfferingParts(
		db,
		institutionId,
		rows.map((row) => row.value.id),
	);
	return rows.map((row) => ({ ...row, value: { ...row.value, ...parts.get(row.value.id) } }));
}
