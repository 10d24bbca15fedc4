import ical, { ICalCalendarMethod } from "ical-generator";
import type { PlanReport } from "../model/report.ts";
import { ownerNames } from "./people.ts";

export interface IcsOptions {
	/** DTSTAMP of every event: when the calendar was produced. */
	stamp: Date;
}

/**
 * One all-day VEVENT per milestone, naming its owner as the plan's people name them. UIDs are stable (`offering.milestone@institution`), so a
 * calendar that subscribes to the file updates events instead of duplicating them. Dates are
 * floating calendar dates: no time zone is attached, so they never shift.
 */
export function renderIcs(report: PlanReport, options: IcsOptions): string {
	const calendar = ical({
		name: `${report.institution.name}: marketing plan`,
		prodId: { company: "Kairos", product: "kairos-plan", language: "EN" },
		method: ICalCalendarMethod.PUBLISH,
	});
	const ownerName = ownerNames(report);
	for (const offering of report.offerings) {
		for (const milestone of offering.milestones) {
			const description = [
				`Owner: ${milestone.owner === null ? "none yet" : ownerName(milestone.owner)} (${milestone.role})`,
				`Status: ${milestone.status}`,
				...(milestone.effortHours > 0 ? [`Effort: ${milestone.effortHours} h`] : []),
				...(milestone.moved
					? [`Moved from ${milestone.moved.from}: ${milestone.moved.reason}`]
					: []),
				`Offering: ${offering.id}, starts ${offering.start}`,
			];
			calendar.createEvent({
				id: `${offering.id}.${milestone.key}@${report.institution.id}.kairos`,
				start: `${milestone.due}T00:00:00Z`,
				allDay: true,
				stamp: options.stamp,
				summary: `${offering.title}: ${milestone.label}`,
				description: description.join("\n"),
				categories: [{ name: milestone.role }],
			});
		}
	}
	return calendar.toString();
}
