import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { useContext } from "../../../test/fixtures/context.ts";
import { eventually } from "../../../test/fixtures/eventually.ts";
import { storeTargets } from "../../../test/fixtures/stores.ts";
import { listJobRuns } from "../../store/job-run-repository.ts";
import { type Job, requestJob } from "./job.ts";
import { type JobRunner, startJobRunner } from "./runner.ts";

const postgres = storeTargets.find((target) => target.name === "postgres");
if (!postgres) throw new Error("no PostgreSQL target");

describe.skipIf(!postgres.available)("the pg-boss job runner (PostgreSQL)", () => {
	const fixture = useContext(postgres);
	let runner: JobRunner | undefined;
	afterEach(async () => {
		await runner?.stop();
		runner = undefined;
	});
	/** The runs of `job`, by try and trigger: the test's clock stands still, so they share a start. */
	const runs = async (job: string) =>
		(await listJobRuns(fixture.store.db, job, 100)).sort(
			(a, b) => a.attempt - b.attempt || a.trigger.localeCompare(b.trigger),
		);
	const finishedRuns = async (job: string, count: number) => {
		const recorded = await runs(job);
		return recorded.length >= count && recorded.every((run) => run.finishedAt) && recorded;
	};

	it("runs a job once in its period however often the period is looked at, and at once when asked", async () => {
		let calls = 0;
		const daily: Job = {
			name: "daily",
			everyMinutes: 24 * 60,
			async run() {
				calls += 1;
				return { calls };
			},
		};
		runner = await startJobRunner(fixture.context, {
			jobs: [daily],
			runner: "test:1",
			checkEveryMs: 500,
		});
		expect(runner.backend).toBe("pg-boss");
		await eventually("the period's run", () => finishedRuns("daily", 1));
		await runner.check();
		await runner.check();
		requestJob(fixture.context, "daily");
		const recorded = await eventually("the requested run", () => finishedRuns("daily", 2));
		expect(recorded.map((run) => [run.trigger, run.attempt, run.runner, run.error])).toEqual([
			["request", 1, "test:1", null],
			["schedule", 1, "test:1", null],
		]);
		const { rows } = await sql<{ trigger: string; sent: number }>`
			select data->>'trigger' as trigger, count(*)::int as sent from pgboss.job
			where name = 'daily' group by 1 order by 1`.execute(fixture.store.db);
		expect(rows).toEqual([
			{ trigger: "request", sent: 1 },
			{ trigger: "schedule", sent: 1 },
		]);
		expect(calls).toBe(2);
	});

	it("tries a failed run again with back-off and records each try", async () => {
		let calls = 0;
		const flaky: Job = {
			name: "flaky",
			everyMinutes: 24 * 60,
			async run() {
				calls += 1;
				if (calls === 1) throw new Error("the database was restarting");
				return { calls };
			},
		};
		const errors: unknown[] = [];
		runner = await startJobRunner(fixture.context, {
			jobs: [flaky],
			runner: "test:1",
			checkEveryMs: 500,
			retryLimit: 2,
			retryDelaySeconds: 1,
			onError: (error, job) => errors.push([job, (error as Error).message]),
		});
		const recorded = await eventually("the retry", () => finishedRuns("flaky", 2));
		expect(recorded.map((run) => [run.trigger, run.attempt, run.outcome, run.error])).toEqual([
			["schedule", 1, null, "the database was restarting"],
			["schedule", 2, '{"calls":2}', null],
		]);
		expect(errors).toEqual([["flaky", "the database was restarting"]]);
	});
});
