import { toDay } from "../../../engine/days.ts";
import type { PublicHoliday } from "../../../engine/holidays.ts";
import type { Closure } from "../../../model/institution.ts";
import { onScale, type Span, spanOf, type TimeScale } from "./scale.ts";

/** A closure or a public holiday on the map: a band or a tick, named on hover, focus and in a list. */
export interface CalendarMark {
	kind: "closure" | "holiday";
	/** `YYYY-MM-DD`; a holiday is one day, so `from` equals `to`. */
	from: string;
	to: string;
	name: string;
	span: Span;
}

/**
 * The closures and public holidays that fall on the scale, in date order (a closure before a
 * holiday on the same day). A day with two holiday names keeps the first, as the engine does.
 */
export function calendarMarks(
	scale: TimeScale,
	closures: readonly Closure[],
	holidays: readonly PublicHoliday[],
): CalendarMark[] {
	const marks: CalendarMark[] = [];
	for (const closure of closures) {
		const from = toDay(closure.from);
		const to = toDay(closure.to);
		if (to < scale.first || from >= scale.end) continue;
		marks.push({
			kind: "closure",
			from: closure.from,
			to: closure.to,
			name: closure.label,
			span: spanOf(scale, from, to),
		});
	}
	const seen = new Set<string>();
	for (const holiday of holidays) {
		const day = toDay(holiday.date);
		if (seen.has(holiday.date) || !onScale(scale, day)) continue;
		seen.add(holiday.date);
		marks.push({
			kind: "holiday",
			from: holiday.date,
			to: holiday.date,
			name: holiday.name,
			span: spanOf(scale, day, day),
		});
	}
	return marks.sort(
		(a, b) =>
			a.from.localeCompare(b.from) || (a.kind === b.kind ? 0 : a.kind === "closure" ? -1 : 1),
	);
}
