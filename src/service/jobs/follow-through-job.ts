import { followThroughDecisions } from "../follow-through.ts";
import type { Job } from "./job.ts";

/**
 * Tells every registrant of a decided offering what was decided, moving those of a postponed
 * or merged course (`follow-through.ts`). Recording a decision asks for it at once; the
 * schedule picks up decisions that came another way (a plan import, another process).
 */
export const followThroughJob: Job = {
	name: "follow-through",
	everyMinutes: 5,
	run: followThroughDecisions,
};
