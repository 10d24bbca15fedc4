import { describe, expect, it } from "vitest";
import { useHarness } from "../../../../test/fixtures/api.ts";
import { healthyOffering, healthyPlan } from "../../../../test/fixtures/plans.ts";
import { expectSheetsWriteNothing } from "../../../../test/fixtures/sheet-imports.ts";
import { storeTargets } from "../../../../test/fixtures/stores.ts";
import { sheetContentTypes } from "../../../model/api/sheets.ts";
import { offeringsToCsv, offeringsToXlsx, parseOfferingsXlsx } from "../../../sheets/index.ts";

const plan = "/api/v1/institutions/test-vc/plan";
const importUrl = "/api/v1/institutions/test-vc/offerings/import";
const languages = ["et", "en"];

/** A new offering of the test school beside its one offering, renamed. */
const newAndChanged = () => [
	healthyOffering({ id: "tig-welding", title: "TIG welding basics" }),
	healthyOffering({ title: "MIG/MAG welding, evening group" }),
];

describe.each(storeTargets)("offerings sheet API on $name", (target) => {
	const harness = useHarness(target);
	const run = it.skipIf(!target.available);

	/** Posts a sheet as the manager with the plan's current ETag; returns the answer and the plan before. */
	async function importSheet(payload: string | Buffer, contentType: string) {
		const manager = await harness.as("manager");
		const before = await manager.request("GET", plan);
		const response = await manager.request("POST", importUrl, {
			payload,
			headers: { "content-type": contentType },
			ifMatch: before.headers.etag as string,
		});
		return { manager, before, response };
	}

	run("imports a good CSV sheet: a new id is added, a known one replaced", async () => {
		const csv = offeringsToCsv(newAndChanged(), languages);
		const { manager, before, response } = await importSheet(csv, "text/csv; charset=utf-8");
		expect(response.statusCode).toBe(200);
		expect(response.json()).toMatchObject({ added: 1, updated: 1 });
		expect(response.headers.etag).toBe(`"${response.json().planVersion}"`);
		expect(response.headers.etag).not.toBe(before.headers.etag);
		const after = (await manager.request("GET", plan)).json();
		expect(after.offerings.map((offering: { title: string }) => offering.title)).toEqual([
			"MIG/MAG welding, evening group",
			"TIG welding basics",
		]);
	});

	run(
		"writes nothing for a sheet that changes nothing: the ETag stays, no audit entry is made",
		async () => {
			const manager = await harness.as("manager");
			const { offerings } = (await manager.request("GET", plan)).json();
			const identical = Buffer.from(await offeringsToXlsx(offerings, languages));
			await expectSheetsWriteNothing(manager, plan, importSheet, [
				[offeringsToCsv([], languages), "text/csv; charset=utf-8"],
				[identical, sheetContentTypes.xlsx],
			]);
		},
	);

	run("imports an XLSX workbook", async () => {
		const xlsx = Buffer.from(await offeringsToXlsx(newAndChanged(), languages));
		const { response } = await importSheet(xlsx, sheetContentTypes.xlsx);
		expect(response.statusCode).toBe(200);
		expect(response.json()).toMatchObject({ added: 1, updated: 1 });
	});

	run(
		"keeps a recorded decision whose outcome the sheet gives, and refuses a postponement it cannot place",
		async () => {
			const manager = await harness.as("manager");
			const recorded = {
				outcome: "merge" as const,
				into: "tig-welding",
				reason: "two small groups",
				decidedBy: "kadri",
				decidedOn: "2027-03-01",
			};
			const first = await manager.request("GET", plan);
			const put = await manager.request("PUT", plan, {
				body: {
					...first.json<object>(),
					offerings: [
						healthyOffering({ decision: recorded }),
						healthyOffering({ id: "tig-welding", title: "TIG welding basics" }),
					],
				},
				ifMatch: first.headers.etag as string,
			});
			expect(put.statusCode).toBe(200);
			const sheet = offeringsToCsv(
				[
					healthyOffering({ decision: { outcome: "merge" } }),
					healthyOffering({
						id: "tig-welding",
						title: "TIG welding basics",
						decision: { outcome: "postpone" },
					}),
				],
				languages,
			);
			const { response } = await importSheet(sheet, "text/csv");
			expect(response.statusCode).toBe(400);
			expect(response.json().errors).toEqual([
				{
					path: expect.stringMatching(/^row 3/),
					message: 'a decision to postpone needs "into": the offering the course moves to',
				},
			]);
			const again = offeringsToCsv(
				[
					healthyOffering({ decision: { outcome: "merge" } }),
					healthyOffering({ id: "tig-welding", title: "TIG welding basics" }),
				],
				languages,
			);
			expect((await importSheet(again, "text/csv")).response.statusCode).toBe(200);
			const after = (await manager.request("GET", plan)).json();
			expect(after.offerings[0].decision).toEqual(recorded);
		},
	);

	run("reports the problems of two rows by row and column, and changes nothing", async () => {
		const csv = offeringsToCsv(
			[
				healthyOffering({ id: "tig-welding", title: "TIG welding basics" }),
				healthyOffering({ id: "cnc", title: "CNC basics", start: "2027-02-30" }),
				healthyOffering({ id: "mma", title: "MMA welding", mode: "remote" as "online" }),
			],
			languages,
		);
		const { manager, before, response } = await importSheet(csv, "text/csv");
		expect(response.statusCode).toBe(400);
		expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
		expect(response.json()).toMatchObject({
			code: "validation_failed",
			detail: "the sheet has problems: nothing was imported",
			errors: [
				{ path: "row 3, column start (D)", message: '"2027-02-30" is not a date' },
				{ path: "row 4, column mode (H)", message: expect.stringContaining('"remote"') },
			],
		});
		expect(response.json().errors).toHaveLength(2);
		expect((await manager.request("GET", plan)).body).toBe(before.body);
	});

	run("checks the whole plan with the sheet in it, naming the row and column", async () => {
		const csv = offeringsToCsv(
			[
				healthyOffering({ id: "tig-welding", title: "TIG welding basics" }),
				healthyOffering({ id: "cnc", title: "CNC basics", intake: "autumn-2072" }),
			],
			languages,
		);
		const { manager, before, response } = await importSheet(csv, "text/csv");
		expect(response.statusCode).toBe(400);
		expect(response.json().errors).toEqual([
			{
				path: "row 3, column intake (C)",
				message: '"autumn-2072" is not an intake (did you mean "autumn-2027"?)',
			},
		]);
		expect((await manager.request("GET", plan)).body).toBe(before.body);
	});

	run("refuses a CSV that is not UTF-8, naming where it goes wrong", async () => {
		const csv = offeringsToCsv([healthyOffering({ title: "Käsikaarkeevitus" })], languages);
		// Windows-1252: ä is one byte, 0xE4, which is not UTF-8.
		const latin1 = Buffer.from(csv, "latin1");
		const { manager, before, response } = await importSheet(latin1, "text/csv");
		expect(response.statusCode).toBe(400);
		const [problem, ...others] = response.json().errors;
		expect(others).toEqual([]);
		expect(problem.path).toBe("row 2, column title (B)");
		expect(problem.message).toMatch(/^has a byte that is not UTF-8/);
		expect((await manager.request("GET", plan)).body).toBe(before.body);
	});

	run("needs the plan's current ETag and a sheet's content type", async () => {
		const manager = await harness.as("manager");
		const csv = offeringsToCsv(newAndChanged(), languages);
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
		const json = await manager.request("POST", importUrl, {
			body: { offerings: [] },
			ifMatch: etag as string,
		});
		expect(json.statusCode).toBe(415);
		expect((await manager.request("GET", plan)).headers.etag).toBe(etag);
	});

	run("lets a viewer download the offerings as a workbook that reads back", async () => {
		const viewer = await harness.as("viewer");
		const response = await viewer.request("GET", "/api/v1/institutions/test-vc/offerings.xlsx");
		expect(response.statusCode).toBe(200);
		expect(response.headers["content-type"]).toBe(sheetContentTypes.xlsx);
		expect(response.headers["content-disposition"]).toBe(
			'attachment; filename="test-vc-offerings.xlsx"',
		);
		expect(response.headers.etag).toMatch(/^"\d+"$/);
		const read = await parseOfferingsXlsx(response.rawPayload, { languages });
		expect(read.ok && read.offerings.map((offering) => offering.id)).toEqual(
			healthyPlan().offerings.map((offering) => offering.id),
		);
		const other = await viewer.request("GET", "/api/v1/institutions/other-vc/offerings.xlsx");
		expect(other.statusCode).toBe(404);
	});
});
