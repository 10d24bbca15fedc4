import type { FindingTexts } from "./context.ts";

/**
 * START_OR_END_ON_HOLIDAY: the course's `date` ("start" or "end") falls on `day`, a public
 * holiday or a closure named `name`; `nextWorkingDay` is where it could go instead.
 */
export function onHolidayTexts(p: {
	date: "start" | "end";
	day: string;
	cause: "holiday" | "closure";
	name: string;
	nextWorkingDay: string;
}): FindingTexts {
	const verb = p.date === "start" ? "starts" : "ends";
	const closed =
		p.cause === "holiday"
			? `a public holiday (${p.name})`
			: `when the institution is closed (${p.name})`;
	return {
		message: `${verb} on ${p.day}, ${closed}`,
		suggestion: `move the ${p.date} to ${p.nextWorkingDay}, the next working day`,
		params: {
			case: p.date,
			day: p.day,
			cause: p.cause,
			name: p.name,
			nextWorkingDay: p.nextWorkingDay,
		},
	};
}
