import { followThroughJob } from "./follow-through-job.ts";
import { historyJob } from "./history-job.ts";
import type { Job } from "./job.ts";
import { ownerDigestsJob } from "./owner-digests-job.ts";
import { registrationNoticesJob } from "./registration-notices-job.ts";
import { retentionJob } from "./retention-job.ts";

/** Every background job, in the order the admin's list shows them. */
export const jobs: readonly Job[] = [
	followThroughJob,
	registrationNoticesJob,
	ownerDigestsJob,
	retentionJob,
	historyJob,
];
