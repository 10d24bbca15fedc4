import { cataloguePublishedKey, goNoGoKey, isReleased } from "../../model/offering.ts";
import type { Finding } from "../../model/report.ts";
import { finding, type OfferingRule } from "./context.ts";
import { decisionOverdue } from "./decision-findings.ts";
import { dueButNotReleased } from "./release-findings.ts";
import { milestoneInPastTexts } from "./schedule-texts.ts";
import { date } from "./wording.ts";

/**
 * MILESTONE_IN_PAST: a task due before today that is not done. Needs a "today". The
 * catalogue-published milestone is left to NOT_RELEASED when that applies, and to the release
 * state when the offering is released: either way this would say the same again, or wrongly.
 * The go-no-go milestone is left to GO_NO_GO_OVERDUE when that applies.
 */
export const milestoneInPast: OfferingRule = (context) => {
	const { schedule, today, people, offering } = context;
	if (today === undefined) return [];
	const releaseSaysIt = isReleased(offering) || dueButNotReleased(context);
	const decisionSaysIt = decisionOverdue(context);
	return schedule.milestones.flatMap((milestone): Finding[] => {
		if (milestone.kind !== "task" || milestone.status === "done" || milestone.due >= today)
			return [];
		if (milestone.key === cataloguePublishedKey && releaseSaysIt) return [];
		if (milestone.key === goNoGoKey && decisionSaysIt) return [];
		const owner = people.find((person) => person.id === milestone.owner);
		const texts = milestoneInPastTexts({
			label: milestone.label,
			due: date(milestone.due),
			daysAgo: today - milestone.due,
			status: milestone.status === "doing" ? "doing" : "todo",
			owner: owner?.name,
		});
		return [finding("MILESTONE_IN_PAST", "warning", texts, milestone.key)];
	});
};
