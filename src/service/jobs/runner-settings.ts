import type { Job } from "./job.ts";

/** How a runner runs its jobs; `startJobRunner` fills in what its options leave out. */
export interface RunnerSettings {
	readonly jobs: readonly Job[];
	/** The name runs are recorded under: host and process id. */
	readonly runner: string;
	/** How many times a failed run is tried again before it waits for its next period. */
	readonly retryLimit: number;
	/** The wait before the first retry; each further retry waits twice as long. */
	readonly retryDelaySeconds: number;
	/** How often the runner looks for what is due (schedules, retries, other processes' requests). */
	readonly checkEveryMs: number;
	/** A run that failed, or the runner's own trouble (the database); `job` when it is one job's. */
	readonly onError: (error: unknown, job: string | undefined) => void;
}

/** What a runner does, on either backend. */
export interface JobRunner {
	readonly backend: "in-process" | "pg-boss";
	/**
	 * Looks now for what is due and starts it. In process, it resolves when every run in progress
	 * has finished; on pg-boss, once the period's runs are queued (any process may take them).
	 */
	check(): Promise<void>;
	/** Stops scheduling and taking runs; resolves when the runs in progress here have finished. */
	stop(): Promise<void>;
}

/** A job's period in milliseconds. */
export const periodMs = (job: Job) => Math.round(job.everyMinutes * 60_000);

/**
 * The start of the period `nowMs` falls in. Periods are counted from the Unix epoch, so every
 * process, and a restarted one, agrees on them: a job runs on schedule once per period.
 */
export function periodStart(job: Job, nowMs: number): number {
	const period = periodMs(job);
	return Math.floor(nowMs / period) * period;
}

/** The wait before retry number `retry` (1 for the first): the delay, doubled for each retry. */
export function retryDelayMs(settings: RunnerSettings, retry: number): number {
	return settings.retryDelaySeconds * 1000 * 2 ** (retry - 1);
}
