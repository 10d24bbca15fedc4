import { perContext, type ServiceContext } from "./context.ts";
import { requestJob } from "./jobs/job.ts";

const generations = perContext(() => ({ count: 0 }));

/**
 * Marks that a plan changed through this context; call it after the writing transaction commits.
 * Readers that keep plan versions for a moment (the public catalogue) check it to see the
 * change at once; other processes see it when their short memory expires. The registration
 * notices job is asked to run, as the change may have given it work.
 */
export function planChanged(context: ServiceContext): void {
	generations(context).count += 1;
	// A release may open registration, a raised maximum free places on a waitlist.
	requestJob(context, "registration-notices");
}

/** How many plan changes this context has made: a cheap "has anything changed here?". */
export function planGeneration(context: ServiceContext): number {
	return generations(context).count;
}
