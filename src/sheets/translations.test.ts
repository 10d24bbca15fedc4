import { describe, expect, it } from "vitest";
import { formatProblem } from "../model/problems.ts";
import { parseOfferingsCsv } from "./read-csv.ts";
import type { SheetResult } from "./read-table.ts";
import { offeringsToCsv } from "./write-csv.ts";

const languages = ["et", "en"];
const required = "2027-09-20,2027-11-26,450,EUR,8,14";
const requiredHeader = "start,end,feeAmount,feeCurrency,minParticipants,maxParticipants";

/** A sheet of the id, the given columns and the required ones. */
function sheet(columns: string, ...rows: string[]): string {
	return `${["id", columns, requiredHeader].join(",")}\n${rows
		.map((cells, index) => `course-${index + 1},${cells},${required}`)
		.join("\n")}\n`;
}

function lines(result: SheetResult): string[] {
	return result.ok ? [] : result.problems.map(formatProblem);
}

function offerings(result: SheetResult) {
	if (!result.ok) throw new Error(lines(result).join("\n"));
	return result.offerings;
}

describe("translations in a sheet", () => {
	it("reads title beside title.en as the institution's first language and English", () => {
		const read = parseOfferingsCsv(
			sheet(
				"title,title.en,location,learningOutcomes,Learningoutcomes.EN",
				'Keevituse alused,Welding basics,Tartu,"Keevitab\nLoeb jooniseid","Welds\nReads drawings"',
				"Ainult eesti keeles,,Tartu,,",
			),
			{ languages },
		);
		expect(
			offerings(read).map(({ title, location, learningOutcomes }) => ({
				title,
				location,
				learningOutcomes,
			})),
		).toEqual([
			{
				title: { et: "Keevituse alused", en: "Welding basics" },
				location: "Tartu",
				learningOutcomes: [
					{ et: "Keevitab", en: "Welds" },
					{ et: "Loeb jooniseid", en: "Reads drawings" },
				],
			},
			{ title: "Ainult eesti keeles", location: "Tartu" },
		]);
	});

	it("takes a title given in its languages only, such as title.et and title.en", () => {
		const read = parseOfferingsCsv(
			sheet("title.et,title.en", "Keevitus,Welding", ",Only English"),
			{
				languages,
			},
		);
		expect(offerings(read).map(({ title }) => title)).toEqual([
			{ et: "Keevitus", en: "Welding" },
			{ en: "Only English" },
		]);
	});

	it("says what is wrong with translations, at their cells", () => {
		const read = parseOfferingsCsv(
			sheet(
				"title,title.et,learningOutcomes,learningOutcomes.en",
				'Keevitus,Keevitus,"Keevitab\nLoeb",Welds',
				",,,",
			),
			{ languages },
		);
		expect(lines(read)).toEqual([
			"row 2, column title.et (C): is in et again: column title holds the institution's first language, et; leave one of the two empty",
			"row 2, column learningOutcomes.en (E): has 1 item(s), and learningOutcomes has 2: give one translation per item, in the same order",
			"row 3, column title (B): is required",
		]);
	});

	it("needs the institution's languages to read a title beside its translation", () => {
		expect(lines(parseOfferingsCsv(sheet("title,title.en", "Keevitus,Welding")))).toEqual([
			"row 2, column title (B): is given beside title.en, and the institution names no languages: write it in a column named for its language, such as title.et",
		]);
	});

	it("writes the first language in title and each other one in its own column, next to it", () => {
		const csv = offeringsToCsv(
			offerings(
				parseOfferingsCsv(sheet("title,title.en", "Keevitus,Welding", "Plain,"), { languages }),
			),
			languages,
		);
		expect(csv.split("\n")[0]).toMatch(/^id,title,title\.en,intake,/);
		expect(csv.split("\n")[1]).toMatch(/^course-1,Keevitus,Welding,,/);
		expect(csv.split("\n")[2]).toMatch(/^course-2,Plain,,,/);
	});
});
