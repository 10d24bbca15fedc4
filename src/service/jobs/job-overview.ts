import { type JobRun, listJobRuns } from "../../store/job-run-repository.ts";
import { nowIso, type ServiceContext } from "../context.ts";
import { KairosError } from "../errors.ts";
import { jobs as allJobs } from "./index.ts";
import { type Job, requestJob } from "./job.ts";
import { jobNamed } from "./runner.ts";

export type { JobRun } from "../../store/job-run-repository.ts";

/** How many of a job's latest runs the administrator's list shows. */
const shownRuns = 20;

/** A background job with its latest runs, for the administrator. */
export interface JobSummary {
	job: Job;
	/** Newest first. */
	runs: JobRun[];
	lastSucceededAt: string | null;
	/** Failed runs since the latest that succeeded, among those kept. */
	failuresInARow: number;
}

const succeeded = (run: JobRun) => run.finishedAt !== null && run.error === null;

/** Every job with its latest runs, failures and errors, in the order of the job list. */
export async function jobsOverview(
	context: ServiceContext,
	jobs: readonly Job[] = allJobs,
): Promise<JobSummary[]> {
	return Promise.all(
		jobs.map(async (job) => {
			const runs = await listJobRuns(context.store.db, job.name, shownRuns);
			const lastSuccess = runs.findIndex(succeeded);
			const finished = runs.slice(0, lastSuccess === -1 ? runs.length : lastSuccess);
			return {
				job,
				runs,
				lastSucceededAt: runs[lastSuccess]?.startedAt ?? null,
				failuresInARow: finished.filter((run) => run.error !== null).length,
			};
		}),
	);
}

/**
 * Asks this server's runner to run the job now; 404 for an unknown job, 409 when this server
 * runs no jobs (`--no-jobs`), as then nothing would run it before its next period.
 */
export function requestJobRun(
	context: ServiceContext,
	name: string,
	jobs: readonly Job[] = allJobs,
): { name: string; requestedAt: string } {
	const job = jobNamed(name, jobs);
	if (!requestJob(context, job.name))
		throw new KairosError(
			"conflict",
			`this server runs no background jobs (it was started with --no-jobs): ${job.name} runs in its next period on a server that does, or now with kairos jobs run ${job.name}`,
		);
	return { name: job.name, requestedAt: nowIso(context) };
}
