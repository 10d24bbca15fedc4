import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estonianHolidays } from "../../test/fixtures/holidays.ts";
import { createCalendar } from "./calendar.ts";
import { toDay, toIso } from "./days.ts";

const estonia = createCalendar(estonianHolidays, [
	{ from: "2027-07-01", to: "2027-07-31", label: "staff summer holiday" },
]);
const day = (iso: string) => toDay(iso);

describe("calendar", () => {
	it("excludes weekends, public holidays and closures, with the reason", () => {
		expect(estonia.nonWorkingReason(day("2027-09-04"))).toBe("weekend");
		expect(estonia.nonWorkingReason(day("2027-06-23"))).toBe("Victory Day");
		expect(estonia.nonWorkingReason(day("2027-02-24"))).toBe("Independence Day");
		expect(estonia.nonWorkingReason(day("2027-03-26"))).toBe("Good Friday");
		expect(estonia.nonWorkingReason(day("2027-07-14"))).toBe("staff summer holiday");
		expect(estonia.isWorkingDay(day("2027-09-01"))).toBe(true);
	});

	it("takes its holidays as data: the first name of a day counts, even on a weekend", () => {
		const calendar = createCalendar([
			{ date: "2027-05-04", name: "Founders' Day" },
			{ date: "2027-05-04", name: "Second name" },
			{ date: "2027-05-08", name: "Saturday feast" },
		]);
		expect(calendar.nonWorkingReason(day("2027-05-04"))).toBe("Founders' Day");
		expect(calendar.nonWorkingReason(day("2027-05-08"))).toBe("Saturday feast");
		expect(calendar.nonWorkingReason(day("2027-05-09"))).toBe("weekend");
		// Without Estonia's holidays, 24 February is a working day.
		expect(calendar.isWorkingDay(day("2027-02-24"))).toBe(true);
	});

	it("counts working days without counting the anchor", () => {
		expect(toIso(estonia.addWorkingDays(day("2027-09-01"), -1))).toBe("2027-08-31");
		expect(toIso(estonia.addWorkingDays(day("2027-09-06"), -1))).toBe("2027-09-03");
		expect(toIso(estonia.addWorkingDays(day("2027-09-03"), 2))).toBe("2027-09-07");
		expect(toIso(estonia.addWorkingDays(day("2027-09-04"), 0))).toBe("2027-09-04");
		// Back across 20 August (Day of Restoration of Independence) and the whole July closure.
		expect(toIso(estonia.addWorkingDays(day("2027-08-23"), -1))).toBe("2027-08-19");
		expect(toIso(estonia.addWorkingDays(day("2027-08-02"), -1))).toBe("2027-06-30");
	});

	it("moves to the nearest working day on either side", () => {
		expect(toIso(estonia.onOrBefore(day("2027-06-24")))).toBe("2027-06-22");
		expect(toIso(estonia.onOrAfter(day("2027-06-23")))).toBe("2027-06-25");
		expect(toIso(estonia.onOrBefore(day("2027-09-01")))).toBe("2027-09-01");
	});

	it("only ever lands on working days", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: day("2025-01-01"), max: day("2030-12-31") }),
				fc.integer({ min: -40, max: 40 }),
				(from, count) => {
					const landed = estonia.addWorkingDays(from, count);
					if (count !== 0) expect(estonia.isWorkingDay(landed)).toBe(true);
					expect(Math.sign(landed - from)).toBe(Math.sign(count));
					expect(estonia.isWorkingDay(estonia.onOrBefore(from))).toBe(true);
				},
			),
		);
	});
});
