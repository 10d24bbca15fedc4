import type { JobRunView, JobView } from "../../model/api/jobs.ts";
import type { JobRun, JobSummary } from "../../service/jobs/job-overview.ts";

/** One run: its status from how it ended, its counts parsed. */
export function presentJobRun(run: JobRun): JobRunView {
	return {
		id: run.id,
		trigger: run.trigger as JobRunView["trigger"],
		attempt: run.attempt,
		runner: run.runner,
		startedAt: run.startedAt,
		finishedAt: run.finishedAt,
		status: run.error !== null ? "failed" : run.finishedAt === null ? "running" : "succeeded",
		outcome: run.outcome === null ? null : (JSON.parse(run.outcome) as Record<string, number>),
		error: run.error,
	};
}

/** A job with its latest runs. */
export function presentJob(summary: JobSummary): JobView {
	return {
		name: summary.job.name,
		everyMinutes: summary.job.everyMinutes,
		lastSucceededAt: summary.lastSucceededAt,
		failuresInARow: summary.failuresInARow,
		runs: summary.runs.map(presentJobRun),
	};
}
