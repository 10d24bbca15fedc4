import { isoDate, showValue } from "../model/primitives.ts";
import type { SheetColumn } from "./columns.ts";

/**
 * A cell as a sheet gives it: CSV cells are text; XLSX cells may be numbers, dates, or a cell
 * that cannot be read (an error such as #N/A), given as the message to report.
 */
export type CellValue = string | number | boolean | Date | { problem: string } | null | undefined;

/** A cell read for its column: the value for the offering (none when blank), or what is wrong. */
export type CellReading = { ok: true; value?: unknown } | { ok: false; message: string };

/** Reads one cell as its column's kind of value; a blank cell gives no value. */
export function readCell(
	column: Pick<SheetColumn, "kind" | "choices">,
	cell: CellValue,
): CellReading {
	if (isUnreadable(cell)) return { ok: false, message: cell.problem };
	if (isBlank(cell)) return { ok: true };
	switch (column.kind) {
		case "number":
			return readNumber(cell);
		case "whole-number": {
			const reading = readNumber(cell);
			if (reading.ok && !Number.isInteger(reading.value))
				return { ok: false, message: `${showValue(cell)} is not a whole number` };
			return reading;
		}
		case "date":
			return readDate(cell);
		case "choice": {
			const text = cellText(cell);
			const choice = column.choices?.find((name) => name.toLowerCase() === text.toLowerCase());
			return { ok: true, value: choice ?? text };
		}
		case "decision":
			return { ok: true, value: decisionCell(column, cellText(cell)) };
		case "text":
		case "id":
			return { ok: true, value: cellText(cell) };
		case "list":
			return { ok: true, value: listItems(untrimmedText(cell)) };
		case "date-list":
			return {
				ok: true,
				value: listItems(untrimmedText(cell)).map((item) => dottedToIso(item) ?? item),
			};
		case "pathways":
			return { ok: true, value: listItems(untrimmedText(cell)).map(pathwayOf) };
		case "counts":
			return readCounts(cell);
		case "dated-counts":
			return readDatedCounts(cell);
	}
}

/**
 * `web: 3; partner: 2` as `{web: 3, partner: 2}`; a name given twice is refused, and so is
 * `__proto__`, which an object (and zod's record) would drop without a word.
 */
function readCounts(cell: CellValue): CellReading {
	const counts = new Map<string, number>();
	for (const item of listItems(untrimmedText(cell))) {
		const entry = countEntry(item, "a name and a count, such as web: 3");
		if (!entry.ok) return entry;
		if (entry.key === "__proto__")
			return { ok: false, message: `${showValue(entry.key)} cannot be a name: use another one` };
		if (counts.has(entry.key))
			return { ok: false, message: `${showValue(entry.key)} is given twice: one count per name` };
		counts.set(entry.key, entry.count);
	}
	return { ok: true, value: Object.fromEntries(counts) };
}

/** `2025-09-01: 2; 2025-09-15: 5` as `[{date, count}]`, each date as a date cell reads. */
function readDatedCounts(cell: CellValue): CellReading {
	const counts: { date: string; count: number }[] = [];
	for (const item of listItems(untrimmedText(cell))) {
		const entry = countEntry(item, "a date and a count, such as 2025-09-01: 2");
		if (!entry.ok) return entry;
		const date = readDate(entry.key);
		if (!date.ok) return date;
		counts.push({ date: date.value as string, count: entry.count });
	}
	return { ok: true, value: counts };
}

/** One item of a counts cell, `name: 3`, split at its last colon. */
function countEntry(
	item: string,
	shape: string,
): { ok: true; key: string; count: number } | { ok: false; message: string } {
	const colon = item.lastIndexOf(":");
	const key = item.slice(0, colon).trim();
	const count = item.slice(colon + 1).trim();
	if (colon < 0 || key === "" || count === "")
		return { ok: false, message: `${showValue(item)} is not ${shape}` };
	if (!/^\d+$/.test(count))
		return {
			ok: false,
			message: `${showValue(count)} in ${showValue(item)} is not a whole number`,
		};
	return { ok: true, key, count: Number(count) };
}

/**
 * A decision's outcome as the plan holds it: `go` and `no-go` alone, postpone and merge as the
 * outcome of a recorded decision, which the import matches with the one the plan has.
 */
function decisionCell(column: Pick<SheetColumn, "choices">, text: string): unknown {
	const outcome = column.choices?.find((name) => name.toLowerCase() === text.toLowerCase());
	if (outcome === undefined) return text;
	return outcome === "go" || outcome === "no-go" ? outcome : { outcome };
}

/** True for a cell with nothing in it but spaces. */
export function isBlank(cell: CellValue): boolean {
	return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

function isUnreadable(cell: CellValue): cell is { problem: string } {
	return typeof cell === "object" && cell !== null && !(cell instanceof Date);
}

/** The cell as trimmed text; a date cell gives its calendar date YYYY-MM-DD. */
export function cellText(cell: CellValue): string {
	return untrimmedText(cell).trim();
}

function untrimmedText(cell: CellValue): string {
	if (cell instanceof Date) return utcDate(cell);
	if (typeof cell === "string") return cell.replace(/\r\n?/g, "\n");
	if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
	return "";
}

/**
 * The items of a list cell: one per line when the cell has a line break (even a last one),
 * else separated by ";". Items are trimmed and empty ones dropped.
 */
export function listItems(text: string): string[] {
	const separator = text.includes("\n") ? "\n" : ";";
	return text
		.split(separator)
		.map((item) => item.trim())
		.filter((item) => item !== "");
}

function pathwayOf(item: string): { qualification: string; module?: string } {
	const slash = item.indexOf("/");
	if (slash < 0) return { qualification: item };
	const qualification = item.slice(0, slash).trim();
	const module = item.slice(slash + 1).trim();
	return module === "" ? { qualification } : { qualification, module };
}

const groupedDigits = /^[+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?$/;
const plainNumber = /^[+-]?\d+(?:[.,]\d+)?$/;
// "1,200" is twelve hundred in English and 1.2 in Estonian: refuse rather than guess.
const ambiguousComma = /^[+-]?[1-9]\d{0,2},\d{3}$/;

function readNumber(cell: CellValue): CellReading {
	if (typeof cell === "number") {
		return Number.isFinite(cell)
			? { ok: true, value: cell }
			: { ok: false, message: `${showValue(cell)} is not a number` };
	}
	if (cell instanceof Date) {
		// Excel turns "1.5" typed in an Estonian sheet into the 1st of May.
		return {
			ok: false,
			message: `is the date ${utcDate(cell)}, not a number: format the cell as a number`,
		};
	}
	const text = cellText(cell);
	const compact = groupedDigits.test(text) ? text.replace(/[ \u00a0\u202f]/g, "") : text;
	if (ambiguousComma.test(compact)) {
		return {
			ok: false,
			message: `${showValue(text)} is ambiguous: write ${compact.replace(",", "")} without a thousands separator, or ${Number(compact.replace(",", "."))} with "." for decimals`,
		};
	}
	if (!plainNumber.test(compact))
		return { ok: false, message: `${showValue(text)} is not a number` };
	return { ok: true, value: Number(compact.replace(",", ".")) };
}

const isoPattern = /^\d{4}-\d{2}-\d{2}$/;
const dottedPattern = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

function readDate(cell: CellValue): { ok: true; value: string } | { ok: false; message: string } {
	if (cell instanceof Date) return { ok: true, value: utcDate(cell) };
	const text = cellText(cell);
	const iso = isoPattern.test(text) ? text : dottedToIso(text);
	if (iso === undefined) {
		return {
			ok: false,
			message: `${showValue(typeof cell === "number" ? cell : text)} is not a date: write YYYY-MM-DD, such as 2027-09-20`,
		};
	}
	if (!isoDate.safeParse(iso).success)
		return { ok: false, message: `${showValue(text)} is not a date` };
	return { ok: true, value: iso };
}

/** `20.09.2027` (day first, as Estonian spreadsheets write dates) as `2027-09-20`. */
function dottedToIso(text: string): string | undefined {
	const match = dottedPattern.exec(text);
	if (!match) return undefined;
	const [, day = "", month = "", year = ""] = match;
	return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

/**
 * The calendar date of an Excel date cell. Excel dates carry no time zone and exceljs gives
 * them as UTC instants, so the UTC fields are the date the sheet shows.
 */
export function utcDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}
