import { describe, expect, it } from "vitest";
import { toDay } from "../../../engine/days.ts";
import { calendarMarks } from "./calendar-marks.ts";
import { timeScale } from "./scale.ts";

const scale = timeScale([toDay("2027-05-01"), toDay("2027-12-31")]);
if (!scale) throw new Error("no scale");

describe("calendarMarks", () => {
	it("lists the closures and holidays on the scale in date order", () => {
		const marks = calendarMarks(
			scale,
			[
				{ from: "2027-12-27", to: "2027-12-31", label: "Christmas break" },
				{ from: "2027-07-01", to: "2027-07-31", label: "staff summer holiday" },
				{ from: "2026-07-01", to: "2026-07-31", label: "last summer" },
			],
			[
				{ date: "2027-06-24", name: "Midsummer Day" },
				{ date: "2027-06-23", name: "Victory Day" },
				{ date: "2027-02-24", name: "Independence Day" },
			],
		);
		expect(marks.map((mark) => [mark.kind, mark.from, mark.name])).toEqual([
			["holiday", "2027-06-23", "Victory Day"],
			["holiday", "2027-06-24", "Midsummer Day"],
			["closure", "2027-07-01", "staff summer holiday"],
			["closure", "2027-12-27", "Christmas break"],
		]);
		const summer = marks[2];
		expect(summer?.span.left).toBeCloseTo(scale.at(toDay("2027-07-01")), 10);
		expect(summer?.span.width).toBeCloseTo(
			scale.at(toDay("2027-08-01")) - scale.at(toDay("2027-07-01")),
			10,
		);
	});

	it("keeps a closure that reaches into the scale, clipped to it", () => {
		const [mark] = calendarMarks(
			scale,
			[{ from: "2027-04-20", to: "2027-05-05", label: "spring break" }],
			[],
		);
		expect(mark?.span.left).toBe(0);
		expect(mark?.from).toBe("2027-04-20");
	});

	it("names a day given twice by its first name", () => {
		const marks = calendarMarks(
			scale,
			[],
			[
				{ date: "2027-12-25", name: "Christmas Day" },
				{ date: "2027-12-25", name: "First Day of Christmas" },
			],
		);
		expect(marks.map((mark) => mark.name)).toEqual(["Christmas Day"]);
	});
});
