import { afterEach, describe, expect, it } from "vitest";
import { useHarness } from "../../../../test/fixtures/api.ts";
import { eventually } from "../../../../test/fixtures/eventually.ts";
import { storeTargets } from "../../../../test/fixtures/stores.ts";
import { type JobRunner, startJobRunner } from "../../../service/jobs/runner.ts";
import { finishJobRun, insertJobRun, listJobRuns } from "../../../store/job-run-repository.ts";

describe.each(storeTargets)("the jobs routes on $name", (target) => {
	const harness = useHarness(target);
	let runner: JobRunner | undefined;
	afterEach(async () => {
		await runner?.stop();
		runner = undefined;
	});

	/** A run of owner-digests that began at `startedAt` and ended as told (or runs still). */
	const recordRun = async (
		id: string,
		startedAt: string,
		end?: { outcome: string | null; error: string | null },
	) => {
		const { db } = harness.store;
		await insertJobRun(db, {
			id,
			job: "owner-digests",
			trigger: "schedule",
			attempt: 1,
			runner: "server-a:41",
			startedAt,
		});
		if (end)
			await finishJobRun(db, id, { finishedAt: startedAt.replace(":00.000Z", ":02.000Z"), ...end });
	};

	it.skipIf(!target.available)(
		"list each job with its latest runs, the failures since the last success and their errors",
		async () => {
			await recordRun("ok", "2027-03-01T07:00:00.000Z", {
				outcome: '{"weekly":3,"overdue":0}',
				error: null,
			});
			await recordRun("failed-1", "2027-03-01T08:00:00.000Z", {
				outcome: null,
				error: "connect ECONNREFUSED",
			});
			await recordRun("failed-2", "2027-03-01T09:00:00.000Z", {
				outcome: null,
				error: "connect ECONNREFUSED",
			});
			await recordRun("running", "2027-03-01T10:00:00.000Z");
			const admin = await harness.as("admin");
			const response = await admin.request("GET", "/api/v1/jobs");
			expect(response.statusCode).toBe(200);
			const digests = response
				.json<{ items: { name: string }[] }>()
				.items.find((job) => job.name === "owner-digests");
			expect(digests).toEqual({
				name: "owner-digests",
				everyMinutes: 60,
				lastSucceededAt: "2027-03-01T07:00:00.000Z",
				failuresInARow: 2,
				runs: [
					expect.objectContaining({
						id: "running",
						status: "running",
						finishedAt: null,
						outcome: null,
					}),
					expect.objectContaining({
						id: "failed-2",
						status: "failed",
						error: "connect ECONNREFUSED",
						finishedAt: "2027-03-01T09:00:02.000Z",
					}),
					expect.objectContaining({ id: "failed-1", status: "failed" }),
					{
						id: "ok",
						trigger: "schedule",
						attempt: 1,
						runner: "server-a:41",
						startedAt: "2027-03-01T07:00:00.000Z",
						finishedAt: "2027-03-01T07:00:02.000Z",
						status: "succeeded",
						outcome: { weekly: 3, overdue: 0 },
						error: null,
					},
				],
			});
			expect((await (await harness.as("manager")).request("GET", "/api/v1/jobs")).statusCode).toBe(
				403,
			);
		},
	);

	it.skipIf(!target.available)("runs a job now through this server's runner", async () => {
		const admin = await harness.as("admin");
		const refused = await admin.request("POST", "/api/v1/jobs/owner-digests/runs");
		expect(refused.statusCode).toBe(409);
		expect(refused.json()).toMatchObject({ detail: expect.stringContaining("--no-jobs") });
		runner = await startJobRunner(harness.context, {
			runner: "test:1",
			checkEveryMs: target.name === "postgres" ? 500 : 24 * 60 * 60_000,
		});
		// The period's run first: a request while it waits would join it.
		await eventually("the period's run", async () =>
			(await listJobRuns(harness.store.db, "owner-digests", 10)).some((run) => run.finishedAt),
		);
		const response = await admin.request("POST", "/api/v1/jobs/owner-digests/runs");
		expect(response.statusCode).toBe(202);
		expect(response.json()).toEqual({
			name: "owner-digests",
			requestedAt: "2027-03-01T08:00:00.000Z",
		});
		const requested = await eventually("the requested run", async () =>
			(await listJobRuns(harness.store.db, "owner-digests", 10)).find(
				(run) => run.trigger === "request" && run.finishedAt !== null,
			),
		);
		expect(requested).toMatchObject({ attempt: 1, runner: "test:1", error: null });
		const unknown = await admin.request("POST", "/api/v1/jobs/no-such-job/runs");
		expect(unknown.statusCode).toBe(404);
		expect(unknown.json()).toMatchObject({ detail: expect.stringContaining("owner-digests") });
	});
});
