import type { LocalizedText } from "../model/localized-text.ts";
import { type Decision, decisionOf, type Offering } from "../model/offering.ts";
import {
	type ColumnKind,
	type OfferingColumn,
	offeringColumns,
	translationColumn,
} from "./columns.ts";

/** A written cell: text, a number, or nothing. Dates are `YYYY-MM-DD` text here. */
export type WrittenCell = string | number | undefined;

/**
 * The columns of a sheet of these offerings: `offeringColumns`, each localized one followed by
 * a translation column (`title.en`) for every language its texts need, in the order of the
 * institution's `languages`, then of the alphabet.
 */
export function sheetColumns(
	offerings: readonly Offering[],
	languages: readonly string[],
): OfferingColumn[] {
	return offeringColumns.flatMap((column) => {
		if (!column.localized) return [column];
		const needed = new Set<string>();
		for (const offering of offerings) {
			const value = fieldOf(offering, column);
			if (value === undefined) continue;
			const texts = value as LocalizedText | readonly LocalizedText[];
			for (const language of placeTexts(texts, languages).translations.keys()) needed.add(language);
		}
		const ordered = [
			...languages.filter((language) => needed.has(language)),
			...[...needed].filter((language) => !languages.includes(language)).sort(),
		];
		return [column, ...ordered.map((language) => translationColumn(column, language))];
	});
}

/** An offering's cells for `columns` (`sheetColumns`): what `offeringInput` reads back. */
export function offeringCells(
	offering: Offering,
	columns: readonly OfferingColumn[],
	languages: readonly string[],
): WrittenCell[] {
	return columns.map((column) => cellOf(offering, column, languages));
}

function fieldOf(offering: Offering, column: OfferingColumn): unknown {
	return "path" in column.target ? valueAt(offering, column.target.path) : undefined;
}

/** The value at a column's path in a record: `fee`, or `amount` inside `fee`. */
export function valueAt(
	record: object,
	[name, part]: readonly [string] | readonly [string, string],
): unknown {
	const whole = (record as Record<string, unknown>)[name];
	return part === undefined ? whole : (whole as Record<string, unknown> | undefined)?.[part];
}

function cellOf(
	offering: Offering,
	column: OfferingColumn,
	languages: readonly string[],
): WrittenCell {
	const target = column.target;
	if ("budget" in target) {
		const lines = (offering.budget ?? []).filter(
			(line) => line.category === target.budget && (line.per ?? "course") === target.per,
		);
		return lines.length === 0 ? undefined : lines.reduce((sum, line) => sum + line.amount, 0);
	}
	let value = fieldOf(offering, column);
	if (value === undefined) return undefined;
	if (column.localized || target.language !== undefined) {
		const placed = placeTexts(value as LocalizedText | readonly LocalizedText[], languages);
		value = target.language === undefined ? placed.plain : placed.translations.get(target.language);
		if (value === undefined) return undefined;
	}
	return writtenValue(column.kind, value);
}

/** A field's value as the cell of its kind that the readers read back (`readCell`). */
export function writtenValue(kind: ColumnKind, value: unknown): WrittenCell {
	switch (kind) {
		case "list":
			return outcomesCell(value as string[]);
		case "date-list":
			return joined(value as string[]);
		case "pathways":
			return joined(
				(value as { qualification: string; module?: string }[]).map(({ qualification, module }) =>
					module === undefined ? qualification : `${qualification}/${module}`,
				),
			);
		case "counts":
			return joined(
				Object.entries(value as Record<string, number>).map(([name, count]) => `${name}: ${count}`),
			);
		case "dated-counts":
			return joined(
				(value as { date: string; count: number }[]).map(({ date, count }) => `${date}: ${count}`),
			);
		case "number":
		case "whole-number":
			return value as number;
		case "decision":
			return decisionOf({ decision: value as Decision })?.outcome;
		case "text":
		case "id":
		case "choice":
		case "date":
			return value as string;
	}
}

/**
 * Where a localized field's texts go in a row (docs/spreadsheets.md): a plain text (or a list
 * of plain texts) in the field's own column; translations in one column per language, the
 * first language in the field's own column when other languages come with it, else in its
 * translation column too, so that `{et: …}` reads back as a map and not as a plain text. A
 * list's items go language by language.
 */
function placeTexts(
	value: LocalizedText | readonly LocalizedText[],
	languages: readonly string[],
): { plain?: unknown; translations: Map<string, unknown> } {
	const first = languages[0];
	const items = Array.isArray(value)
		? (value as readonly LocalizedText[])
		: [value as LocalizedText];
	if (items.every((item) => typeof item === "string"))
		return { plain: value, translations: new Map() };
	const maps = items.map((item) =>
		typeof item === "string" ? { [first ?? ""]: item } : (item as Readonly<Record<string, string>>),
	);
	const keys = [...new Set(maps.flatMap((map) => Object.keys(map)))];
	const inLanguage = (language: string) =>
		Array.isArray(value) ? maps.map((map) => map[language] ?? "") : maps[0]?.[language];
	const plainLanguage =
		first !== undefined && keys.includes(first) && keys.length > 1 ? first : undefined;
	return {
		...(plainLanguage !== undefined && { plain: inLanguage(plainLanguage) }),
		translations: new Map(
			keys.filter((key) => key !== plainLanguage).map((key) => [key, inLanguage(key)]),
		),
	};
}

function joined(items: readonly string[]): string | undefined {
	return items.length === 0 ? undefined : items.join("; ");
}

/**
 * One outcome per line, as people write them in a cell. A single outcome that contains ";"
 * gets a closing line break, so it is not read back as several.
 */
function outcomesCell(items: readonly string[]): string | undefined {
	if (items.length === 0) return undefined;
	const [only] = items;
	if (items.length === 1 && only?.includes(";")) return `${only}\n`;
	return items.join("\n");
}
