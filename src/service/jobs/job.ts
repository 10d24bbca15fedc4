import { perContext, type ServiceContext } from "../context.ts";

/** What one run of a job did, for the admin's list of runs: counts by what was done. */
export type JobOutcome = Readonly<Record<string, number>>;

/**
 * A background job: an idempotent sweep over every institution that does what is due and
 * records what it did, so running it twice, or again after a crash, does nothing twice (mails
 * carry a dedupe key; state changes check the state first). The runner runs each job every
 * `everyMinutes`, at once when `requestJob` asks for it, and again after a failure.
 */
export interface Job {
	/** Stable, kebab-case: the name in the admin's list, in pg-boss and in `requestJob`. */
	readonly name: string;
	readonly everyMinutes: number;
	run(context: ServiceContext): Promise<JobOutcome>;
}

type Wake = (name: string) => void;
const listeners = perContext(() => new Set<Wake>());

/**
 * Asks this context's runner, if one runs, to run the named job soon: a use case calls it after
 * the transaction that made work for the job has committed (a decision, a freed place). True
 * when a runner heard it; without one the job still runs in its next period, wherever it runs.
 */
export function requestJob(context: ServiceContext, name: string): boolean {
	const set = listeners(context);
	for (const wake of set) wake(name);
	return set.size > 0;
}

/** How a runner hears `requestJob`; returns the function that stops listening. */
export function onJobRequested(context: ServiceContext, wake: Wake): () => void {
	const set = listeners(context);
	set.add(wake);
	return () => {
		set.delete(wake);
	};
}
