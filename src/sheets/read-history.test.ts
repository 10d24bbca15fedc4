import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { PastOffering } from "../model/offering.ts";
import { formatProblem } from "../model/problems.ts";
import { type HistorySheet, parseHistoryCsv, parseHistoryXlsx } from "./read-history.ts";
import { templateHistory } from "./template-history.ts";
import { historyToCsv, historyToXlsx } from "./write-history.ts";

const header =
	"id,title,field,publication,start,minParticipants,maxParticipants,finalRegistrations,outcome,channels,registrations";

function lines(result: HistorySheet): string[] {
	return result.ok ? [] : result.problems.map(formatProblem);
}

function history(result: HistorySheet): PastOffering[] {
	if (!result.ok) throw new Error(lines(result).join("\n"));
	return result.history;
}

describe("reading a history sheet", () => {
	it("reads each row as a past offering, with its channels and counts by date", () => {
		const read = parseHistoryCsv(
			`${header}\n` +
				'cnc-2025,CNC turning basics,engineering,2025-03-03,01.09.2025,8,12,11,Ran,"web: 7; partner: 4","2025-04-01: 2\n2025-06-01: 9\n2025-08-25: 11\n"\n' +
				"\n" +
				"bake-2025,Baking,hospitality,2025-05-02,2025-09-15,8,12,5,cancelled,,\n",
		);
		expect(history(read)).toEqual([
			{
				id: "cnc-2025",
				title: "CNC turning basics",
				field: "engineering",
				publication: "2025-03-03",
				start: "2025-09-01",
				participants: { min: 8, max: 12 },
				finalRegistrations: 11,
				outcome: "ran",
				channels: { web: 7, partner: 4 },
				registrations: [
					{ date: "2025-04-01", count: 2 },
					{ date: "2025-06-01", count: 9 },
					{ date: "2025-08-25", count: 11 },
				],
			},
			{
				id: "bake-2025",
				title: "Baking",
				field: "hospitality",
				publication: "2025-05-02",
				start: "2025-09-15",
				participants: { min: 8, max: 12 },
				finalRegistrations: 5,
				outcome: "cancelled",
			},
		]);
		expect(read.ok && read.placement.rows).toEqual([2, 4]);
	});

	it("names every wrong row and column at once, and skips none", () => {
		const read = parseHistoryCsv(
			`${header}\n` +
				"a-2025,A,,2025-09-20,2025-09-01,8,12,10,,,\n" +
				"b-2025,B,,2025-02-30,2025-09-01,8,12,10,,,\n" +
				"c-2025,C,,2025-03-01,2025-09-01,8,12,14,,,\n" +
				'd-2025,D,,2025-03-01,2025-09-01,8,12,10,maybe,"web: 8; partner: 3",\n' +
				'e-2025,E,,2025-03-01,2025-09-01,8,12,10,,"web 3; Partner: 2","2025-04-31: 2"\n' +
				'f-2025,F,,2025-03-01,2025-09-01,8,12,10,,"web: 2; web: 1","2025-04-01: 2; 2025-04-01: 3"\n' +
				"a-2025,A again,,2025-03-01,2025-09-01,8,,3.5,,,\n",
		);
		expect(lines(read)).toEqual([
			'row 2, column start (E): "2025-09-01" is before the publication on 2025-09-20',
			'row 3, column publication (D): "2025-02-30" is not a date',
			"row 4, column finalRegistrations (H): 14 is above the maximum group size 12",
			'row 5, column outcome (I): "maybe" is not one of "ran", "cancelled"',
			'row 6, column channels (J): "web 3" is not a name and a count, such as web: 3',
			'row 6, column registrations (K): "2025-04-31" is not a date',
			'row 7, column channels (J): "web" is given twice: one count per name',
			'row 7, column registrations (K): "2025-04-01" is given twice: one count per date',
			'row 8, column id (A): "a-2025" is used by the past offering in row 2',
			"row 8, column maxParticipants (G): is required",
			'row 8, column finalRegistrations (H): "3.5" is not a whole number',
		]);
	});

	it("reads a course's last day, and names one before its start at its cell", () => {
		const sheet = (end: string) =>
			parseHistoryCsv(
				"id,title,publication,start,end,minParticipants,maxParticipants,finalRegistrations\n" +
					`a-2025,A,2025-03-01,2025-09-01,${end},8,12,10\n`,
			);
		expect(history(sheet("2025-11-28")).map((past) => past.end)).toEqual(["2025-11-28"]);
		expect(lines(sheet("2025-08-29"))).toEqual([
			'row 2, column end (E): "2025-08-29" is before the start on 2025-09-01',
		]);
	});

	it("adds up the channels against the final count, and checks a channel's name", () => {
		const read = parseHistoryCsv(
			`${header}\n` +
				'a-2025,A,,2025-03-01,2025-09-01,8,12,10,,"web: 8; partner: 3",\n' +
				'b-2025,B,,2025-03-01,2025-09-01,8,12,10,,"Web Site: 3",\n',
		);
		expect(lines(read)).toEqual([
			"row 2, column channels (J): add up to 11, more than the 10 final registrations",
			expect.stringMatching(/^row 3, column channels \(J\): "Web Site" is not an id/),
		]);
	});

	it("refuses a channel named __proto__ at its cell rather than dropping it", () => {
		const read = parseHistoryCsv(
			`${header}\na-2025,A,,2025-03-01,2025-09-01,8,12,10,,"__proto__: 3; web: 2",\n`,
		);
		expect(lines(read)).toEqual([
			'row 2, column channels (J): "__proto__" cannot be a name: use another one',
		]);
	});

	it("names the header's problems and a decision window given by half", () => {
		expect(
			lines(parseHistoryCsv("id,title,strat,publication\nx,X,2025-01-01,2025-01-01\n")),
		).toEqual([
			'row 1, column strat (C): is not a known column (did you mean "start"?)',
			'row 1: the required column "start" is missing',
			'row 1: the required column "minParticipants" is missing',
			'row 1: the required column "maxParticipants" is missing',
			'row 1: the required column "finalRegistrations" is missing',
		]);
		const window = parseHistoryCsv(
			"id,title,publication,start,minParticipants,maxParticipants,finalRegistrations,decisionWindowFrom,decisionWindowTo\n" +
				"a,A,2025-03-01,2025-09-01,8,12,10,2025-03-10,\n" +
				"b,B,2025-03-01,2025-09-01,8,12,10,2025-06-10,2025-03-10\n",
		);
		expect(lines(window)).toEqual([
			"row 2, column decisionWindowTo (I): is required when decisionWindowFrom is given",
			"row 3, column decisionWindowTo (I): ends on 2025-03-10, before it starts on 2025-06-10",
		]);
	});

	it("reads an XLSX sheet's real date cells and numbers, and reports progress", async () => {
		const workbook = new ExcelJS.Workbook();
		const sheet = workbook.addWorksheet("Past offerings");
		sheet.addRow([
			"id",
			"title",
			"publication",
			"start",
			"minParticipants",
			"maxParticipants",
			"finalRegistrations",
		]);
		for (let index = 0; index < 1200; index++)
			sheet.addRow([
				`course-${index}`,
				"Welding",
				new Date(Date.UTC(2025, 2, 3)),
				new Date(Date.UTC(2025, 8, 1)),
				8,
				12,
				9,
			]);
		const progress: [number, number][] = [];
		const read = await parseHistoryXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()), {
			onProgress: (done, total) => progress.push([done, total]),
		});
		expect(history(read)).toHaveLength(1200);
		expect(history(read)[0]).toEqual({
			id: "course-0",
			title: "Welding",
			publication: "2025-03-03",
			start: "2025-09-01",
			participants: { min: 8, max: 12 },
			finalRegistrations: 9,
		});
		expect(progress).toEqual([
			[500, 1200],
			[1000, 1200],
			[1200, 1200],
		]);
	});

	it("reads back what the writers write, as CSV and as XLSX", async () => {
		expect(history(parseHistoryCsv(historyToCsv(templateHistory)))).toEqual(templateHistory);
		expect(history(await parseHistoryXlsx(await historyToXlsx(templateHistory)))).toEqual(
			templateHistory,
		);
	});
});
