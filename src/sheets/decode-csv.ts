import type { Problem } from "../model/problems.ts";
import { columnLetter } from "./columns.ts";
import { delimiterOf } from "./read-csv.ts";

/** A CSV file's text, or the one problem that says why its bytes are not read. */
export type DecodedCsv = { ok: true; text: string } | { ok: false; problems: Problem[] };

type Encoding = "utf-8" | "utf-16le" | "utf-16be";

/** U+FFFD as each encoding writes it: a file may hold the character itself. */
const replacementBytes: Record<Encoding, readonly number[]> = {
	"utf-8": [0xef, 0xbf, 0xbd],
	"utf-16le": [0xfd, 0xff],
	"utf-16be": [0xff, 0xfd],
};

const saveAsUtf8 =
	'save it as UTF-8 and import it again. Excel: File → Save As → "CSV UTF-8 (Comma delimited)". ' +
	'LibreOffice: File → Save As → Text CSV, tick "Edit filter settings", then Character set: Unicode (UTF-8)';

/**
 * The text of a CSV file's bytes: UTF-8, with or without a byte order mark, or UTF-16 with
 * one (Excel's "Unicode Text") or without (told by its first character). Any other bytes are
 * refused, never guessed: zero bytes elsewhere in what reads as UTF-8 are no text, refused in one
 * problem for the whole file; an 8-bit encoding cannot be told from the bytes alone
 * (Windows-1252 and Windows-1257 differ in š and ž), so one problem names the row and column of
 * the first byte that does not decode, and says how to save the file as UTF-8.
 */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
	const encoding = encodingOf(bytes);
	// Zero bytes are valid UTF-8 but no text: UTF-16's, say, after a first character that is not.
	if (encoding === "utf-8" && bytes.includes(0))
		return {
			ok: false,
			problems: [
				{
					path: "(file)",
					message: `holds zero bytes, as UTF-16 without a byte order mark does; ${saveAsUtf8}`,
				},
			],
		};
	try {
		return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
	} catch {
		// Decoded again, keeping the BOM and replacing what does not decode, to find where that is.
		const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
		const index = firstUnreadable(bytes, text, encoding) ?? text.length;
		const problem =
			encoding === "utf-8"
				? "has a byte that is not UTF-8: the sheet was saved in another encoding, such as " +
					`Windows-1252 or Windows-1257; ${saveAsUtf8}`
				: `is not valid UTF-16 although the file starts as UTF-16; ${saveAsUtf8}`;
		return { ok: false, problems: [{ path: cellAt(text, index), message: problem }] };
	}
}

/**
 * UTF-16 when a byte order mark says so, or when the first character is a NUL byte beside
 * another (a header's first letter as UTF-16 without a mark: text in UTF-8 holds no NUL), else
 * UTF-8 (whose own mark the decoder drops).
 */
function encodingOf(bytes: Uint8Array): Encoding {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
	if (bytes[0] !== 0 && bytes[1] === 0) return "utf-16le";
	if (bytes[0] === 0 && bytes[1] !== 0) return "utf-16be";
	return "utf-8";
}

/** The index in `text` of the first U+FFFD that the decoder put in for bytes it could not read. */
function firstUnreadable(bytes: Uint8Array, text: string, encoding: Encoding): number | undefined {
	const replacement = replacementBytes[encoding];
	let offset = 0;
	for (let index = 0; index < text.length; index++) {
		const unit = text.charCodeAt(index);
		if (unit === 0xfffd && replacement.some((byte, at) => bytes[offset + at] !== byte))
			return index;
		offset += encoding === "utf-8" ? utf8Width(unit) : 2;
	}
	return undefined;
}

/** The UTF-8 bytes of one UTF-16 code unit: a surrogate pair's 4 bytes go to its first half. */
function utf8Width(unit: number): number {
	if (unit < 0x80) return 1;
	if (unit < 0x800) return 2;
	if (unit >= 0xd800 && unit <= 0xdbff) return 4;
	if (unit >= 0xdc00 && unit <= 0xdfff) return 0;
	return 3;
}

/**
 * The sheet cell that holds `text[index]`, as `row 3, column title (B)`: rows as a spreadsheet
 * shows them (a line break inside quotes stays in its cell), the column named by the header.
 */
function cellAt(text: string, index: number): string {
	const delimiter = delimiterOf(text);
	const header = [""];
	let row = 1;
	let column = 0;
	let quoted = false;
	for (let at = 0; at < index; at++) {
		const character = text[at] as string;
		if (character === '"') quoted = !quoted;
		else if (!quoted && character === delimiter) {
			column++;
			if (row === 1) header.push("");
		} else if (!quoted && (character === "\n" || (character === "\r" && text[at + 1] !== "\n"))) {
			row++;
			column = 0;
		} else if (row === 1) header[column] += character;
	}
	const name = row > 1 ? header[column]?.trim() : undefined;
	const letter = columnLetter(column);
	return `row ${row}, column ${name ? `${name} (${letter})` : letter}`;
}
