import type { NonWorkingCause } from "../model/report.ts";
import { type Day, daysFromCivil, toDay, weekday, yearOf } from "./days.ts";
import type { PublicHoliday } from "./holidays.ts";

/** A date range when staff do no planned work, inclusive. */
export interface ClosureDays {
	from: string;
	to: string;
	label: string;
}

/** Working days of one institution: not weekends, not public holidays, not closures. */
export interface Calendar {
	isWorkingDay(day: Day): boolean;
	/** Why a day is not a working day ("weekend", a holiday's name, a closure's label), or undefined. */
	nonWorkingReason(day: Day): string | undefined;
	/** The same reason as data: a weekend, a holiday with its name, a closure with its label. */
	nonWorkingCause(day: Day): NonWorkingCause | undefined;
	/** The day itself when it is a working day, else the nearest working day before it. */
	onOrBefore(day: Day): Day;
	/** The day itself when it is a working day, else the nearest working day after it. */
	onOrAfter(day: Day): Day;
	/** The `count`-th working day after `day` (negative: before); `day` itself is not counted; 0 gives `day`. */
	addWorkingDays(day: Day, count: number): Day;
}

const WEEKEND: NonWorkingCause = { kind: "weekend" };

/** A cause in words: "weekend", the holiday's name, the closure's label. */
export function reasonOf(cause: NonWorkingCause): string {
	switch (cause.kind) {
		case "weekend":
			return "weekend";
		case "holiday":
			return cause.name;
		case "closure":
			return cause.label;
	}
}

/** A holiday or a closure on `day`: a day a course should not start or end on. Weekends are not. */
export function closedCause(
	calendar: Calendar,
	day: Day,
): Exclude<NonWorkingCause, { kind: "weekend" }> | undefined {
	const cause = calendar.nonWorkingCause(day);
	return cause?.kind === "weekend" ? undefined : cause;
}

/** `day`, or the next working day when `day` is a holiday or a closure (closedCause). */
export function openOrNext(calendar: Calendar, day: Day): Day {
	return closedCause(calendar, day) ? calendar.onOrAfter(day) : day;
}

interface YearTable {
	start: Day;
	end: Day;
	/** Per day of the year: undefined when working, else the cause it is not. */
	causes: (NonWorkingCause | undefined)[];
}

/**
 * Builds the calendar of an institution from its country's public holidays (the first name
 * given for a day is kept) and its closures. Each year is computed once, on first use; a year
 * without holidays in `holidays` has weekends and closures only.
 */
export function createCalendar(
	holidays: readonly PublicHoliday[],
	closures: readonly ClosureDays[] = [],
): Calendar {
	const holidayCauses = new Map<Day, NonWorkingCause>();
	for (const { date, name } of holidays) {
		const day = toDay(date);
		if (!holidayCauses.has(day)) holidayCauses.set(day, { kind: "holiday", name });
	}
	const closureRanges = closures.map((closure) => ({
		from: toDay(closure.from),
		to: toDay(closure.to),
		cause: { kind: "closure", label: closure.label } satisfies NonWorkingCause,
	}));
	const tables = new Map<number, YearTable>();
	let last: YearTable | undefined;

	function tableFor(day: Day): YearTable {
		if (last && day >= last.start && day < last.end) return last;
		const year = yearOf(day);
		let table = tables.get(year);
		if (!table) {
			table = buildYear(year);
			tables.set(year, table);
		}
		last = table;
		return table;
	}

	function buildYear(year: number): YearTable {
		const start = daysFromCivil(year, 1, 1);
		const end = daysFromCivil(year + 1, 1, 1);
		const causes: (NonWorkingCause | undefined)[] = new Array(end - start).fill(undefined);
		for (let day = start; day < end; day++)
			causes[day - start] = holidayCauses.get(day) ?? (weekday(day) >= 6 ? WEEKEND : undefined);
		for (const closure of closureRanges) {
			for (let day = Math.max(closure.from, start); day <= Math.min(closure.to, end - 1); day++)
				causes[day - start] = closure.cause;
		}
		return { start, end, causes };
	}

	const nonWorkingCause = (day: Day): NonWorkingCause | undefined => {
		const table = tableFor(day);
		return table.causes[day - table.start];
	};
	const isWorkingDay = (day: Day): boolean => nonWorkingCause(day) === undefined;
	const step = (day: Day, direction: 1 | -1): Day => {
		let next = day;
		while (!isWorkingDay(next)) next += direction;
		return next;
	};

	return {
		isWorkingDay,
		nonWorkingReason: (day) => {
			const cause = nonWorkingCause(day);
			return cause && reasonOf(cause);
		},
		nonWorkingCause,
		onOrBefore: (day) => step(day, -1),
		onOrAfter: (day) => step(day, 1),
		addWorkingDays(day, count) {
			const direction = count < 0 ? -1 : 1;
			let current = day;
			for (let remaining = Math.abs(count); remaining > 0; remaining--)
				current = step(current + direction, direction);
			return current;
		},
	};
}
