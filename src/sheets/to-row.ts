import type { Offering } from "../model/offering.ts";
import { type OfferingColumn, offeringColumns } from "./columns.ts";

/** A written cell: text, a number, or nothing. Dates are `YYYY-MM-DD` text here. */
export type WrittenCell = string | number | undefined;

/** An offering's cells in the order of `offeringColumns`: what `offeringInput` reads back. */
export function offeringCells(offering: Offering): WrittenCell[] {
	return offeringColumns.map((column) => cellOf(offering, column));
}

function cellOf(offering: Offering, column: OfferingColumn): WrittenCell {
	const target = column.target;
	if ("budget" in target) {
		const lines = (offering.budget ?? []).filter(
			(line) => line.category === target.budget && (line.per ?? "course") === target.per,
		);
		return lines.length === 0 ? undefined : lines.reduce((sum, line) => sum + line.amount, 0);
	}
	const [name, part] = target.path;
	const whole = (offering as Record<string, unknown>)[name];
	const value = part === undefined ? whole : (whole as Record<string, unknown> | undefined)?.[part];
	if (value === undefined) return undefined;
	switch (column.kind) {
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
		case "number":
		case "whole-number":
			return value as number;
		case "text":
		case "id":
		case "choice":
		case "date":
			return value as string;
	}
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
