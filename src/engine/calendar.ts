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
	/** The day itself when it is a working day, else the nearest working day before it. */
	onOrBefore(day: Day): Day;
	/** The day itself when it is a working day, else the nearest working day after it. */
	onOrAfter(day: Day): Day;
	/** The `count`-th working day after `day` (negative: before); `day` itself is not counted; 0 gives `day`. */
	addWorkingDays(day: Day, count: number): Day;
}

const WEEKEND = "weekend";

interface YearTable {
	start: Day;
	end: Day;
	/** Per day of the year: undefined when working, else the reason it is not. */
	reasons: (string | undefined)[];
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
	const holidayNames = new Map<Day, string>();
	for (const { date, name } of holidays) {
		const day = toDay(date);
		if (!holidayNames.has(day)) holidayNames.set(day, name);
	}
	const closureRanges = closures.map((closure) => ({
		from: toDay(closure.from),
		to: toDay(closure.to),
		label: closure.label,
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
		const reasons: (string | undefined)[] = new Array(end - start).fill(undefined);
		for (let day = start; day < end; day++)
			reasons[day - start] = holidayNames.get(day) ?? (weekday(day) >= 6 ? WEEKEND : undefined);
		for (const closure of closureRanges) {
			for (let day = Math.max(closure.from, start); day <= Math.min(closure.to, end - 1); day++)
				reasons[day - start] = closure.label;
		}
		return { start, end, reasons };
	}

	const nonWorkingReason = (day: Day): string | undefined => {
		const table = tableFor(day);
		return table.reasons[day - table.start];
	};
	const isWorkingDay = (day: Day): boolean => nonWorkingReason(day) === undefined;
	const step = (day: Day, direction: 1 | -1): Day => {
		let next = day;
		while (!isWorkingDay(next)) next += direction;
		return next;
	};

	return {
		isWorkingDay,
		nonWorkingReason,
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
