import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { offering, pastOffering } from "../model/offering.ts";
import { columnLetter, formatOf, offeringColumns, type SheetColumn } from "./columns.ts";
import { historyColumns } from "./history-columns.ts";

const docsPath = new URL("../../docs/spreadsheets.md", import.meta.url);

/** A columns table of docs/spreadsheets.md, as the columns define it. */
function columnsTable(columns: readonly SheetColumn[]): string {
	const escaped = (text: string) => text.replaceAll("|", "\\|");
	return [
		"| column | required | format | description | example |",
		"|---|---|---|---|---|",
		...columns.map(
			(column) =>
				`| \`${column.name}\` | ${column.required ? "yes" : "no"} | ${escaped(formatOf(column))} | ${escaped(column.description)} | \`${escaped(column.example)}\` |`,
		),
	].join("\n");
}

describe("offeringColumns", () => {
	it("has unique names", () => {
		const names = offeringColumns.map((column) => column.name.toLowerCase());
		expect(new Set(names).size).toBe(names.length);
	});

	it("covers every field of an offering except the ones a sheet cannot hold", () => {
		const covered = new Set(
			offeringColumns.map(({ target }) => ("path" in target ? target.path[0] : "budget")),
		);
		const notInSheets = ["modules", "released", "milestoneStatus", "registrations"];
		expect(Object.keys(offering.shape).filter((name) => !covered.has(name))).toEqual(notInSheets);
	});

	it("names spreadsheet columns by letter", () => {
		expect([0, 2, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
			"A",
			"C",
			"Z",
			"AA",
			"AB",
			"AZ",
			"BA",
			"ZZ",
			"AAA",
		]);
	});

	it("are documented in docs/spreadsheets.md, with the table the columns give", () => {
		expect(readFileSync(docsPath, "utf8")).toContain(columnsTable(offeringColumns));
	});
});

describe("historyColumns", () => {
	it("have unique names and cover every field of a past offering", () => {
		const names = historyColumns.map((column) => column.name.toLowerCase());
		expect(new Set(names).size).toBe(names.length);
		const covered = new Set(historyColumns.map(({ target }) => target.path[0]));
		expect(Object.keys(pastOffering.shape).filter((name) => !covered.has(name))).toEqual([]);
	});

	it("are documented in docs/spreadsheets.md, with the table the columns give", () => {
		expect(readFileSync(docsPath, "utf8")).toContain(columnsTable(historyColumns));
	});
});
