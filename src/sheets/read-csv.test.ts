import { describe, expect, it } from "vitest";
import { formatProblem } from "../model/problems.ts";
import { parseOfferingsCsv } from "./read-csv.ts";
import type { SheetResult } from "./read-table.ts";

/** The problem lines of a result, as the CLI prints them; empty when the sheet was read. */
function lines(result: SheetResult): string[] {
	return result.ok ? [] : result.problems.map(formatProblem);
}

function read(text: string) {
	const result = parseOfferingsCsv(text);
	if (!result.ok) throw new Error(`unexpected problems:\n${lines(result).join("\n")}`);
	return result.offerings;
}

// Columns A–L; row 2 is always a good offering, row 3 the one under test.
const header =
	"id,title,start,end,feeAmount,feeCurrency,minParticipants,maxParticipants,mode,creditUnit,credits,eqfLevel";
const good =
	"mig-welding,MIG/MAG welding basics,2027-09-20,2027-11-26,450,EUR,8,14,blended,EKAP,6,4";
const cells = good.split(",");

/** The sheet with row 3 a copy of row 2 but for the given cells (by column letter). */
function withRow3(changes: Record<string, string>): string {
	const row = cells.map((cell, index) => {
		const letter = String.fromCharCode(65 + index);
		return changes[letter] ?? (letter === "A" ? "mig-welding-2" : cell);
	});
	return `${header}\n${good}\n${row.join(",")}\n`;
}

describe("parseOfferingsCsv: a good sheet", () => {
	it("reads every column into the offering's plan-file shape", () => {
		const text = [
			"id,title,intake,start,end,mode,credits,creditUnit,eqfLevel,nationalLevel,learningOutcomes,pathways,feeAmount,feeCurrency,subsidyAmount,minParticipants,maxParticipants,teachingCost,materialsPerParticipant,communicationCost,ownerManager,ownerSupport,contactName,contactEmail,publication,blockedUntil,template",
			'mig-welding,MIG/MAG welding basics,autumn-2027,2027-09-20,2027-11-26,blended,6,EKAP,4,EstQF 4,"Sets up a station safely; Welds fillet joints",welder-4/mig-mag; cook-4,450,EUR,500,8,14,2400,60,300,kadri-tamm,anu-kallas,Anu Kallas,anu@example.ee,2027-03-10,intake.fullTimeGroupsConfirmed; 01.04.2027,short-evening',
		].join("\n");
		expect(read(text)).toEqual([
			{
				id: "mig-welding",
				title: "MIG/MAG welding basics",
				intake: "autumn-2027",
				start: "2027-09-20",
				end: "2027-11-26",
				mode: "blended",
				credits: { value: 6, unit: "EKAP" },
				level: { eqf: 4, national: "EstQF 4" },
				learningOutcomes: ["Sets up a station safely", "Welds fillet joints"],
				pathways: [{ qualification: "welder-4", module: "mig-mag" }, { qualification: "cook-4" }],
				fee: { amount: 450, currency: "EUR" },
				subsidy: { amount: 500, currency: "EUR" },
				participants: { min: 8, max: 14 },
				budget: [
					{ category: "teaching", amount: 2400 },
					{ category: "materials", amount: 60, per: "participant" },
					{ category: "communication", amount: 300 },
				],
				owners: { manager: "kadri-tamm", support: "anu-kallas" },
				contact: { name: "Anu Kallas", email: "anu@example.ee" },
				publication: "2027-03-10",
				blockedUntil: ["intake.fullTimeGroupsConfirmed", "2027-04-01"],
				template: "short-evening",
			},
		]);
	});

	it("reads learning outcomes one per line when the cell has line breaks, keeping their ';'", () => {
		const text = `id,title,start,end,feeAmount,feeCurrency,minParticipants,maxParticipants,learningOutcomes\nx,X,2027-09-20,2027-09-20,0,EUR,1,1,"Reads drawings; plans work\nWelds"\n`;
		expect(read(text)[0]?.learningOutcomes).toEqual(["Reads drawings; plans work", "Welds"]);
	});

	it("reads a ';'-delimited sheet with decimal commas, as Estonian Excel saves it", () => {
		const text = `${header.replaceAll(",", ";")}\nmig-welding;MIG/MAG keevitus, algajatele;20.09.2027;26.11.2027;450,50;EUR;8;14;Blended;ekap;1,5;4\n`;
		expect(read(text)).toEqual([
			expect.objectContaining({
				title: "MIG/MAG keevitus, algajatele",
				start: "2027-09-20",
				end: "2027-11-26",
				fee: { amount: 450.5, currency: "EUR" },
				mode: "blended",
				credits: { value: 1.5, unit: "EKAP" },
			}),
		]);
	});

	it("reads UTF-8 with a byte order mark, and header names in any case", () => {
		const text = `\uFEFF${header.toUpperCase().replace("FEECURRENCY", "FeeCurrency")}\n${good}\n`;
		expect(read(text).map((offering) => offering.id)).toEqual(["mig-welding"]);
	});

	it("reads thousands written with spaces, and trims cells", () => {
		const text = `${header},teachingCost\n${good.replace("450", " 1 450 ")},2\u00a0400\n`;
		const [offering] = read(text);
		expect(offering?.fee.amount).toBe(1450);
		expect(offering?.budget).toEqual([{ category: "teaching", amount: 2400 }]);
	});

	it("skips empty rows, and keeps the row numbers a spreadsheet shows", () => {
		const text = `${header},description\n${good},"two\nlines"\n,,,,,,,,,,,,\n\n${good.replace("mig-welding,", "x,").replace("2027-09-20", "2027-02-30")}\n`;
		expect(lines(parseOfferingsCsv(text))).toEqual([
			'row 5, column start (C): "2027-02-30" is not a date',
		]);
	});

	it("reads a sheet with a header and no offerings as no offerings", () => {
		expect(read(`${header}\n`)).toEqual([]);
	});

	it("ignores empty columns that have no name", () => {
		expect(read(`${header},,\n${good},,\n`)).toHaveLength(1);
	});
});

describe("parseOfferingsCsv: a bad cell is one line naming its row and column", () => {
	it.each([
		[{ C: "2027-02-30" }, 'row 3, column start (C): "2027-02-30" is not a date'],
		[{ C: "30.02.2027" }, 'row 3, column start (C): "30.02.2027" is not a date'],
		[
			{ C: "09/20/2027" },
			'row 3, column start (C): "09/20/2027" is not a date: write YYYY-MM-DD, such as 2027-09-20',
		],
		[{ D: "2027-09-01" }, 'row 3, column end (D): "2027-09-01" is before the start on 2027-09-20'],
		[{ E: "abc" }, 'row 3, column feeAmount (E): "abc" is not a number'],
		[{ E: "450 EUR" }, 'row 3, column feeAmount (E): "450 EUR" is not a number'],
		[
			{ E: '"1,200"' },
			'row 3, column feeAmount (E): "1,200" is ambiguous: write 1200 without a thousands separator, or 1.2 with "." for decimals',
		],
		[{ E: "-5" }, "row 3, column feeAmount (E): -5 is negative"],
		[
			{ F: "eur" },
			'row 3, column feeCurrency (F): "eur" is not an ISO 4217 currency code such as "EUR"',
		],
		[{ G: "8.5" }, 'row 3, column minParticipants (G): "8.5" is not a whole number'],
		[{ G: "0" }, "row 3, column minParticipants (G): 0 is below the minimum of 1"],
		[{ G: "18" }, "row 3, column minParticipants (G): 18 is above the maximum group size 14"],
		[
			{ I: "hybrid" },
			'row 3, column mode (I): "hybrid" is not one of "on-site", "online", "blended"',
		],
		[
			{ J: "credits" },
			'row 3, column creditUnit (J): "credits" is not one of "EKAP", "ECTS", "ECVET", "hours"',
		],
		[{ J: "" }, "row 3, column creditUnit (J): is required when credits is given"],
		[{ K: "0" }, "row 3, column credits (K): 0 is not above 0"],
		[{ L: "9" }, "row 3, column eqfLevel (L): 9 is above the maximum of 8"],
		[
			{ A: "MIG 2" },
			'row 3, column id (A): "MIG 2" is not an id: use lower-case letters, digits and "-"',
		],
		[{ A: "mig-welding" }, 'row 3, column id (A): "mig-welding" is used by the offering in row 2'],
		[{ B: "  " }, "row 3, column title (B): is required"],
	])("%o", (changes, line) => {
		expect(lines(parseOfferingsCsv(withRow3(changes)))).toEqual([line]);
	});

	it("reports every problem of every row at once, in the order of the sheet", () => {
		const text = `${withRow3({ C: "2027-13-01", I: "hybrid", E: "x" })}${good.replace("mig-welding", "")}\n`;
		expect(lines(parseOfferingsCsv(text))).toEqual([
			'row 3, column start (C): "2027-13-01" is not a date',
			'row 3, column feeAmount (E): "x" is not a number',
			'row 3, column mode (I): "hybrid" is not one of "on-site", "online", "blended"',
			"row 4, column id (A): is required",
		]);
	});

	it("reports a repeated id even in a row with other problems", () => {
		const text = `${withRow3({ A: "mig-welding", I: "hybrid" })}`;
		expect(lines(parseOfferingsCsv(text))).toEqual([
			'row 3, column id (A): "mig-welding" is used by the offering in row 2',
			'row 3, column mode (I): "hybrid" is not one of "on-site", "online", "blended"',
		]);
	});

	it("names the column of a list item, a budget line and a subsidy without a currency", () => {
		const text = [
			`${header},pathways,blockedUntil,teachingCost,subsidyAmount`,
			`${good.replace(",EUR,", ",,")},welder-4/mig-mag; Welder 4,soon,-100,300`,
		].join("\n");
		expect(lines(parseOfferingsCsv(text))).toEqual([
			"row 2, column feeCurrency (F): is required",
			'row 2, column pathways (M): "Welder 4" is not an id: use lower-case letters, digits and "-"',
			'row 2, column blockedUntil (N): "soon" is not a date or one of intake.fullTimeGroupsConfirmed, intake.admissionOpens, intake.admissionCloses, intake.studiesStart, decisionWindow.from, decisionWindow.to',
			"row 2, column teachingCost (O): -100 is negative",
		]);
	});

	it("names a column that the row needs but the sheet does not have", () => {
		const text = `${header},contactEmail\n${good},anu@example.ee\n`;
		expect(lines(parseOfferingsCsv(text))).toEqual([
			"row 2, column contactName: is required when contactEmail is given",
		]);
	});

	it("reports a value in a column without a name once", () => {
		const text = `${header}\n${good},stray\n${good.replace("mig-welding", "x")},stray\n`;
		expect(lines(parseOfferingsCsv(text))).toEqual([
			"row 2, column M: has a value, but its column has no name in row 1",
		]);
	});

	it("reports a quote that is never closed at its row", () => {
		const text = `${header}\n${good}\n"mig-welding-2,MIG\n`;
		expect(lines(parseOfferingsCsv(text))).toEqual([
			'row 3: a quoted cell starts in this row and is never closed: a " is missing',
		]);
	});
});

describe("parseOfferingsCsv: the header row", () => {
	it("rejects an unknown column with the name it probably misspells", () => {
		const text = `${header.replace("start", "strat")}\n${good}\n${good.replace("mig-welding", "x")}\n`;
		expect(lines(parseOfferingsCsv(text))).toEqual([
			'row 1, column strat (C): is not a known column (did you mean "start"?)',
			'row 1: the required column "start" is missing',
		]);
	});

	it("rejects an unknown column without a near name, and a repeated column", () => {
		const text = `${header},colour,Title\n${good},red,Again\n`;
		expect(lines(parseOfferingsCsv(text))).toEqual([
			"row 1, column colour (M): is not a known column",
			"row 1, column Title (N): repeats column B",
		]);
	});

	it("reports each missing required column once, however many rows there are", () => {
		const rows = Array.from({ length: 50 }, (_, index) => `a${index},A,2027-09-20\n`);
		const text = `id,title,start\n${rows.join("")}`;
		expect(lines(parseOfferingsCsv(text))).toEqual(
			["end", "feeAmount", "feeCurrency", "minParticipants", "maxParticipants"].map(
				(name) => `row 1: the required column "${name}" is missing`,
			),
		);
	});

	it("rejects an empty file", () => {
		expect(lines(parseOfferingsCsv(""))).toEqual([
			"row 1: must name the columns, such as id, title, start and end",
		]);
	});
});

describe("parseOfferingsCsv: progress", () => {
	it("reports about every 500 rows and once at the end", () => {
		const rows = Array.from({ length: 1234 }, (_, index) =>
			good.replace("mig-welding", `mig-welding-${index}`),
		);
		const calls: [number, number][] = [];
		const result = parseOfferingsCsv(`${header}\n${rows.join("\n")}\n`, {
			onProgress: (done, total) => calls.push([done, total]),
		});
		expect(result.ok).toBe(true);
		expect(calls).toEqual([
			[500, 1234],
			[1000, 1234],
			[1234, 1234],
		]);
	});
});
