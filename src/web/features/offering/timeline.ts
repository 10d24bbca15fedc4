import { civilFromDays, daysFromCivil, toDay, toIso } from "../../../engine/days.ts";

/** A date axis over a span of days: where a date sits, in percent of the width, and its ticks. */
export interface Timeline {
	from: string;
	to: string;
	/** The left edge of a day, in [0, 100]. */
	position(date: string): number;
	/** The share of the width one day takes, in percent. */
	dayWidth: number;
	/** The first days of months on the axis, fewer of them on a long span; the first and each January show the year. */
	ticks: { date: string; position: number; withYear: boolean }[];
}

/** Days added on either side, so a marker on the first or last date is not cut off. */
const padding = 7;

/**
 * The axis that holds every given date (ISO `YYYY-MM-DD`), with a week to spare on each side.
 * Ticks fall on the first of each month, of every second month beyond 15 months and of every
 * third beyond 30, so their labels never crowd.
 */
export function timelineOf(dates: readonly string[]): Timeline {
	const days = dates.map(toDay);
	const first = Math.min(...days) - padding;
	const last = Math.max(...days) + padding;
	const span = last - first + 1;
	const position = (date: string) => ((toDay(date) - first) / span) * 100;
	const months = span / 30.4;
	const every = months > 30 ? 3 : months > 15 ? 2 : 1;
	const ticks: Timeline["ticks"] = [];
	const start = civilFromDays(first);
	let month = start.dayOfMonth === 1 ? start.month : start.month + 1;
	let year = start.year;
	for (;;) {
		if (month > 12) {
			month -= 12;
			year += 1;
		}
		const day = daysFromCivil(year, month, 1);
		if (day > last) break;
		if ((month - 1) % every === 0)
			ticks.push({
				date: toIso(day),
				position: position(toIso(day)),
				withYear: ticks.length === 0 || month === 1,
			});
		month += 1;
	}
	return { from: toIso(first), to: toIso(last), position, dayWidth: 100 / span, ticks };
}
