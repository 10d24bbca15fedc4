import { describe, expect, it } from "vitest";
import { formatProblem } from "../model/problems.ts";
import { decodeCsv } from "./decode-csv.ts";
import { parseOfferingsCsv } from "./read-csv.ts";

const header = "id,title,start,end,feeAmount,feeCurrency,minParticipants,maxParticipants,location";
const sheet = [
	header,
	"mig-welding,MIG/MAG welding basics,2027-09-20,2027-11-26,450,EUR,8,14,Tartu",
	"keevitus,Keevitus õhtuti,2027-09-20,2027-11-26,450,EUR,8,14,Võru",
	"",
].join("\n");

/** The problem lines of a decoding, as the CLI prints them; empty when it was read. */
function lines(bytes: Uint8Array): string[] {
	const decoded = decodeCsv(bytes);
	return decoded.ok ? [] : decoded.problems.map(formatProblem);
}

const utf16le = (text: string) => Buffer.from(`\uFEFF${text}`, "utf16le");
const saveAsUtf8 =
	'save it as UTF-8 and import it again. Excel: File → Save As → "CSV UTF-8 (Comma delimited)". ' +
	'LibreOffice: File → Save As → Text CSV, tick "Edit filter settings", then Character set: Unicode (UTF-8)';

describe("decodeCsv", () => {
	it("reads UTF-8, with or without a byte order mark", () => {
		expect(decodeCsv(Buffer.from(sheet, "utf8"))).toEqual({ ok: true, text: sheet });
		expect(decodeCsv(Buffer.from(`\uFEFF${sheet}`, "utf8"))).toEqual({ ok: true, text: sheet });
	});

	it("reads UTF-16 with a byte order mark, either byte order, tab-separated as Excel's Unicode Text", () => {
		const tabbed = sheet.replaceAll(",", "\t");
		for (const bytes of [utf16le(tabbed), utf16le(tabbed).swap16()]) {
			const decoded = decodeCsv(bytes);
			expect(decoded).toEqual({ ok: true, text: tabbed });
			const read = decoded.ok ? parseOfferingsCsv(decoded.text) : decoded;
			expect(read.ok && read.offerings.map((offering) => offering.title)).toEqual([
				"MIG/MAG welding basics",
				"Keevitus õhtuti",
			]);
		}
	});

	it("reads UTF-16 without a byte order mark, either byte order, by the NUL beside its first letter", () => {
		const bare = Buffer.from(sheet, "utf16le");
		for (const bytes of [bare, Buffer.from(bare).swap16()])
			expect(decodeCsv(bytes)).toEqual({ ok: true, text: sheet });
	});

	it.each([
		["Windows-1252 (õ)", Buffer.from(sheet, "latin1")],
		// Windows-1257 writes š as 0xF0, which Windows-1252 reads as ð: neither is guessed.
		["Windows-1257 (š)", Buffer.from(sheet.replace("õhtuti", "\u00f0ahtuti"), "latin1")],
	])("refuses %s with one problem at the first byte that is not UTF-8", (_name, bytes) => {
		expect(lines(bytes)).toEqual([
			"row 3, column title (B): has a byte that is not UTF-8: the sheet was saved in another " +
				`encoding, such as Windows-1252 or Windows-1257; ${saveAsUtf8}`,
		]);
	});

	it("counts a quoted line break as inside its cell, and names the column of a later cell", () => {
		const text = `${header}\nx,"two\nlines",2027-09-20,2027-11-26,450,EUR,8,14,Võru\n`;
		expect(lines(Buffer.from(text, "latin1"))[0]).toMatch(/^row 2, column location \(I\): /);
	});

	it("names only the letter of a column whose header has the bad byte", () => {
		const text = sheet.replace("title", "pealkiri õ");
		expect(lines(Buffer.from(text, "latin1"))[0]).toMatch(/^row 1, column B: has a byte/);
	});

	it("passes over a U+FFFD that the file itself holds", () => {
		const bytes = Buffer.concat([
			Buffer.from(sheet.replace("Tartu", "Tartu \uFFFD"), "utf8"),
			Buffer.from("x,Ä", "latin1"),
		]);
		expect(lines(bytes)[0]).toMatch(/^row 4, column title \(B\): has a byte/);
	});

	it("refuses zero bytes after a first character that says UTF-8, in one problem for the file", () => {
		const bytes = Buffer.concat([Buffer.from("id"), Buffer.from(",title\n", "utf16le")]);
		expect(lines(bytes)).toEqual([
			`(file): holds zero bytes, as UTF-16 without a byte order mark does; ${saveAsUtf8}`,
		]);
	});

	it("refuses UTF-16 whose bytes end in half a character", () => {
		const bytes = Buffer.concat([utf16le(sheet), Buffer.from([0x41])]);
		expect(lines(bytes)).toEqual([
			`row 4, column id (A): is not valid UTF-16 although the file starts as UTF-16; ${saveAsUtf8}`,
		]);
	});
});
