import { z } from "zod";
import { route } from "./contract.ts";

/** Why a run began: its period came, someone asked (a use case, an administrator), or `kairos jobs run`. */
export const jobTriggers = ["schedule", "request", "manual"] as const;

/** One run of a background job as an administrator sees it. */
export const jobRunView = z.object({
	id: z.string(),
	trigger: z.enum(jobTriggers),
	attempt: z.number().int().describe("1 for a first try; 2, 3… for the retries after it failed"),
	runner: z.string().describe("the server process that ran it (host:process id), or cli"),
	startedAt: z.string(),
	finishedAt: z.string().nullable(),
	status: z.enum(["running", "succeeded", "failed"]),
	outcome: z
		.record(z.string(), z.number())
		.nullable()
		.describe("what a successful run did, as counts (mails queued, people skipped…)"),
	error: z.string().nullable().describe("why it failed"),
});
export type JobRunView = z.infer<typeof jobRunView>;

/** A background job with its latest runs. */
export const jobView = z.object({
	name: z.string(),
	everyMinutes: z.number(),
	lastSucceededAt: z.string().nullable(),
	failuresInARow: z
		.number()
		.int()
		.describe("failed runs since the last that succeeded (0 when the latest succeeded)"),
	runs: z.array(jobRunView).describe("the latest runs, newest first"),
});
export type JobView = z.infer<typeof jobView>;

const tags = ["jobs"];

export const listJobsRoute = route({
	method: "GET",
	path: "/jobs",
	permission: "jobs:manage",
	summary:
		"The background jobs (digests, notices, retention…) with their latest runs, failures and errors",
	tags,
	responses: { 200: z.object({ items: z.array(jobView) }) },
});

export const runJobRoute = route({
	method: "POST",
	path: "/jobs/:name/runs",
	permission: "jobs:manage",
	summary:
		"Run a job now: this server's runner starts it at once (409 when this server runs no jobs)",
	tags,
	params: z.object({ name: z.string().min(1) }),
	responses: { 202: z.object({ name: z.string(), requestedAt: z.string() }) },
});
