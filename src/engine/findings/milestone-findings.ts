import { cataloguePublishedKey, isReleased } from "../../model/offering.ts";
import type { Finding } from "../../model/report.ts";
import { finding, type OfferingRule } from "./context.ts";
import { dueButNotReleased } from "./release-findings.ts";
import { count, date } from "./wording.ts";

/**
 * MILESTONE_IN_PAST: a task due before today that is not done. Needs a "today". The
 * catalogue-published milestone is left to NOT_RELEASED when that applies, and to the release
 * state when the offering is released: either way this would say the same again, or wrongly.
 */
export const milestoneInPast: OfferingRule = (context) => {
	const { schedule, today, people, offering } = context;
	if (today === undefined) return [];
	const releaseSaysIt = isReleased(offering) || dueButNotReleased(context);
	return schedule.milestones.flatMap((milestone): Finding[] => {
		if (milestone.kind !== "task" || milestone.status === "done" || milestone.due >= today)
			return [];
		if (milestone.key === cataloguePublishedKey && releaseSaysIt) return [];
		const owner = people.find((person) => person.id === milestone.owner);
		return [
			finding(
				"MILESTONE_IN_PAST",
				"warning",
				`${milestone.label} was due on ${date(milestone.due)}, ${count(today - milestone.due, "day")} ago, and is ${milestone.status === "doing" ? "still in progress" : "not started"}`,
				owner
					? `ask ${owner.name} to finish it now, or mark it done if it is`
					: "name an owner to finish it now, or mark it done if it is",
				milestone.key,
			),
		];
	});
};
