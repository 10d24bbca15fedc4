import type { Finding } from "../../model/report.ts";
import { finding, type OfferingRule } from "./context.ts";
import { count, date } from "./wording.ts";

/** MILESTONE_IN_PAST: a task due before today that is not done. Needs a "today". */
export const milestoneInPast: OfferingRule = ({ schedule, today, people }) => {
	if (today === undefined) return [];
	return schedule.milestones.flatMap((milestone): Finding[] => {
		if (milestone.kind !== "task" || milestone.status === "done" || milestone.due >= today)
			return [];
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
