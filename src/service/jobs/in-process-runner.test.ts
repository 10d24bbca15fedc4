import { afterEach, describe, expect, it } from "vitest";
import { useContext } from "../../../test/fixtures/context.ts";
import { storeTargets } from "../../../test/fixtures/stores.ts";
import { listJobRuns } from "../../store/job-run-repository.ts";
import { type Job, requestJob } from "./job.ts";
import { type JobRunner, startJobRunner } from "./runner.ts";

const sqlite = storeTargets.find((target) => target.name === "sqlite");
if (!sqlite) throw new Error("no SQLite target");

/** A job that counts its runs, and fails its first `failures` runs. */
function countingJob(name: string, everyMinutes: number, failures = 0): Job & { runs: number } {
	const job = {
		name,
		everyMinutes,
		runs: 0,
		async run() {
			job.runs += 1;
			if (job.runs <= failures)
				throw new Error(`the mail server at smtp://user:secret@mail.test is down (${job.runs})`);
			return { checked: job.runs };
		},
	};
	return job;
}

describe("the in-process job runner (SQLite)", () => {
	const fixture = useContext(sqlite);
	let runner: JobRunner | undefined;
	afterEach(async () => {
		await runner?.stop();
		runner = undefined;
	});
	/** A runner whose own timer never fires in a test: the test looks with `check()`. */
	const start = async (jobs: Job[], retry = { retryLimit: 3, retryDelaySeconds: 60 }) => {
		runner = await startJobRunner(fixture.context, {
			jobs,
			runner: "test:1",
			checkEveryMs: 24 * 60 * 60_000,
			...retry,
		});
		expect(runner.backend).toBe("in-process");
		return runner;
	};
	const runs = (job: string) => listJobRuns(fixture.store.db, job, 100);

	it("runs a job at start and then once in each period", async () => {
		const hourly = countingJob("hourly", 60);
		fixture.clock.set("2027-03-01T08:10:00.000Z");
		const started = await start([hourly]);
		await started.check();
		expect(hourly.runs).toBe(1);
		fixture.clock.set("2027-03-01T08:59:59.000Z");
		await started.check();
		expect(hourly.runs).toBe(1);
		fixture.clock.set("2027-03-01T09:00:00.000Z");
		await started.check();
		await started.check();
		expect(hourly.runs).toBe(2);
		expect(await runs("hourly")).toEqual([
			expect.objectContaining({
				trigger: "schedule",
				attempt: 1,
				runner: "test:1",
				startedAt: "2027-03-01T09:00:00.000Z",
				finishedAt: "2027-03-01T09:00:00.000Z",
				outcome: JSON.stringify({ checked: 2 }),
				error: null,
			}),
			expect.objectContaining({ startedAt: "2027-03-01T08:10:00.000Z", outcome: '{"checked":1}' }),
		]);
	});

	it("counts a period's run made before a restart", async () => {
		const hourly = countingJob("hourly", 60);
		fixture.clock.set("2027-03-01T08:10:00.000Z");
		await (await start([hourly])).check();
		await runner?.stop();
		fixture.clock.set("2027-03-01T08:40:00.000Z");
		await (await start([hourly])).check();
		expect(hourly.runs).toBe(1);
	});

	it("runs a job at once when asked, and once more for requests made while it runs", async () => {
		let release: () => void = () => undefined;
		let entered: () => void = () => undefined;
		const inSecondRun = new Promise<void>((resolve) => (entered = resolve));
		let calls = 0;
		const slow: Job = {
			name: "slow",
			everyMinutes: 24 * 60,
			async run() {
				calls += 1;
				if (calls === 2) {
					entered();
					await new Promise<void>((resolve) => (release = resolve));
				}
				return { calls };
			},
		};
		const started = await start([slow]);
		await started.check();
		requestJob(fixture.context, "slow");
		const running = started.check();
		await inSecondRun;
		requestJob(fixture.context, "slow");
		requestJob(fixture.context, "slow");
		requestJob(fixture.context, "another job");
		release();
		await running;
		await started.check();
		expect(calls).toBe(3);
		// The clock stands still here, so the runs share their start: compare them in any order.
		expect((await runs("slow")).map((run) => run.trigger).sort()).toEqual([
			"request",
			"request",
			"schedule",
		]);
	});

	it("tries a failed run again after a delay that doubles, and records each try", async () => {
		const errors: unknown[] = [];
		const flaky = countingJob("flaky", 24 * 60, 2);
		fixture.clock.set("2027-03-01T08:00:00.000Z");
		runner = await startJobRunner(fixture.context, {
			jobs: [flaky],
			runner: "test:1",
			checkEveryMs: 24 * 60 * 60_000,
			retryLimit: 3,
			retryDelaySeconds: 60,
			onError: (error, job) => errors.push([job, (error as Error).message]),
		});
		await runner.check();
		fixture.clock.set("2027-03-01T08:00:59.000Z");
		await runner.check();
		expect(flaky.runs).toBe(1);
		fixture.clock.set("2027-03-01T08:01:00.000Z");
		await runner.check();
		expect(flaky.runs).toBe(2);
		fixture.clock.set("2027-03-01T08:02:59.000Z");
		await runner.check();
		expect(flaky.runs).toBe(2);
		fixture.clock.set("2027-03-01T08:03:00.000Z");
		await runner.check();
		await runner.check();
		expect(flaky.runs).toBe(3);
		expect(errors).toHaveLength(2);
		const recorded = await runs("flaky");
		expect(recorded.map((run) => [run.trigger, run.attempt, run.outcome, run.error])).toEqual([
			["schedule", 3, '{"checked":3}', null],
			["schedule", 2, null, "the mail server at smtp://***@mail.test is down (2)"],
			["schedule", 1, null, "the mail server at smtp://***@mail.test is down (1)"],
		]);
	});

	it("gives up after the retry limit until the next period", async () => {
		const broken = countingJob("broken", 60, 100);
		fixture.clock.set("2027-03-01T08:00:00.000Z");
		const started = await start([broken], { retryLimit: 1, retryDelaySeconds: 60 });
		await started.check();
		fixture.clock.set("2027-03-01T08:01:00.000Z");
		await started.check();
		fixture.clock.set("2027-03-01T08:59:00.000Z");
		await started.check();
		expect(broken.runs).toBe(2);
		fixture.clock.set("2027-03-01T09:00:00.000Z");
		await started.check();
		expect(broken.runs).toBe(3);
	});

	it("marks a run its process left unfinished as stopped", async () => {
		const { db } = fixture.store;
		await db
			.insertInto("job_runs")
			.values({
				id: "left",
				job: "hourly",
				trigger: "schedule",
				attempt: 1,
				runner: "gone:7",
				started_at: "2027-03-01T06:00:00.000Z",
				finished_at: null,
				outcome: null,
				error: null,
			})
			.execute();
		fixture.clock.set("2027-03-01T08:00:00.000Z");
		await (await start([countingJob("hourly", 60)])).check();
		expect((await runs("hourly")).at(-1)).toMatchObject({
			id: "left",
			finishedAt: "2027-03-01T08:00:00.000Z",
			error: "the process running it stopped before it finished",
		});
	});
});
