import { type CellValue, readCell } from "./cells.ts";
import { type OfferingColumn, offeringColumns } from "./columns.ts";

/** A column found in the sheet's header, at its 0-based position. */
export interface PlacedColumn {
	column: OfferingColumn;
	position: number;
}

/** A cell that could not be read as its column's kind of value. */
export interface CellProblem {
	column: OfferingColumn;
	position: number;
	message: string;
}

type Fields = Record<string, unknown>;

/**
 * Turns one row's cells into the plan-file shape of an offering, ready for the `offering`
 * schema. Blank cells are left out. Budget columns become budget lines in the order of
 * `offeringColumns`; the subsidy takes the fee's currency.
 */
export function offeringInput(
	cells: readonly CellValue[],
	placed: readonly PlacedColumn[],
): { input: Fields; problems: CellProblem[] } {
	const input: Fields = {};
	const problems: CellProblem[] = [];
	const budget: Fields[] = [];
	for (const { column, position } of placed) {
		const reading = readCell(column, cells[position]);
		if (!reading.ok) {
			problems.push({ column, position, message: reading.message });
			continue;
		}
		if (reading.value === undefined) continue;
		const target = column.target;
		if ("budget" in target) {
			budget.push({
				category: target.budget,
				amount: reading.value,
				...(target.per === "participant" ? { per: "participant" } : {}),
			});
			continue;
		}
		const [name, part] = target.path;
		if (part === undefined) input[name] = reading.value;
		else {
			const parent = (input[name] ?? {}) as Fields;
			parent[part] = reading.value;
			input[name] = parent;
		}
	}
	if (budget.length > 0) input.budget = budget;
	const subsidy = input.subsidy as Fields | undefined;
	const fee = input.fee as Fields | undefined;
	if (subsidy !== undefined && fee?.currency !== undefined) subsidy.currency = fee.currency;
	return { input, problems };
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
	return byPath.get(`${String(first)}.${String(second)}`) ?? byPath.get(String(first));
}

/**
 * The columns a problem at a path is about. A whole missing object, such as `fee`, is about
 * each of its required columns (feeAmount, feeCurrency).
 */
export function columnsOfPath(
	path: readonly PropertyKey[],
	offering: { budget?: unknown },
): OfferingColumn[] {
	const column = columnOfPath(path, offering);
	if (column !== undefined) return [column];
	if (path.length !== 1) return [];
	return offeringColumns.filter(
		({ required, target }) => required && "path" in target && target.path[0] === path[0],
	);
}
