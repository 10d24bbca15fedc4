import { randomUUID } from "node:crypto";
import type { jobTriggers } from "../../model/api/jobs.ts";
import {
	abandonUnfinishedRuns,
	finishJobRun,
	insertJobRun,
	pruneJobRuns,
} from "../../store/job-run-repository.ts";
import { nowIso, type ServiceContext } from "../context.ts";
import { describeFailure } from "../mail-queue.ts";
import type { Job, JobOutcome } from "./job.ts";

/** Why a run began: its period came, a use case or an administrator asked, or the command line. */
export type JobTrigger = (typeof jobTriggers)[number];

/** How many runs of each job are kept for the administrator's list; older ones are deleted. */
const keptRunsPerJob = 100;

/** A run that has not finished this long after it began is taken for one whose process stopped. */
const abandonedAfterMs = 60 * 60_000;

export interface RunDetails {
	trigger: JobTrigger;
	/** 1 for a first try, 2 for the first retry after a failure, and so on. */
	attempt: number;
	/** The process that runs it: host and process id, or `cli`. */
	runner: string;
}

/**
 * Runs `job` once and records the run (when it began, when and how it ended), whichever
 * runner calls it; keeps only the latest runs of the job. A failure is recorded and thrown
 * again, for the runner to retry.
 */
export async function runRecorded(
	context: ServiceContext,
	job: Job,
	details: RunDetails,
): Promise<JobOutcome> {
	const { db } = context.store;
	const id = randomUUID();
	await insertJobRun(db, { id, job: job.name, ...details, startedAt: nowIso(context) });
	try {
		const outcome = await job.run(context);
		await finishJobRun(db, id, {
			finishedAt: nowIso(context),
			outcome: JSON.stringify(outcome),
			error: null,
		});
		return outcome;
	} catch (error) {
		await finishJobRun(db, id, {
			finishedAt: nowIso(context),
			outcome: null,
			error: describeFailure(error),
		});
		throw error;
	} finally {
		await pruneJobRuns(db, job.name, keptRunsPerJob);
	}
}

/** Marks the runs that began over an hour ago and never finished as stopped with their process. */
export function abandonStaleRuns(context: ServiceContext): Promise<number> {
	const now = context.clock().getTime();
	return abandonUnfinishedRuns(context.store.db, new Date(now - abandonedAfterMs).toISOString(), {
		finishedAt: nowIso(context),
		error: "the process running it stopped before it finished",
	});
}
