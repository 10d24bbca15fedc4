import { latestRunStart } from "../../store/job-run-repository.ts";
import type { ServiceContext } from "../context.ts";
import { type Job, onJobRequested } from "./job.ts";
import { abandonStaleRuns, type JobTrigger, runRecorded } from "./job-runs.ts";
import {
	type JobRunner,
	periodStart,
	type RunnerSettings,
	retryDelayMs,
} from "./runner-settings.ts";

interface JobState {
	readonly job: Job;
	running: Promise<void> | undefined;
	/** Asked for while idle or running: runs (again) as soon as it can. */
	requested: boolean;
	/** The next try after a failure, on the context's clock. */
	retry: { attempt: number; trigger: JobTrigger; atMs: number } | undefined;
	/** The start of the latest period whose run began here, so the store is asked once a period. */
	scheduledPeriodMs: number | undefined;
}

/**
 * The runner of a single server process (SQLite, whose file one process owns): timers in this
 * process, the context's clock for what is due. A job never runs twice at once; asked for while
 * it runs, it runs once more afterwards; a failed run is tried again after the retry delay,
 * doubled each time, up to the retry limit.
 */
export function startInProcessRunner(context: ServiceContext, settings: RunnerSettings): JobRunner {
	const states = new Map<string, JobState>(
		settings.jobs.map((job) => [
			job.name,
			{ job, running: undefined, requested: false, retry: undefined, scheduledPeriodMs: undefined },
		]),
	);
	let stopped = false;

	const run = (state: JobState, trigger: JobTrigger, attempt: number): Promise<void> => {
		const { job } = state;
		const running = runRecorded(context, job, { trigger, attempt, runner: settings.runner })
			.then(
				() => {
					state.retry = undefined;
				},
				(error: unknown) => {
					settings.onError(error, job.name);
					state.retry =
						attempt <= settings.retryLimit
							? {
									attempt: attempt + 1,
									trigger,
									atMs: context.clock().getTime() + retryDelayMs(settings, attempt),
								}
							: undefined;
				},
			)
			.finally(() => {
				state.running = undefined;
				// Asked for during the run: once more now, before anyone awaiting this run resumes.
				if (state.requested && !stopped) {
					state.requested = false;
					void run(state, "request", 1);
				}
			});
		state.running = running;
		return running;
	};

	/** What is due of one job now: a request, a retry whose time came, or its period's run. */
	const dueRun = async (state: JobState): Promise<Promise<void> | undefined> => {
		if (state.running || stopped) return undefined;
		if (state.requested) {
			state.requested = false;
			return run(state, "request", 1);
		}
		const now = context.clock().getTime();
		if (state.retry && state.retry.atMs <= now)
			return run(state, state.retry.trigger, state.retry.attempt);
		const period = periodStart(state.job, now);
		if (state.scheduledPeriodMs !== undefined && state.scheduledPeriodMs >= period)
			return undefined;
		const last = await latestRunStart(context.store.db, state.job.name, "schedule");
		if (state.running || stopped || (state.scheduledPeriodMs ?? -1) >= period) return undefined;
		if (last !== undefined && Date.parse(last) >= period) {
			state.scheduledPeriodMs = period;
			return undefined;
		}
		state.scheduledPeriodMs = period;
		return run(state, "schedule", 1);
	};

	const checkNow = async (): Promise<void> => {
		try {
			await abandonStaleRuns(context);
			await Promise.all([...states.values()].map(dueRun));
			// Also the runs that began before this look, and those asked for meanwhile.
			for (;;) {
				const running = [...states.values()].flatMap((state) => state.running ?? []);
				if (running.length === 0) break;
				await Promise.all(running);
			}
		} catch (error) {
			settings.onError(error, undefined);
		}
	};

	const stopListening = onJobRequested(context, (name) => {
		const state = states.get(name);
		if (!state || stopped) return;
		state.requested = true;
		void checkNow();
	});
	const timer = setInterval(() => void checkNow(), settings.checkEveryMs);
	timer.unref();
	void checkNow();

	return {
		backend: "in-process",
		check: checkNow,
		async stop() {
			stopped = true;
			clearInterval(timer);
			stopListening();
			await Promise.all([...states.values()].map((state) => state.running));
		},
	};
}
