import { describe, expect, it } from "vitest";
import {
	filterRows,
	type ListQuery,
	listQueryParams,
	parseListQuery,
	sortBy,
	sortRows,
} from "./list-query.ts";
import type { OfferingRow } from "./offering-rows.ts";

function row(overrides: Partial<OfferingRow>): OfferingRow {
	return {
		id: "x",
		title: "X",
		searchText: "x",
		intake: "autumn-2027",
		intakeLabel: "Autumn 2027",
		intakeStart: "2027-09-01",
		field: "engineering",
		fieldName: "Engineering",
		start: "2027-09-20",
		severity: null,
		findings: 0,
		leadTimeDays: 100,
		coverage: 1,
		breakEven: 6,
		min: 8,
		max: 14,
		communicationShare: 0.1,
		registrations: null,
		forecast: null,
		unsaved: false,
		...overrides,
	};
}

const rows = [
	row({
		id: "weld",
		title: "Welding",
		searchText: "weld welding keevitus",
		severity: "warning",
		findings: 1,
		breakEven: null,
		registrations: 4,
	}),
	row({
		id: "cnc",
		title: "CNC",
		searchText: "cnc",
		severity: "error",
		findings: 2,
		field: "it",
		intake: "spring-2028",
		intakeStart: "2028-02-01",
		breakEven: 9,
	}),
	row({
		id: "cook",
		title: "Cooking",
		searchText: "cook cooking",
		severity: null,
		findings: 0,
		breakEven: 3,
		registrations: 12,
	}),
];
const collator = new Intl.Collator("en");
const ids = (list: OfferingRow[]) => list.map((entry) => entry.id);
const query = (overrides: Partial<ListQuery> = {}): ListQuery => ({
	...parseListQuery(new URLSearchParams()),
	...overrides,
});

describe("the list's query", () => {
	it("reads and writes the URL, leaving defaults out", () => {
		const parsed = parseListQuery(
			new URLSearchParams("q=weld&intake=autumn-2027&severity=error&sort=risk"),
		);
		expect(parsed).toEqual({
			search: "weld",
			intake: "autumn-2027",
			field: undefined,
			severity: "error",
			sort: "risk",
			direction: "descending",
		});
		expect(listQueryParams(parsed).toString()).toBe(
			"q=weld&intake=autumn-2027&severity=error&sort=risk",
		);
		expect(listQueryParams(query()).toString()).toBe("");
	});

	it("ignores values it does not know", () => {
		expect(parseListQuery(new URLSearchParams("sort=__proto__&severity=fatal"))).toMatchObject({
			sort: "start",
			severity: undefined,
		});
	});

	it("turns a column around on its second press and starts another fresh", () => {
		const byTitle = sortBy(query(), "title");
		expect(byTitle).toMatchObject({ sort: "title", direction: "ascending" });
		expect(sortBy(byTitle, "title").direction).toBe("descending");
		expect(listQueryParams(sortBy(byTitle, "title")).toString()).toBe("sort=title&dir=desc");
		expect(sortBy(byTitle, "risk")).toMatchObject({ sort: "risk", direction: "descending" });
	});
});

describe("filterRows", () => {
	it("searches words in any order, ignoring case and accents", () => {
		expect(ids(filterRows(rows, query({ search: "KEEVITUS" })))).toEqual(["weld"]);
		expect(ids(filterRows(rows, query({ search: "co  ing" })))).toEqual(["cook"]);
	});

	it("filters by intake, field and the worst severity", () => {
		expect(ids(filterRows(rows, query({ intake: "spring-2028" })))).toEqual(["cnc"]);
		expect(ids(filterRows(rows, query({ field: "engineering" })))).toEqual(["weld", "cook"]);
		expect(ids(filterRows(rows, query({ severity: "warning" })))).toEqual(["weld"]);
		expect(ids(filterRows(rows, query({ severity: "none" })))).toEqual(["cook"]);
	});
});

describe("sortRows", () => {
	it("sorts by risk: errors, then warnings, then more findings", () => {
		expect(ids(sortRows(rows, "risk", "descending", collator))).toEqual(["cnc", "weld", "cook"]);
		expect(ids(sortRows(rows, "risk", "ascending", collator))).toEqual(["cook", "weld", "cnc"]);
	});

	it("counts never breaking even as the highest break-even", () => {
		expect(ids(sortRows(rows, "breakEven", "ascending", collator))).toEqual([
			"cook",
			"cnc",
			"weld",
		]);
	});

	it("puts offerings without registrations last either way", () => {
		expect(ids(sortRows(rows, "fill", "ascending", collator))).toEqual(["weld", "cook", "cnc"]);
		expect(ids(sortRows(rows, "fill", "descending", collator))).toEqual(["cook", "weld", "cnc"]);
	});

	it("sorts by the expected final count where there is a forecast", () => {
		const forecast = { current: 2, low: 10, high: 14, probabilityMinReached: 0.9 };
		const hopeful = row({
			id: "hopeful",
			registrations: 2,
			forecast: { ...forecast, expectedFinal: 13 },
		});
		expect(ids(sortRows([...rows, hopeful], "fill", "descending", collator))).toEqual([
			"hopeful",
			"cook",
			"weld",
			"cnc",
		]);
	});

	it("sorts texts by the language's collation and intakes by their studies start", () => {
		expect(ids(sortRows(rows, "title", "ascending", collator))).toEqual(["cnc", "cook", "weld"]);
		expect(ids(sortRows(rows, "intake", "descending", collator))).toEqual(["cnc", "cook", "weld"]);
	});
});
