import type { ServiceContext } from "../context.ts";
import { KairosError } from "../errors.ts";
import { startInProcessRunner } from "./in-process-runner.ts";
import { jobs as allJobs } from "./index.ts";
import type { Job, JobOutcome } from "./job.ts";
import { runRecorded } from "./job-runs.ts";
import { startPgBossRunner } from "./pg-boss-runner.ts";
import type { JobRunner, RunnerSettings } from "./runner-settings.ts";

export type { JobRunner } from "./runner-settings.ts";

/** Retries after a failed run: about 1, 2, 4, 8 and 16 minutes later. */
export const defaultRetry = { limit: 5, delaySeconds: 60 } as const;

export interface JobRunnerOptions {
	/** Every job of `jobs/index.ts` unless told. */
	jobs?: readonly Job[];
	/** The name runs are recorded under, e.g. `host:pid`. */
	runner: string;
	retryLimit?: number;
	retryDelaySeconds?: number;
	/** How often schedules, retries and other processes' requests are looked for; 30 s unless told. */
	checkEveryMs?: number;
	onError?: (error: unknown, job: string | undefined) => void;
}

/**
 * Starts running the background jobs in this process: each every `everyMinutes` (once per
 * period, counted from the epoch), at once when `requestJob` asks, and again with back-off
 * after a failure, every run recorded for the administrator. On SQLite the runs are timers
 * in this process, which owns the database file; on PostgreSQL pg-boss shares them among every
 * server process on the database, so each period's run happens once.
 */
export async function startJobRunner(
	context: ServiceContext,
	options: JobRunnerOptions,
): Promise<JobRunner> {
	const settings: RunnerSettings = {
		jobs: options.jobs ?? allJobs,
		runner: options.runner,
		retryLimit: options.retryLimit ?? defaultRetry.limit,
		retryDelaySeconds: options.retryDelaySeconds ?? defaultRetry.delaySeconds,
		checkEveryMs: options.checkEveryMs ?? 30_000,
		onError: options.onError ?? (() => undefined),
	};
	return context.store.dialect === "postgres"
		? startPgBossRunner(context, settings)
		: startInProcessRunner(context, settings);
}

/** The job called `name` of `jobs`, or a not-found error that lists the names there are. */
export function jobNamed(name: string, jobs: readonly Job[] = allJobs): Job {
	const job = jobs.find((candidate) => candidate.name === name);
	if (!job)
		throw new KairosError(
			"not_found",
			`there is no job ${JSON.stringify(name)}; the jobs are ${jobs.map((each) => each.name).join(", ") || "none"}`,
		);
	return job;
}

/**
 * Runs the job called `name` once now, in this process and without retries (`kairos jobs run`),
 * recorded as a manual run; a failure is recorded and thrown.
 */
export function runJobOnce(
	context: ServiceContext,
	name: string,
	runner: string,
	jobs: readonly Job[] = allJobs,
): Promise<JobOutcome> {
	return runRecorded(context, jobNamed(name, jobs), { trigger: "manual", attempt: 1, runner });
}
