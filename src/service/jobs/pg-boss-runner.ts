import { CompiledQuery, type Kysely } from "kysely";
import PgBoss from "pg-boss";
import { withExclusiveLock } from "../../store/locks.ts";
import type { Database } from "../../store/schema.ts";
import type { ServiceContext } from "../context.ts";
import { type Job, onJobRequested } from "./job.ts";
import { abandonStaleRuns, type JobTrigger, runRecorded } from "./job-runs.ts";
import { type JobRunner, periodMs, type RunnerSettings } from "./runner-settings.ts";

/** The PostgreSQL schema pg-boss keeps its queues in, beside Kairos's tables. */
const bossSchema = "pgboss";
/** A run that takes longer is failed by pg-boss and tried again. */
const runTimeLimitSeconds = 30 * 60;
/** How long a stopping server waits for its runs; pg-boss retries one cut short. */
const stopWaitMs = 60_000;

interface RunRequest {
	trigger: JobTrigger;
}

/**
 * pg-boss on the store's own connection pool, so it needs no second connection string. The
 * queries in flight are kept, for `stop` to wait for: pg-boss completes a job without awaiting.
 */
function bossDatabase(db: Kysely<Database>, inFlight: Set<Promise<unknown>>): PgBoss.Db {
	return {
		async executeSql(text, values) {
			const query = db.connection().execute(async (connection) => {
				try {
					return await connection.executeQuery(CompiledQuery.raw(text, values ?? []));
				} catch (error) {
					// pg-boss sends some commands as one text of several statements in a transaction
					// (creating its schema, which two processes starting at once race for): one that
					// fails part-way leaves the connection in the aborted transaction, and the pool
					// would hand it to the next query, which fails with 25P02.
					await connection.executeQuery(CompiledQuery.raw("rollback")).catch(() => undefined);
					throw error;
				}
			});
			inFlight.add(query);
			try {
				const result = await query;
				return { rows: result.rows as unknown[] };
			} finally {
				inFlight.delete(query);
			}
		},
	};
}

/** pg-boss keeps a finished job, which holds its period, for at least the longest period. */
function bossOptions(db: PgBoss.Db, jobs: readonly Job[]): PgBoss.ConstructorOptions {
	const longest = Math.max(0, ...jobs.map((job) => Math.ceil(periodMs(job) / 1000)));
	return {
		db,
		schema: bossSchema,
		// Kairos schedules by period itself (below), not with cron expressions.
		schedule: false,
		archiveCompletedAfterSeconds: Math.max(12 * 60 * 60, 2 * longest),
	};
}

/**
 * Each job is a queue with the "stately" policy: at most one run waiting and one running across
 * every process, so a request while a run waits joins it, and no two processes run a job at once.
 */
function queueOptions(
	settings: Pick<RunnerSettings, "retryLimit" | "retryDelaySeconds">,
): Omit<PgBoss.Queue, "name"> {
	return {
		policy: "stately",
		retryLimit: settings.retryLimit,
		retryDelay: settings.retryDelaySeconds,
		retryBackoff: true,
		expireInSeconds: runTimeLimitSeconds,
	};
}

/**
 * Creates pg-boss's schema and the jobs' queues if they are not there yet (safe from several
 * processes at once). A server does it on start; the tests do it once in their template database.
 */
export async function installJobQueues(
	db: Kysely<Database>,
	settings: Pick<RunnerSettings, "jobs" | "retryLimit" | "retryDelaySeconds">,
): Promise<void> {
	const inFlight = new Set<Promise<unknown>>();
	const boss = new PgBoss({
		...bossOptions(bossDatabase(db, inFlight), settings.jobs),
		supervise: false,
	});
	await startBoss(db, boss);
	try {
		await createQueues(db, boss, settings);
	} finally {
		await boss.stop({ graceful: false });
		await Promise.allSettled(inFlight);
	}
}

/**
 * Starts pg-boss, one process at a time: pg-boss looks whether its schema is there before it
 * takes its own lock, so two processes starting on a new database both create it, and the one
 * that loses fails ("duplicate key value violates unique constraint pg_namespace_nspname_index").
 */
async function startBoss(db: Kysely<Database>, boss: PgBoss): Promise<void> {
	await withExclusiveLock(db, "kairos:pg-boss-start", async () => {
		await boss.start();
	});
}

/**
 * Creates the jobs' queues, or updates their settings, one process at a time: pg-boss's
 * `create_queue` is not safe against itself (two processes starting at once deadlock on the
 * partition it attaches).
 */
async function createQueues(
	db: Kysely<Database>,
	boss: PgBoss,
	settings: Pick<RunnerSettings, "jobs" | "retryLimit" | "retryDelaySeconds">,
): Promise<void> {
	const options = queueOptions(settings);
	await withExclusiveLock(db, "kairos:pg-boss-queues", async () => {
		for (const job of settings.jobs) {
			await boss.createQueue(job.name, { name: job.name, ...options });
			// A queue made by an earlier version keeps its settings unless told.
			await boss.updateQueue(job.name, { name: job.name, ...options });
		}
	});
}

/**
 * The runner of PostgreSQL, where several server processes share the database: pg-boss hands
 * each run to one process. Every process, every `checkEveryMs`, sends each job's run for the
 * current period with pg-boss's throttling (`singletonSeconds`, periods counted from the epoch
 * on the database's clock), so the period's run exists once however many processes send it.
 * A request sends a run at once; a failed run is retried by pg-boss with back-off.
 */
export async function startPgBossRunner(
	context: ServiceContext,
	settings: RunnerSettings,
): Promise<JobRunner> {
	const inFlight = new Set<Promise<unknown>>();
	const boss = new PgBoss(bossOptions(bossDatabase(context.store.db, inFlight), settings.jobs));
	boss.on("error", (error) => settings.onError(error, undefined));
	await startBoss(context.store.db, boss);
	const workers = new Map<string, string>();
	let stopped = false;
	try {
		await createQueues(context.store.db, boss, settings);
		for (const job of settings.jobs) {
			const worker = await boss.work<RunRequest>(
				job.name,
				{
					includeMetadata: true,
					batchSize: 1,
					pollingIntervalSeconds: Math.max(0.5, settings.checkEveryMs / 1000),
				},
				async ([request]) => {
					if (!request) return;
					try {
						return await runRecorded(context, job, {
							trigger: request.data.trigger,
							attempt: request.retryCount + 1,
							runner: settings.runner,
						});
					} catch (error) {
						settings.onError(error, job.name);
						throw error;
					}
				},
			);
			workers.set(job.name, worker);
		}
	} catch (error) {
		await boss.stop({ graceful: false });
		throw error;
	}

	const send = (job: Job, trigger: JobTrigger) =>
		trigger === "schedule"
			? boss.send(
					job.name,
					{ trigger },
					{ singletonSeconds: Math.max(1, Math.round(periodMs(job) / 1000)) },
				)
			: boss.send(job.name, { trigger });

	const checkNow = async (): Promise<void> => {
		try {
			await abandonStaleRuns(context);
			for (const job of settings.jobs) if (!stopped) await send(job, "schedule");
		} catch (error) {
			settings.onError(error, undefined);
		}
	};

	const stopListening = onJobRequested(context, (name) => {
		const job = settings.jobs.find((candidate) => candidate.name === name);
		if (!job || stopped) return;
		send(job, "request").then(
			() => {
				const worker = workers.get(name);
				if (worker) boss.notifyWorker(worker);
			},
			(error: unknown) => settings.onError(error, name),
		);
	});
	const timer = setInterval(() => void checkNow(), settings.checkEveryMs);
	timer.unref();
	void checkNow();

	return {
		backend: "pg-boss",
		check: checkNow,
		async stop() {
			stopped = true;
			clearInterval(timer);
			stopListening();
			await boss.stop({ graceful: true, timeout: stopWaitMs });
			await Promise.allSettled(inFlight);
		},
	};
}
