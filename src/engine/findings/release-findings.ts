import type { Person } from "../../model/institution.ts";
import { cataloguePublishedKey, isReleased, type Offering } from "../../model/offering.ts";
import type { Finding } from "../../model/report.ts";
import { toDay } from "../days.ts";
import type { DatedMilestone } from "../schedule.ts";
import { finding, type OfferingContext, type OfferingRule } from "./context.ts";
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
	const { cause, suggestion, about } = whyNotReleased(offering, milestone, people);
	const window = timing.decisionWindow;
	const deciding =
		today < window.from
			? `, and the decision window opens on ${date(window.from)}`
			: today <= window.to
				? ` while they decide until ${date(window.to)}`
				: "";
	return [
		finding(
			"NOT_RELEASED",
			today >= window.from ? "error" : "warning",
			`due in the catalogue since ${date(timing.publication)}, but not released: learners cannot see it${deciding}; ${cause}`,
			suggestion,
			about,
		),
	];
};

/** What holds the release back, what a person does about it, and the milestone it is about. */
function whyNotReleased(
	offering: Offering,
	milestone: DatedMilestone | undefined,
	people: readonly Person[],
): { cause: string; suggestion: string; about?: string } {
	if (offering.released === false)
		return {
			cause: "it is held back (released: false)",
			suggestion:
				'release it now (released: true); if something is still open, announce it as "planned" with dates, fee and a contact',
		};
	if (!milestone)
		return {
			cause: `its template has no ${cataloguePublishedKey} milestone to mark done`,
			suggestion: "publish it now and set released: true",
		};
	const owner = people.find((person) => person.id === milestone.owner);
	return {
		about: milestone.key,
		cause: `“${milestone.label}” is ${milestone.status === "doing" ? "in progress" : "not started"}`,
		suggestion: owner
			? `ask ${owner.name} to publish it now and mark “${milestone.label}” done`
			: `name a ${milestone.role} owner to publish it now, and mark “${milestone.label}” done`,
	};
}
