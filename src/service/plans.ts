import type { Kysely } from "kysely";
import { planWithHolidays } from "../holidays/plan-with-holidays.ts";
import type { PlanFile } from "../model/plan-file.ts";
import type { PlanReport } from "../model/report.ts";
import { validatePlan } from "../model/validate.ts";
import { recordChange } from "../store/audit-repository.ts";
import { planVersionOf } from "../store/institution-repository.ts";
import { readPlan, type StoredPlan, writePlan } from "../store/plan-repository.ts";
import { lockInstitution } from "../store/resource-repository.ts";
import type { Database } from "../store/schema.ts";
import type { Actor } from "./actor.ts";
import { KairosError, notFound } from "./errors.ts";
import { LruCache } from "./lru-cache.ts";
import { planChanged } from "./plan-changes.ts";

/** An institution's whole plan with its version. */
export async function getPlan(db: Kysely<Database>, institutionId: string): Promise<StoredPlan> {
	const stored = await readPlan(db, institutionId);
	if (!stored) throw notFound(`institution "${institutionId}"`);
	return stored;
}

export interface ReplaceOptions {
	/** The plan version the caller last saw; omitted only by the command line's import. */
	expectedVersion?: number | undefined;
	/** Whether the institution may be created (administrators and the command line). */
	mayCreate: boolean;
}

/**
 * Replaces an institution's whole plan in one transaction, after validating all of it. Returns
 * the new plan version. Nothing is written when anything is wrong.
 */
export async function replacePlan(
	db: Kysely<Database>,
	institutionId: string,
	input: unknown,
	actor: Actor,
	options: ReplaceOptions,
): Promise<StoredPlan> {
	const validation = validatePlan(input);
	if (!validation.ok)
		throw new KairosError("validation_failed", "the plan is not valid", {
			problems: validation.problems,
		});
	const plan = validation.plan;
	if (plan.institution.id !== institutionId) {
		throw new KairosError("validation_failed", "the plan belongs to another institution", {
			problems: [
				{
					path: "institution.id",
					message: `${JSON.stringify(plan.institution.id)} is not "${institutionId}", the institution in the address`,
				},
			],
		});
	}
	const result = await db.transaction().execute(async (trx) => {
		const current = await lockInstitution(trx, institutionId);
		if (current === undefined && !options.mayCreate)
			throw notFound(`institution "${institutionId}"`);
		if (options.expectedVersion !== undefined && current !== options.expectedVersion) {
			throw new KairosError(
				"precondition_failed",
				`the plan of "${institutionId}" was changed by someone else: reload it and apply your change again`,
			);
		}
		const before = current === undefined ? null : (await readPlan(trx, institutionId))?.plan;
		const planVersion = await writePlan(trx, plan);
		await recordChange(trx, actor.label, {
			institutionId,
			action: current === undefined ? "create" : "replace",
			entity: "plan",
			entityId: institutionId,
			before,
			after: plan,
		});
		return { plan, planVersion };
	});
	planChanged();
	return result;
}

/** A plan with the engine's report on it, for one day. */
export interface PlannedInstitution {
	plan: PlanFile;
	report: PlanReport;
	planVersion: number;
	/** The report as JSON, serialised once on first use: a large report is sent many times. */
	reportJson(): Buffer;
}

const planned = new LruCache<PlannedInstitution>(64);

/**
 * An institution's plan and the engine's report on it for `today`. Both are cached per process by
 * plan version and day, which stays correct with several processes: the version comes from the
 * database, and every write bumps it.
 */
export async function plannedInstitution(
	db: Kysely<Database>,
	institutionId: string,
	today: string | undefined,
): Promise<PlannedInstitution> {
	const version = await planVersionOf(db, institutionId);
	if (version === undefined) throw notFound(`institution "${institutionId}"`);
	const key = `${institutionId}\u0000${version}\u0000${today ?? ""}`;
	const cached = planned.get(key);
	if (cached) return cached;
	const { plan, planVersion } = await getPlan(db, institutionId);
	const report = planWithHolidays(plan, { today });
	let json: Buffer | undefined;
	const result = {
		plan,
		report,
		planVersion,
		reportJson: () => (json ??= Buffer.from(JSON.stringify(report))),
	};
	if (planVersion === version) planned.set(key, result);
	return result;
}
