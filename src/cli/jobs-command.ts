import { KairosError } from "../service/errors.ts";
import { runJobOnce } from "../service/jobs/runner.ts";
import { describeFailure } from "../service/mail-queue.ts";
import { ExitCode } from "./exit-codes.ts";
import { withStore } from "./store-command.ts";

/**
 * `kairos jobs run NAME`: runs the job once now in this process, recorded as a manual run, and
 * prints its counts. Mail it queues is sent by a running server's mail sender.
 */
export async function runJobsRun(name: string, options: { db?: string }): Promise<ExitCode> {
	return withStore(options.db, async (context) => {
		try {
			const outcome = await runJobOnce(context, name, "cli");
			const counts = Object.entries(outcome).map(([what, count]) => `${what} ${count}`);
			process.stdout.write(`${name}: done${counts.length > 0 ? ` (${counts.join(", ")})` : ""}\n`);
			return ExitCode.Done;
		} catch (error) {
			// An unknown job is bad input, printed as such by withStore.
			if (error instanceof KairosError) throw error;
			process.stderr.write(`kairos: ${name} failed: ${describeFailure(error)}\n`);
			return ExitCode.JobFailed;
		}
	});
}
