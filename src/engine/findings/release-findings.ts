import type { Person } from "../../model/institution.ts";
import { cataloguePublishedKey, isReleased, type Offering } from "../../model/offering.ts";
import type { Finding } from "../../model/report.ts";
import { toDay } from "../days.ts";
import type { DatedMilestone } from "../schedule.ts";
import { finding, type OfferingContext, type OfferingRule } from "./context.ts";
import { notReleasedTexts, type ReleaseHold } from "./schedule-texts.ts";
import { date } from "./wording.ts";

/**
 * Whether NOT_RELEASED applies: today is on or after the publication date, the course has not
 * started, and the offering is not released. Needs a "today".
 */
export function dueButNotReleased({ offering, timing, today }: OfferingContext): boolean {
	if (today === undefined || isReleased(offering)) return false;
	return today >= timing.publication && today < toDay(offering.start);
}

/**
 * NOT_RELEASED: the offering should be in the catalogue by now, but nobody has released it, so
 * learners cannot see it. An error once the decision window is open, since each day costs
 * learners who decide without it; a warning while it is only ahead of the window.
 */
export const notReleased: OfferingRule = (context): Finding[] => {
	const { offering, timing, schedule, people, today } = context;
	if (today === undefined || !dueButNotReleased(context)) return [];
	const milestone = schedule.milestones.find(({ key }) => key === cataloguePublishedKey);
	const { hold, about } = whyNotReleased(offering, milestone, people);
	const window = timing.decisionWindow;
	const texts = notReleasedTexts(
		{
			publication: date(timing.publication),
			deciding: today < window.from ? "before" : today <= window.to ? "during" : "after",
			windowFrom: date(window.from),
			windowTo: date(window.to),
		},
		hold,
	);
	return [finding("NOT_RELEASED", today >= window.from ? "error" : "warning", texts, about)];
};

/** What holds the release back, and the milestone it is about. */
function whyNotReleased(
	offering: Offering,
	milestone: DatedMilestone | undefined,
	people: readonly Person[],
): { hold: ReleaseHold; about?: string } {
	if (offering.released === false) return { hold: { hold: "heldBack" } };
	if (!milestone) return { hold: { hold: "noMilestone", milestoneKey: cataloguePublishedKey } };
	const owner = people.find((person) => person.id === milestone.owner);
	return {
		about: milestone.key,
		hold: {
			hold: "milestone",
			label: milestone.label,
			status: milestone.status === "doing" ? "doing" : "todo",
			role: milestone.role,
			owner: owner?.name,
		},
	};
}
