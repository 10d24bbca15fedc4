import type { PublicHoliday } from "../engine/holidays.ts";
import { withRecordedRegistrations } from "../engine/recorded-registrations.ts";
import { plannedWithHolidays } from "../holidays/plan-with-holidays.ts";
import { publicHolidays } from "../holidays/public-holidays.ts";
import type { PlanFile } from "../model/plan-file.ts";
import type { PlanReport } from "../model/report.ts";
import { validatePlan } from "../model/validate.ts";
import { recordChange } from "../store/audit-repository.ts";
import { insertNewInstitution, planVersionOf } from "../store/institution-repository.ts";
import {
	readPlan,
	type StoredPlan,
	storedAlike,
	storedForm,
	writePlan,
} from "../store/plan-repository.ts";
import { registrationsFingerprint } from "../store/registration-state-repository.ts";
import { lockInstitution } from "../store/resource-repository.ts";
import type { Actor } from "./actor.ts";
import { nowIso, perContext, type ServiceContext, todayFor } from "./context.ts";
import { KairosError, notFound } from "./errors.ts";
import { LruCache } from "./lru-cache.ts";
import { planChanged } from "./plan-changes.ts";
import { recordedRegistrationCounts } from "./recorded-registrations.ts";

/** An institution's whole plan with its version. */
export async function getPlan(context: ServiceContext, institutionId: string): Promise<StoredPlan> {
	const stored = await readPlan(context.store.db, institutionId);
	if (!stored) throw notFound(`institution "${institutionId}"`);
	return stored;
}

export interface ReplaceOptions {
	/** The plan version the caller last saw; omitted only by the command line's import. */
	expectedVersion?: number | undefined;
	/** The caller means to create the institution (`If-None-Match: *`): an existing one is stale. */
	mustBeNew?: boolean | undefined;
	/** Whether the institution may be created (administrators and the command line). */
	mayCreate: boolean;
}

/**
 * Replaces an institution's whole plan in one transaction, after validating all of it. Returns
 * the plan version after it. Nothing is written when anything is wrong, nor when the plan is the
 * one stored: then the version stays (so every ETag given out stays valid) and no audit entry is
 * made.
 */
export async function replacePlan(
	context: ServiceContext,
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
	const result = await context.store.db.transaction().execute(async (trx) => {
		const current = await lockInstitution(trx, institutionId);
		if (current !== undefined && options.mustBeNew) {
			throw new KairosError(
				"precondition_failed",
				`institution "${institutionId}" already has a plan: send If-Match with its ETag to replace it`,
			);
		}
		const at = nowIso(context);
		if (current === undefined) {
			if (!options.mayCreate) throw notFound(`institution "${institutionId}"`);
			if (!(await insertNewInstitution(trx, plan.institution, at)))
				throw new KairosError(
					"precondition_failed",
					`institution "${institutionId}" was created by someone else a moment ago: reload it`,
				);
		}
		if (options.expectedVersion !== undefined && current !== options.expectedVersion) {
			throw new KairosError(
				"precondition_failed",
				`the plan of "${institutionId}" was changed by someone else: reload it and apply your change again`,
			);
		}
		const before = current === undefined ? null : (await readPlan(trx, institutionId))?.plan;
		if (current !== undefined && storedAlike(before, storedForm(plan)))
			return { plan, planVersion: current, changed: false };
		const planVersion = await writePlan(trx, plan, at);
		await recordChange(
			trx,
			actor.label,
			{
				institutionId,
				action: current === undefined ? "create" : "replace",
				entity: "plan",
				entityId: institutionId,
				before,
				after: plan,
			},
			at,
		);
		return { plan, planVersion, changed: true };
	});
	if (result.changed) planChanged(context);
	return { plan: result.plan, planVersion: result.planVersion };
}

/** A plan with the engine's report on it, for one day. */
export interface PlannedInstitution {
	/** The plan with its offerings' registration counts joined with those recorded in Kairos. */
	plan: PlanFile;
	report: PlanReport;
	planVersion: number;
	/** The day the report judges by. */
	today: string;
	/** The public holidays the report was made with, in English. */
	holidays: PublicHoliday[];
	/** The years of those holidays. */
	holidayYears: number[];
	/** The report as JSON, serialised once on first use: a large report is sent many times. */
	reportJson(): Buffer;
	/**
	 * What it is cached by: the institution, the plan version, the day, the registrations'
	 * fingerprint and the language. Whatever is made from it alone may be cached by it too.
	 */
	key: string;
}

const plans = perContext(() => new LruCache<StoredPlan>(64));
const reports = perContext(() => new LruCache<PlannedInstitution>(64));

export interface PlannedOptions {
	/** The day to judge by; default: today in the institution's time zone. */
	today?: string | undefined;
	/** The plan version the caller just read, which saves reading it again. */
	planVersion?: number | undefined;
	/** The registrations' fingerprint the caller just read (`registrationsFingerprints`), likewise. */
	registrations?: string | undefined;
	/** The language of the report's titles and labels; default: the institution's first. */
	language?: string | undefined;
}

/**
 * An institution's plan and the engine's report on it for a day, with the registrations recorded
 * in Kairos counted beside the plan file's (`withRecordedRegistrations`). Both are cached per
 * context by plan version, day, the registrations' fingerprint and language, which stays correct
 * with several processes: the first three come from the database, and every write changes one.
 */
export async function plannedInstitution(
	context: ServiceContext,
	institutionId: string,
	options: PlannedOptions = {},
): Promise<PlannedInstitution> {
	const stored = await currentPlan(context, institutionId, options.planVersion);
	const { timezone } = stored.plan.institution;
	const day = options.today ?? todayFor(context, timezone);
	const registrations =
		options.registrations ?? (await registrationsFingerprint(context.store.db, institutionId));
	const key = `${institutionId}\u0000${stored.planVersion}\u0000${day}\u0000${registrations}\u0000${options.language ?? ""}`;
	const cached = reports(context).get(key);
	if (cached) return cached;
	const plan = withRecordedRegistrations(
		stored.plan,
		await recordedRegistrationCounts(context, institutionId, timezone),
	);
	const { report, holidays, years } = plannedWithHolidays(plan, {
		today: day,
		language: options.language,
	});
	let json: Buffer | undefined;
	const result: PlannedInstitution = {
		plan,
		report,
		planVersion: stored.planVersion,
		today: day,
		holidays,
		holidayYears: years,
		reportJson: () => (json ??= Buffer.from(JSON.stringify(report))),
		key,
	};
	reports(context).set(key, result);
	return result;
}

/** The plan at its current version, read from the database only when the version moved on. */
export async function currentPlan(
	context: ServiceContext,
	institutionId: string,
	knownVersion: number | undefined,
): Promise<StoredPlan> {
	const version = knownVersion ?? (await planVersionOf(context.store.db, institutionId));
	if (version === undefined) throw notFound(`institution "${institutionId}"`);
	const key = `${institutionId}\u0000${version}`;
	const cached = plans(context).get(key);
	if (cached) return cached;
	const stored = await getPlan(context, institutionId);
	// A write between the two reads gives a newer plan: keep it only under its own version.
	plans(context).set(`${institutionId}\u0000${stored.planVersion}`, stored);
	return stored;
}

/**
 * The public holidays the engine needs for an institution's current plan: its country's, in
 * every year the plan and its milestones touch. What the staff app gives the engine when it
 * plans in the browser, so that its report is the server's. Named in `language` (ISO 639-1)
 * where date-holidays has the names, else in English; the dates are the same in any language.
 */
export async function holidaysForPlan(
	context: ServiceContext,
	institutionId: string,
	language?: string,
): Promise<PublicHoliday[]> {
	const planned = await plannedInstitution(context, institutionId);
	if (language === undefined) return planned.holidays;
	return publicHolidays(planned.plan.institution.country, planned.holidayYears, language);
}
