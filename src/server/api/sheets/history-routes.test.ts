import { describe, expect, it } from "vitest";
import { useHarness } from "../../../../test/fixtures/api.ts";
import { pastCourses } from "../../../../test/fixtures/plans.ts";
import { expectSheetsWriteNothing } from "../../../../test/fixtures/sheet-imports.ts";
import { storeTargets } from "../../../../test/fixtures/stores.ts";
import { sheetContentTypes } from "../../../model/api/sheets.ts";
import type { PastOffering } from "../../../model/offering.ts";
import { historyToCsv, historyToXlsx, parseHistoryXlsx } from "../../../sheets/index.ts";

const plan = "/api/v1/institutions/test-vc/plan";
const importUrl = "/api/v1/institutions/test-vc/history/import";

/** A past course of the test school, with what the history sheet can hold. */
const pastCourse = (overrides: Partial<PastOffering> = {}): PastOffering => ({
	id: "cnc-2025",
	title: "CNC turning basics",
	field: "engineering",
	intake: "autumn-2025",
	decisionWindow: { from: "2025-03-24", to: "2025-06-30" },
	publication: "2025-03-03",
	start: "2025-09-22",
	participants: { min: 8, max: 12 },
	finalRegistrations: 11,
	outcome: "ran",
	communicationSpend: 420,
	channels: { web: 7, partner: 4 },
	registrations: [
		{ date: "2025-05-02", count: 3 },
		{ date: "2025-08-25", count: 11 },
	],
	...overrides,
});

describe.each(storeTargets)("history sheet API on $name", (target) => {
	const harness = useHarness(target);
	const run = it.skipIf(!target.available);

	/** Posts a sheet as the manager with the plan's current ETag; returns the answer and the plan before. */
	async function importSheet(payload: string | Buffer, contentType = "text/csv; charset=utf-8") {
		const manager = await harness.as("manager");
		const before = await manager.request("GET", plan);
		const response = await manager.request("POST", importUrl, {
			payload,
			headers: { "content-type": contentType },
			ifMatch: before.headers.etag as string,
		});
		return { manager, before, response };
	}

	run("adds the past offerings of a CSV sheet, then replaces those with a known id", async () => {
		const first = await importSheet(historyToCsv(pastCourses()));
		expect(first.response.statusCode).toBe(200);
		expect(first.response.json()).toMatchObject({ added: 3, updated: 0 });
		const [known, ...others] = pastCourses();
		const changed = { ...(known as PastOffering), finalRegistrations: 14 };
		const sheet = historyToCsv([changed, pastCourse()]);
		const { manager, before, response } = await importSheet(sheet);
		expect(response.statusCode).toBe(200);
		expect(response.json()).toMatchObject({ added: 1, updated: 1 });
		expect(response.headers.etag).toBe(`"${response.json().planVersion}"`);
		expect(response.headers.etag).not.toBe(before.headers.etag);
		const after = (await manager.request("GET", plan)).json();
		expect(after.history).toEqual([changed, ...others, pastCourse()]);
		const audit = (await manager.request("GET", "/api/v1/institutions/test-vc/audit")).json();
		expect(audit.items[0]).toMatchObject({
			entity: "plan",
			action: "replace",
			actor: expect.any(String),
		});
	});

	run(
		"writes nothing for a sheet that changes nothing: the ETag stays, no audit entry is made",
		async () => {
			expect((await importSheet(historyToCsv(pastCourses()))).response.statusCode).toBe(200);
			const identical = Buffer.from(await historyToXlsx(pastCourses()));
			await expectSheetsWriteNothing(await harness.as("manager"), plan, importSheet, [
				[historyToCsv([]), "text/csv; charset=utf-8"],
				[identical, sheetContentTypes.xlsx],
			]);
		},
	);

	run("imports an XLSX workbook", async () => {
		const xlsx = Buffer.from(await historyToXlsx([pastCourse()]));
		const { manager, response } = await importSheet(xlsx, sheetContentTypes.xlsx);
		expect(response.statusCode).toBe(200);
		expect(response.json()).toMatchObject({ added: 1, updated: 0 });
		expect((await manager.request("GET", plan)).json().history).toEqual([pastCourse()]);
	});

	run("names each bad row's column in a problem+json, and changes nothing", async () => {
		const csv = historyToCsv([
			pastCourse({ id: "good-2025" }),
			pastCourse({ id: "late-2025", publication: "2025-09-30" }),
			pastCourse({ id: "full-2025", finalRegistrations: 14, channels: { web: 14 } }),
		]).replace("2025-03-03", "2025-02-30");
		const { manager, before, response } = await importSheet(csv);
		expect(response.statusCode).toBe(400);
		expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
		expect(response.json()).toMatchObject({
			code: "validation_failed",
			detail: "the sheet has problems: nothing was imported",
		});
		expect(response.json().errors).toEqual([
			{ path: "row 2, column publication (E)", message: '"2025-02-30" is not a date' },
			{
				path: "row 3, column start (F)",
				message: '"2025-09-22" is before the publication on 2025-09-30',
			},
			{
				path: "row 4, column finalRegistrations (J)",
				message: "14 is above the maximum group size 12",
			},
		]);
		expect((await manager.request("GET", plan)).body).toBe(before.body);
	});

	run("refuses a past offering with the id of an offering, at its row", async () => {
		const csv = historyToCsv([pastCourse(), pastCourse({ id: "mig-welding" })]);
		const { manager, before, response } = await importSheet(csv);
		expect(response.statusCode).toBe(400);
		expect(response.json().errors).toEqual([
			{ path: "row 3, column id (A)", message: '"mig-welding" is also the id of an offering' },
		]);
		expect((await manager.request("GET", plan)).body).toBe(before.body);
	});

	run(
		"needs the plan's current ETag, a sheet's content type, and the right to replace the plan",
		async () => {
			const manager = await harness.as("manager");
			const csv = historyToCsv([pastCourse()]);
			const { etag } = (await manager.request("GET", plan)).headers;
			const post = (headers: Record<string, string>, ifMatch?: string) =>
				manager.request("POST", importUrl, {
					payload: csv,
					headers,
					...(ifMatch !== undefined && { ifMatch }),
				});
			expect((await post({ "content-type": "text/csv" })).statusCode).toBe(428);
			expect((await post({ "content-type": "text/csv" }, '"999"')).statusCode).toBe(412);
			expect((await post({ "content-type": "text/plain" }, etag as string)).statusCode).toBe(415);
			const marketing = await harness.as("marketing");
			const refused = await marketing.request("POST", importUrl, {
				payload: csv,
				headers: { "content-type": "text/csv" },
				ifMatch: etag as string,
			});
			expect(refused.statusCode).toBe(403);
			expect((await manager.request("GET", plan)).headers.etag).toBe(etag);
		},
	);

	run("lets a viewer download the history as a workbook that reads back", async () => {
		await importSheet(historyToCsv([pastCourse(), ...pastCourses()]));
		const viewer = await harness.as("viewer");
		const response = await viewer.request("GET", "/api/v1/institutions/test-vc/history.xlsx");
		expect(response.statusCode).toBe(200);
		expect(response.headers["content-type"]).toBe(sheetContentTypes.xlsx);
		expect(response.headers["content-disposition"]).toBe(
			'attachment; filename="test-vc-history.xlsx"',
		);
		expect(response.headers.etag).toMatch(/^"\d+"$/);
		const read = await parseHistoryXlsx(response.rawPayload);
		expect(read.ok && read.history).toEqual([pastCourse(), ...pastCourses()]);
		const other = await viewer.request("GET", "/api/v1/institutions/other-vc/history.xlsx");
		expect(other.statusCode).toBe(404);
	});
});
