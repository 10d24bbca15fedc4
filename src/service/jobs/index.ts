import { followThroughJob } from "./follow-through-job.ts";
import type { Job } from "./job.ts";

/** Every background job, in the order the admin's list shows them. */
export const jobs: readonly Job[] = [followThroughJob];
