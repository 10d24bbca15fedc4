import { decisionOf, goNoGoKey, latestRegistrationCount } from "../../model/offering.ts";
import type { Finding } from "../../model/report.ts";
import { toDay, toIso } from "../days.ts";
import { finding, type OfferingContext, type OfferingRule } from "./context.ts";
import { goNoGoOverdueTexts } from "./decision-texts.ts";
import { date } from "./wording.ts";

/** The go-no-go milestone of the offering's plan, if its template has one. */
function goNoGoMilestone({ schedule }: OfferingContext) {
	return schedule.milestones.find((milestone) => milestone.key === goNoGoKey);
}

/**
 * Whether GO_NO_GO_OVERDUE applies: today is on or after the go-no-go milestone's due date and
 * no later than the course's last day, and no decision is in the plan (a no-go is one).
 * Needs a "today".
 */
export function decisionOverdue(context: OfferingContext): boolean {
	const { offering, today } = context;
	const milestone = goNoGoMilestone(context);
	if (today === undefined || milestone === undefined || decisionOf(offering) !== undefined)
		return false;
	return milestone.due <= today && today <= toDay(offering.end);
}

/**
 * GO_NO_GO_OVERDUE: the day to decide whether the group runs has come and no decision is
 * recorded, so the registrants do not know whether to keep the dates free.
 */
export const goNoGoOverdue: OfferingRule = (context): Finding[] => {
	const milestone = goNoGoMilestone(context);
	if (milestone === undefined || !decisionOverdue(context)) return [];
	const { offering, people, today } = context;
	const owner = people.find((person) => person.id === milestone.owner);
	const texts = goNoGoOverdueTexts({
		due: date(milestone.due),
		start: offering.start,
		registered: latestRegistrationCount(offering, today === undefined ? undefined : toIso(today))
			?.count,
		min: offering.participants.min,
		max: offering.participants.max,
		owner: owner?.name,
	});
	return [finding("GO_NO_GO_OVERDUE", "warning", texts, milestone.key)];
};
