import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { useHarness } from "../../../../test/fixtures/api.ts";
import { storeTargets } from "../../../../test/fixtures/stores.ts";
import { xlsxType } from "../../../model/api/budget.ts";

/** A worksheet's rows as objects keyed by the header row. */
async function sheetRows(body: Buffer, name: string): Promise<Record<string, unknown>[]> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(body as unknown as Parameters<typeof workbook.xlsx.load>[0]);
	const sheet = workbook.getWorksheet(name);
	if (!sheet) throw new Error(`no sheet ${name}`);
	const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
	const rows: Record<string, unknown>[] = [];
	sheet.eachRow((row, number) => {
		if (number === 1) return;
		const values = (row.values as unknown[]).slice(1);
		rows.push(Object.fromEntries(header.map((name, index) => [name, values[index] ?? null])));
	});
	return rows;
}

describe.each(storeTargets)("budget workbook API on $name", (target) => {
	const harness = useHarness(target);
	const run = it.skipIf(!target.available);

	run("gives each offering's budget and the totals, as the budget view computes them", async () => {
		const viewer = await harness.as("viewer");
		const response = await viewer.request("GET", "/api/v1/institutions/test-vc/budget.xlsx");
		expect(response.statusCode).toBe(200);
		expect(response.headers["content-type"]).toBe(xlsxType);
		expect(response.headers["content-disposition"]).toBe(
			'attachment; filename="test-vc-budget.xlsx"',
		);
		const [offering, ...others] = await sheetRows(response.rawPayload, "offerings");
		expect(others).toEqual([]);
		// Teaching 2,400; materials 60 × 8 = 480 (× 14: 840); communication 300; fee 450.
		expect(offering).toMatchObject({
			intake: "autumn-2027",
			offering: "mig-welding",
			title: "MIG/MAG welding basics",
			currency: "EUR",
			fee: 450,
			subsidy: 0,
			"min group": 8,
			"max group": 14,
			"teaching at min": 2400,
			"materials at min": 480,
			"materials at max": 840,
			"premises at max": 0,
			"costs at min": 3180,
			"costs at max": 3540,
			"revenue at min": 3600,
			"revenue at max": 6300,
			"result at min": 420,
			"result at max": 2760,
			"break-even participants": 7,
			"communication share": 0.0943,
		});
		const totals = await sheetRows(response.rawPayload, "totals");
		expect(totals.map((row) => [row.label, row.offerings, row["costs at max"]])).toEqual([
			["Sügis 2027", 1, 3540],
			["all intakes", 1, 3540],
		]);
	});

	run("writes a title that looks like a formula as text", async () => {
		const manager = await harness.as("manager");
		const read = await manager.request("GET", "/api/v1/offerings/mig-welding");
		const patched = await manager.request("PATCH", "/api/v1/offerings/mig-welding", {
			body: {
				title: '=HYPERLINK("http://evil.example")',
				subsidy: { amount: 100, currency: "EUR" },
			},
			ifMatch: String(read.headers.etag),
		});
		expect(patched.statusCode).toBe(200);
		const response = await manager.request("GET", "/api/v1/institutions/test-vc/budget.xlsx");
		const [offering] = await sheetRows(response.rawPayload, "offerings");
		expect(offering?.title).toBe('\'=HYPERLINK("http://evil.example")');
		expect(offering?.["revenue at min"]).toBe(3700);
	});

	run("hides another institution's budget as not found", async () => {
		const manager = await harness.as("manager");
		const response = await manager.request("GET", "/api/v1/institutions/other-vc/budget.xlsx");
		expect(response.statusCode).toBe(404);
	});
});
