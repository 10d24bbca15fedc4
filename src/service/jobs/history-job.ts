import { moveFinishedOfferings } from "../finished-offerings.ts";
import type { Job } from "./job.ts";

/**
 * `history`: moves every institution's finished offerings from its plan into its history, with
 * their real counts (`finished-offerings.ts`, docs/analysis.md). A day is the unit of "finished",
 * so it runs daily; a second run finds nothing left to move.
 */
export const historyJob: Job = {
	name: "history",
	everyMinutes: 24 * 60,
	run: moveFinishedOfferings,
};
