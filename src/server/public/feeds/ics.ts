import type { TFunction } from "i18next";
import ical, {
	type ICalCalendar,
	ICalCalendarMethod,
	ICalEventStatus,
	ICalEventTransparency,
} from "ical-generator";
import { toDay, toIso } from "../../../engine/days.ts";
import { translator } from "../../../i18n/index.ts";
import { textIn } from "../../../model/localized-text.ts";
import type { PublicCatalogue, PublicOffering, PublicStatus } from "../../../service/catalogue.ts";
import { formatFee } from "../format.ts";
import { coursePageUrl } from "./urls.ts";

export interface FeedIcsOptions {
	/** The site's origin without a trailing slash, e.g. `https://kairos.school`. */
	baseUrl: string;
	/** DTSTAMP of every event: when the calendar was produced. */
	stamp: Date;
	/**
	 * A catalogue language: of the events' texts (a course's own texts with `pickText`'s
	 * fallback) and of the course pages they link to. Default `en`.
	 */
	language?: string | undefined;
}

/**
 * Every public offering as two all-day VEVENTs: the course from its first to its last day, and
 * its registration deadline. UIDs (`course.<institution>.<offering>@kairos`,
 * `deadline.<institution>.<offering>@kairos`) are stable, so a subscribed calendar updates events
 * instead of duplicating them; dates are floating, so they never shift with a time zone.
 */
export function catalogueIcs(catalogue: PublicCatalogue, options: FeedIcsOptions): string {
	const language = options.language ?? "en";
	const calendar = publicCalendar(translator(language)("catalogue.title"), language);
	// Subscribers re-read the feed a few times a day; statuses change on that scale.
	calendar.ttl(6 * 60 * 60);
	for (const { offerings } of catalogue.institutions) {
		for (const offering of offerings) addEvents(calendar, offering, options);
	}
	return calendar.toString();
}

/** One offering's "add to calendar": the same two events as in `catalogueIcs`. */
export function offeringIcs(offering: PublicOffering, options: FeedIcsOptions): string {
	const language = options.language ?? "en";
	const title = textIn(language, offering.institution.languages ?? [])(offering.offering.title);
	const calendar = publicCalendar(title, language);
	addEvents(calendar, offering, options);
	return calendar.toString();
}

function publicCalendar(name: string, language: string): ICalCalendar {
	return ical({
		name,
		prodId: { company: "Kairos", product: "kairos-catalogue", language: language.toUpperCase() },
		method: ICalCalendarMethod.PUBLISH,
	});
}

const eventStatus: Record<PublicStatus, ICalEventStatus> = {
	planned: ICalEventStatus.TENTATIVE,
	open: ICalEventStatus.TENTATIVE,
	full: ICalEventStatus.TENTATIVE,
	confirmed: ICalEventStatus.CONFIRMED,
	cancelled: ICalEventStatus.CANCELLED,
	// This run will not take place: its learners move to another offering's events.
	postponed: ICalEventStatus.CANCELLED,
	merged: ICalEventStatus.CANCELLED,
};

function addEvents(calendar: ICalCalendar, entry: PublicOffering, options: FeedIcsOptions): void {
	const { institution, offering } = entry;
	const language = options.language ?? "en";
	const t = translator(language);
	const text = textIn(language, institution.languages ?? []);
	const location = offering.location === undefined ? undefined : text(offering.location);
	const url = coursePageUrl(options.baseUrl, language, institution.id, offering.id);
	const title = `${text(offering.title)} (${institution.name})`;
	const common = {
		allDay: true,
		stamp: options.stamp,
		url,
		description: description(entry, location, url, options.baseUrl, language, t),
		status: eventStatus[entry.status],
		// An all-day course that lasts weeks must not mark those weeks as busy.
		transparency: ICalEventTransparency.TRANSPARENT,
		...(location === undefined ? {} : { location }),
	};
	calendar.createEvent({
		...common,
		id: `course.${institution.id}.${offering.id}@kairos`,
		summary: title,
		start: midnight(offering.start),
		// DTEND of an all-day event is exclusive: the day after the last day of the course.
		end: midnight(toIso(toDay(offering.end) + 1)),
	});
	calendar.createEvent({
		...common,
		id: `deadline.${institution.id}.${offering.id}@kairos`,
		summary: t("calendar.deadline", { course: title }),
		start: midnight(entry.registrationCloses),
		end: midnight(toIso(toDay(entry.registrationCloses) + 1)),
	});
}

/** ical-generator writes an all-day date without a time zone from the UTC date. */
function midnight(date: string): string {
	return `${date}T00:00:00Z`;
}

function description(
	entry: PublicOffering,
	location: string | undefined,
	url: string,
	baseUrl: string,
	language: string,
	t: TFunction,
): string {
	const { offering } = entry;
	return [
		`${offering.start} – ${offering.end}`,
		`${t("offering.fee")}: ${formatFee(offering.fee, language, t)}`,
		...(location === undefined ? [] : [`${t("offering.where")}: ${location}`]),
		...(offering.mode === undefined
			? []
			: [`${t("catalogue.mode")}: ${t(`mode.${offering.mode}`)}`]),
		`${t("calendar.status")}: ${t(`status.${entry.status}`)}`,
		...movedLines(entry, baseUrl, language, t),
		`${t("offering.registration")}: ${entry.registrationOpens} – ${entry.registrationCloses}`,
		url,
	].join("\n");
}

/** Where a postponed or merged course went, with its page when that is in the catalogue too. */
function movedLines(
	entry: PublicOffering,
	baseUrl: string,
	language: string,
	t: TFunction,
): string[] {
	const moved = entry.movedTo;
	if (!moved || (entry.status !== "postponed" && entry.status !== "merged")) return [];
	const { institution } = entry;
	const course = textIn(language, institution.languages ?? [])(moved.offering.title);
	return [
		t("calendar.movedTo", { course, date: moved.offering.start }),
		...(moved.listed ? [coursePageUrl(baseUrl, language, institution.id, moved.offering.id)] : []),
	];
}
