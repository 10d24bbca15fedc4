import ical, { type ICalCalendar, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import type { OfferingReport, PlanReport } from "../model/report.ts";
import { ownerNames } from "./people.ts";

export interface IcsOptions {
	/** DTSTAMP of every event: when the calendar was produced. */
	stamp: Date;
}

/**
 * One all-day VEVENT per milestone, naming its owner as the plan's people name them. UIDs are stable (`offering.milestone@institution`), so a
 * calendar that subscribes to the file updates events instead of duplicating them. Dates are
 * floating calendar dates: no time zone is attached, so they never shift. Once the go/no-go
 * decision is made, an offering's events are CONFIRMED (go) or CANCELLED (no-go, postponed,
 * merged: the work of this run is off).
 */
export function renderIcs(report: PlanReport, options: IcsOptions): string {
	const calendar = milestoneCalendar(`${report.institution.name}: marketing plan`);
	addMilestones(calendar, report, options.stamp);
	return calendar.toString();
}

export interface TaskIcsOptions extends IcsOptions {
	/** The calendar's name, as a calendar app shows it. */
	name: string;
	/** The address of an offering's page, which each event links to. */
	offeringUrl(offeringId: string): string;
}

/**
 * One person's tasks: the events of `renderIcs` for the milestones `owner` owns, each linking to
 * its offering's page. With no report (an account of no institution) or no owner, a calendar
 * with no events, which calendar apps take as a valid, empty subscription.
 */
export function renderTaskIcs(
	report: PlanReport | undefined,
	owner: string | null,
	options: TaskIcsOptions,
): string {
	const calendar = milestoneCalendar(options.name);
	// Subscribers re-read the feed a few times a day; tasks change on that scale.
	calendar.ttl(60 * 60);
	if (report && owner !== null)
		addMilestones(calendar, report, options.stamp, { owner, offeringUrl: options.offeringUrl });
	return calendar.toString();
}

function milestoneCalendar(name: string): ICalCalendar {
	return ical({
		name,
		prodId: { company: "Kairos", product: "kairos-plan", language: "EN" },
		method: ICalCalendarMethod.PUBLISH,
	});
}

/** The report's milestones as events: only those of `owner` when given, linked when asked. */
function addMilestones(
	calendar: ICalCalendar,
	report: PlanReport,
	stamp: Date,
	only: { owner?: string; offeringUrl?: (offeringId: string) => string } = {},
): void {
	const ownerName = ownerNames(report);
	for (const offering of report.offerings) {
		const url = only.offeringUrl?.(offering.id);
		for (const milestone of offering.milestones) {
			if (only.owner !== undefined && milestone.owner !== only.owner) continue;
			const description = [
				`Owner: ${milestone.owner === null ? "none yet" : ownerName(milestone.owner)} (${milestone.role})`,
				`Status: ${milestone.status}`,
				...(milestone.effortHours > 0 ? [`Effort: ${milestone.effortHours} h`] : []),
				...(milestone.moved
					? [`Moved from ${milestone.moved.from}: ${milestone.moved.reason}`]
					: []),
				`Offering: ${offering.id}, starts ${offering.start}`,
				...decisionLines(offering),
				...(url === undefined ? [] : [url]),
			];
			calendar.createEvent({
				id: `${offering.id}.${milestone.key}@${report.institution.id}.kairos`,
				start: `${milestone.due}T00:00:00Z`,
				allDay: true,
				stamp,
				summary: `${offering.title}: ${milestone.label}`,
				description: description.join("\n"),
				categories: [{ name: milestone.role }],
				...(offering.decision && { status: eventStatus[offering.decision.outcome] }),
				...(url === undefined ? {} : { url }),
			});
		}
	}
}

const eventStatus: Record<NonNullable<OfferingReport["decision"]>["outcome"], ICalEventStatus> = {
	go: ICalEventStatus.CONFIRMED,
	"no-go": ICalEventStatus.CANCELLED,
	postpone: ICalEventStatus.CANCELLED,
	merge: ICalEventStatus.CANCELLED,
};

/** The decision in a line, with where a postponed or merged course went. */
function decisionLines(offering: OfferingReport): string[] {
	const decision = offering.decision;
	if (!decision) return [];
	return [
		`Decision: ${decision.outcome}${decision.into === undefined ? "" : `, into ${decision.into}`}`,
	];
}
