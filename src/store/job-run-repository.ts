import type { Kysely, Selectable } from "kysely";
import type { Database, JobRunsTable } from "./schema.ts";

/** One run of a background job as the store keeps it. */
export interface JobRun {
	id: string;
	job: string;
	trigger: string;
	attempt: number;
	runner: string;
	startedAt: string;
	finishedAt: string | null;
	/** The job's counts as JSON once it succeeded. */
	outcome: string | null;
	error: string | null;
}

function jobRunOf(row: Selectable<JobRunsTable>): JobRun {
	return {
		id: row.id,
		job: row.job,
		trigger: row.trigger,
		attempt: row.attempt,
		runner: row.runner,
		startedAt: row.started_at,
		finishedAt: row.finished_at,
		outcome: row.outcome,
		error: row.error,
	};
}

export interface NewJobRun {
	id: string;
	job: string;
	trigger: string;
	attempt: number;
	runner: string;
	startedAt: string;
}

/** Records that a run began; `finishJobRun` records how it ended. */
export async function insertJobRun(db: Kysely<Database>, run: NewJobRun): Promise<void> {
	await db
		.insertInto("job_runs")
		.values({
			id: run.id,
			job: run.job,
			trigger: run.trigger,
			attempt: run.attempt,
			runner: run.runner,
			started_at: run.startedAt,
			finished_at: null,
			outcome: null,
			error: null,
		})
		.execute();
}

/** Records how a run ended: its counts (JSON) when it succeeded, else its error. */
export async function finishJobRun(
	db: Kysely<Database>,
	id: string,
	end: { finishedAt: string; outcome: string | null; error: string | null },
): Promise<void> {
	await db
		.updateTable("job_runs")
		.set({ finished_at: end.finishedAt, outcome: end.outcome, error: end.error })
		.where("id", "=", id)
		.execute();
}

/** When the latest run of `job` started for `trigger`, if one did. */
export async function latestRunStart(
	db: Kysely<Database>,
	job: string,
	trigger: string,
): Promise<string | undefined> {
	const row = await db
		.selectFrom("job_runs")
		.select("started_at")
		.where("job", "=", job)
		.where("trigger", "=", trigger)
		.orderBy("started_at", "desc")
		.limit(1)
		.executeTakeFirst();
	return row?.started_at;
}

/** The latest `limit` runs of `job`, newest first. */
export async function listJobRuns(
	db: Kysely<Database>,
	job: string,
	limit: number,
): Promise<JobRun[]> {
	const rows = await db
		.selectFrom("job_runs")
		.selectAll()
		.where("job", "=", job)
		.orderBy("started_at", "desc")
		.orderBy("id", "desc")
		.limit(limit)
		.execute();
	return rows.map(jobRunOf);
}

/** Deletes the runs of `job` older than its latest `keep`; returns how many. */
export async function pruneJobRuns(
	db: Kysely<Database>,
	job: string,
	keep: number,
): Promise<number> {
	const oldestKept = await db
		.selectFrom("job_runs")
		.select("started_at")
		.where("job", "=", job)
		.orderBy("started_at", "desc")
		.offset(keep - 1)
		.limit(1)
		.executeTakeFirst();
	if (!oldestKept) return 0;
	const result = await db
		.deleteFrom("job_runs")
		.where("job", "=", job)
		.where("started_at", "<", oldestKept.started_at)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

/**
 * Marks as failed the runs begun before `beforeIso` that never finished: their process stopped
 * during the run (the job itself is run again by its schedule).
 */
export async function abandonUnfinishedRuns(
	db: Kysely<Database>,
	beforeIso: string,
	end: { finishedAt: string; error: string },
): Promise<number> {
	const result = await db
		.updateTable("job_runs")
		.set({ finished_at: end.finishedAt, error: end.error })
		.where("finished_at", "is", null)
		.where("started_at", "<", beforeIso)
		.executeTakeFirst();
	return Number(result.numUpdatedRows);
}
