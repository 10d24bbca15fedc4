import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { healthyOffering } from "../../test/fixtures/plans.ts";
import { offeringColumns } from "./columns.ts";
import { parseOfferingsCsv } from "./read-csv.ts";
import { offeringsToCsv } from "./write-csv.ts";

describe("offeringsToCsv", () => {
	it("starts text that a spreadsheet would run as a formula with ', and reads it back as written", () => {
		const offering = healthyOffering({
			title: '=HYPERLINK("http://evil.example","x")',
			location: "@SUM(A1)",
			field: "-engineering",
			contact: { name: "Anu Kask", email: "anu@test.ee", phone: "+372 5555 0000" },
		});
		const csv = offeringsToCsv([offering]);
		const cells = writtenCells(csv);
		expect(cells).toMatchObject({
			title: `'=HYPERLINK("http://evil.example","x")`,
			location: "'@SUM(A1)",
			field: "'-engineering",
			contactPhone: "'+372 5555 0000",
			feeAmount: "450",
		});
		const read = parseOfferingsCsv(csv);
		expect(read.ok && read.offerings[0]).toMatchObject({
			title: offering.title,
			location: offering.location,
			field: offering.field,
			contact: offering.contact,
		});
	});
});

/** The first offering's cells as a spreadsheet gets them, by column name. */
function writtenCells(csv: string): Record<string, string | undefined> {
	const [, row = []] = parse(csv) as string[][];
	return Object.fromEntries(offeringColumns.map((column, index) => [column.name, row[index]]));
}
