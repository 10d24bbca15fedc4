import { civilFromDays, type Day, daysFromCivil, toIso } from "../../../engine/days.ts";

/**
 * The map's time axis: whole months from the first day's month to the last day's, as fractions
 * of the chart's width (0 = the first month's first day, 1 = the day after the last month).
 */
export interface TimeScale {
	/** The first day of the first month shown. */
	first: Day;
	/** The first day of the month after the last one shown (not shown). */
	end: Day;
	/** Where a day begins, as a fraction of the chart's width. */
	at(day: Day): number;
}

/** A stretch of the chart, as fractions of its width. */
export interface Span {
	left: number;
	width: number;
}

/** The month scale that covers every day given; undefined when none is given. */
export function timeScale(days: readonly Day[]): TimeScale | undefined {
	if (days.length === 0) return undefined;
	let earliest = Number.POSITIVE_INFINITY;
	let latest = Number.NEGATIVE_INFINITY;
	for (const day of days) {
		if (day < earliest) earliest = day;
		if (day > latest) latest = day;
	}
	const first = firstOfMonth(earliest);
	const end = firstOfNextMonth(latest);
	const length = end - first;
	return { first, end, at: (day) => (day - first) / length };
}

/** The days `from` to `to`, both included, as a span; clipped to the scale. */
export function spanOf(scale: TimeScale, from: Day, to: Day): Span {
	const left = clamp(scale.at(from));
	const right = clamp(scale.at(to + 1));
	return { left, width: Math.max(0, right - left) };
}

/** Whether a day lies on the scale. */
export function onScale(scale: TimeScale, day: Day): boolean {
	return day >= scale.first && day < scale.end;
}

export interface Month {
	/** Its first day, `YYYY-MM-DD`. */
	first: string;
	span: Span;
	/** January, or the first month shown: where the year is written. */
	startsYear: boolean;
	/** Whether its name is written: every month when there is room, else every 2nd, 3rd or 6th. */
	named: boolean;
}

/**
 * The months of the scale. With the chart at least `chartWidth` pixels wide, a month's name is
 * written only when each named month gets `minLabelWidth` pixels.
 */
export function monthsOf(scale: TimeScale, chartWidth: number, minLabelWidth = 32): Month[] {
	const firsts: Day[] = [];
	for (let day = scale.first; day < scale.end; day = firstOfNextMonth(day)) firsts.push(day);
	const monthWidth = chartWidth / firsts.length;
	const step = [1, 2, 3, 6].find((every) => every * monthWidth >= minLabelWidth) ?? 12;
	return firsts.map((day, index) => {
		const { month } = civilFromDays(day);
		return {
			first: toIso(day),
			span: spanOf(scale, day, firstOfNextMonth(day) - 1),
			startsYear: month === 1 || index === 0,
			named: (month - 1) % step === 0,
		};
	});
}

function firstOfMonth(day: Day): Day {
	const { year, month } = civilFromDays(day);
	return daysFromCivil(year, month, 1);
}

function firstOfNextMonth(day: Day): Day {
	const { year, month } = civilFromDays(day);
	return month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1);
}

function clamp(fraction: number): number {
	return Math.min(1, Math.max(0, fraction));
}
