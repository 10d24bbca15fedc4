import { type CellValue, readCell } from "./cells.ts";
import {
	baseColumn,
	type OfferingColumn,
	offeringColumns,
	type SheetColumn,
	translationColumn,
} from "./columns.ts";

/** A column found in the sheet's header, at its 0-based position. */
export interface PlacedColumn<C extends SheetColumn = OfferingColumn> {
	column: C;
	position: number;
}

/** A cell that could not be read as its column's kind of value. */
export interface CellProblem {
	column: OfferingColumn;
	position: number;
	message: string;
}

type Fields = Record<string, unknown>;

/** The cells of one localized field in a row: its own column's and its translation columns'. */
interface LocalizedCells {
	base: OfferingColumn;
	given: { column: OfferingColumn; position: number; language?: string; value: unknown }[];
}

/**
 * Turns one row's cells into the plan-file shape of an offering, ready for the `offering`
 * schema. Blank cells are left out. Budget columns become budget lines in the order of
 * `offeringColumns`; the subsidy takes the fee's currency. A localized field with translation
 * cells (`title.en`) becomes a map of languages to texts, its own cell (`title`) being in
 * `languages[0]`, the institution's first language (docs/spreadsheets.md).
 */
export function offeringInput(
	cells: readonly CellValue[],
	placed: readonly PlacedColumn[],
	languages: readonly string[] = [],
): { input: Fields; problems: CellProblem[] } {
	const input: Fields = {};
	const problems: CellProblem[] = [];
	const budget: Fields[] = [];
	const localized = new Map<string, LocalizedCells>();
	for (const { column, position } of placed) {
		const reading = readCell(column, cells[position]);
		if (!reading.ok) {
			problems.push({ column, position, message: reading.message });
			continue;
		}
		if (reading.value === undefined) continue;
		const target = column.target;
		if ("path" in target && (column.localized || target.language !== undefined)) {
			const base = baseColumn(column);
			const entry = localized.get(base.name) ?? { base, given: [] };
			entry.given.push({
				column,
				position,
				value: reading.value,
				...(target.language !== undefined && { language: target.language }),
			});
			localized.set(base.name, entry);
			continue;
		}
		if ("budget" in target) {
			budget.push({
				category: target.budget,
				amount: reading.value,
				...(target.per === "participant" ? { per: "participant" } : {}),
			});
			continue;
		}
		setField(input, target.path, reading.value);
	}
	for (const entry of localized.values()) {
		const combined = combineTexts(entry, languages);
		if ("problem" in combined) problems.push(combined.problem);
		else input[entry.base.name] = combined.value;
	}
	if (budget.length > 0) input.budget = budget;
	const subsidy = input.subsidy as Fields | undefined;
	const fee = input.fee as Fields | undefined;
	if (subsidy !== undefined && fee?.currency !== undefined) subsidy.currency = fee.currency;
	return { input, problems };
}

/** Puts a cell's value at its field of a row's input: `fee`, or `amount` inside `fee`. */
export function setField(
	input: Fields,
	[name, part]: readonly [string] | readonly [string, string],
	value: unknown,
): void {
	if (part === undefined) input[name] = value;
	else input[name] = { ...(input[name] as Fields | undefined), [part]: value };
}

/**
 * One localized field of a row: the plain text (or list) when no translation cell is filled,
 * else a map of languages to texts; a list's translations go item by item, so each needs as
 * many items as the others.
 */
function combineTexts(
	{ base, given }: LocalizedCells,
	languages: readonly string[],
): { value: unknown } | { problem: CellProblem } {
	const plain = given.find((cell) => cell.language === undefined);
	const translated = given.filter((cell) => cell.language !== undefined);
	if (translated.length === 0) return { value: plain?.value };
	const first = languages[0];
	const named = [...translated];
	if (plain !== undefined) {
		const [other] = translated;
		if (first === undefined)
			return {
				problem: {
					column: plain.column,
					position: plain.position,
					message: `is given beside ${other?.column.name}, and the institution names no languages: write it in a column named for its language, such as ${base.name}.et`,
				},
			};
		const again = translated.find((cell) => cell.language === first);
		if (again !== undefined)
			return {
				problem: {
					column: again.column,
					position: again.position,
					message: `is in ${first} again: column ${base.name} holds the institution's first language, ${first}; leave one of the two empty`,
				},
			};
		named.unshift({ ...plain, language: first });
	}
	if (base.kind !== "list")
		return { value: Object.fromEntries(named.map((cell) => [cell.language, cell.value])) };
	const lists = named.map((cell) => ({ ...cell, items: cell.value as string[] }));
	const [reference] = lists;
	const uneven = lists.find((list) => list.items.length !== reference?.items.length);
	if (reference !== undefined && uneven !== undefined)
		return {
			problem: {
				column: uneven.column,
				position: uneven.position,
				message: `has ${uneven.items.length} item(s), and ${reference.column.name} has ${reference.items.length}: give one translation per item, in the same order`,
			},
		};
	return {
		value: (reference?.items ?? []).map((_, index) =>
			Object.fromEntries(lists.map((list) => [list.language, list.items[index]])),
		),
	};
}

const byPath = new Map<string, OfferingColumn>();
for (const column of offeringColumns) {
	if ("path" in column.target) byPath.set(column.target.path.join("."), column);
}

/**
 * The column that holds a path of an offering (as a zod issue or a plan problem names it),
 * given the offering whose budget lines the path may point into.
 */
export function columnOfPath(
	path: readonly PropertyKey[],
	offering: { budget?: unknown },
): OfferingColumn | undefined {
	const [first, second] = path;
	if (first === "budget" && typeof second === "number" && Array.isArray(offering.budget)) {
		const line = offering.budget[second] as { category?: unknown; per?: unknown } | undefined;
		const per = line?.per ?? "course";
		return offeringColumns.find(
			({ target }) => "budget" in target && target.budget === line?.category && target.per === per,
		);
	}
	if (first === "subsidy" && second === "currency") return byPath.get("fee.currency");
	const field = byPath.get(String(first));
	if (field?.localized) {
		// A language of a map: `title.en`, or `learningOutcomes[2].en`.
		const language = path.slice(1).find((segment) => typeof segment === "string");
		return typeof language === "string" ? translationColumn(field, language) : field;
	}
	return byPath.get(`${String(first)}.${String(second)}`) ?? field;
}

/**
 * The column of a path as the sheet has it: a translation column the sheet lacks (the text in
 * the first language came from the plain column, `title`) is its base column.
 */
export function placedColumnOfPath(
	path: readonly PropertyKey[],
	offering: { budget?: unknown },
	positions: ReadonlyMap<string, number>,
): OfferingColumn | undefined {
	const column = columnOfPath(path, offering);
	if (column === undefined || positions.has(column.name)) return column;
	const base = baseColumn(column);
	return positions.has(base.name) ? base : column;
}

/**
 * The columns a problem at a path is about. A whole missing object, such as `fee`, is about
 * each of its required columns (feeAmount, feeCurrency).
 */
export function columnsOfPath(
	path: readonly PropertyKey[],
	offering: { budget?: unknown },
	positions: ReadonlyMap<string, number> = new Map(),
): OfferingColumn[] {
	const column = placedColumnOfPath(path, offering, positions);
	if (column !== undefined) return [column];
	if (path.length !== 1) return [];
	return offeringColumns.filter(
		({ required, target }) => required && "path" in target && target.path[0] === path[0],
	);
}
