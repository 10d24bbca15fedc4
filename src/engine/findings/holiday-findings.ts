import { closedCause, reasonOf } from "../calendar.ts";
import { toDay } from "../days.ts";
import { finding, type OfferingRule } from "./context.ts";
import { onHolidayTexts } from "./holiday-texts.ts";
import { date } from "./wording.ts";

/**
 * START_OR_END_ON_HOLIDAY: the course starts or ends on a public holiday or a closure of the
 * institution, one finding for each; a weekend is no reason (adult courses often start on a
 * Saturday). A one-day course gets one, for its start.
 */
export const startOrEndOnHoliday: OfferingRule = ({ offering, calendar }) => {
	const dates: { date: "start" | "end"; day: string }[] = [{ date: "start", day: offering.start }];
	if (offering.end !== offering.start) dates.push({ date: "end", day: offering.end });
	return dates.flatMap(({ date: which, day }) => {
		const cause = closedCause(calendar, toDay(day));
		if (!cause) return [];
		const texts = onHolidayTexts({
			date: which,
			day,
			cause: cause.kind,
			name: reasonOf(cause),
			nextWorkingDay: date(calendar.onOrAfter(toDay(day))),
		});
		return [finding("START_OR_END_ON_HOLIDAY", "warning", texts)];
	});
};
