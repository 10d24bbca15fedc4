import { folded, type OfferingRow } from "./offering-rows.ts";

export const sortKeys = [
	"title",
	"intake",
	"field",
	"start",
	"risk",
	"leadTime",
	"coverage",
	"breakEven",
	"communicationShare",
	"fill",
] as const;
export type SortKey = (typeof sortKeys)[number];
export type Direction = "ascending" | "descending";
export const severityFilters = ["error", "warning", "none"] as const;
export type SeverityFilter = (typeof severityFilters)[number];

/** What the list shows, kept in the URL's query so a filtered, sorted list can be shared. */
export interface ListQuery {
	search: string;
	intake: string | undefined;
	field: string | undefined;
	/** The worst finding's severity; `none`: no findings. */
	severity: SeverityFilter | undefined;
	sort: SortKey;
	direction: Direction;
}

const defaultSort: SortKey = "start";

/** The direction a column sorts in when first chosen: the riskiest first for risk. */
export function firstDirection(key: SortKey): Direction {
	return key === "risk" ? "descending" : "ascending";
}

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
	return allowed.find((candidate) => candidate === value);
}

/** The list's state from the URL query (`?q=weld&intake=autumn-2027&sort=risk&dir=desc`). */
export function parseListQuery(params: URLSearchParams): ListQuery {
	const sort = pick(params.get("sort"), sortKeys) ?? defaultSort;
	const dir = params.get("dir");
	return {
		search: params.get("q") ?? "",
		intake: params.get("intake") || undefined,
		field: params.get("field") || undefined,
		severity: pick(params.get("severity"), severityFilters),
		sort,
		direction: dir === "desc" ? "descending" : dir === "asc" ? "ascending" : firstDirection(sort),
	};
}

/** The URL query of a state, leaving out what is the default. */
export function listQueryParams(query: ListQuery): URLSearchParams {
	const params = new URLSearchParams();
	if (query.search) params.set("q", query.search);
	if (query.intake) params.set("intake", query.intake);
	if (query.field) params.set("field", query.field);
	if (query.severity) params.set("severity", query.severity);
	if (query.sort !== defaultSort) params.set("sort", query.sort);
	if (query.direction !== firstDirection(query.sort))
		params.set("dir", query.direction === "descending" ? "desc" : "asc");
	return params;
}

/** The state after a column's sort button: the same column turns around, another starts fresh. */
export function sortBy(query: ListQuery, key: SortKey): ListQuery {
	if (query.sort === key)
		return { ...query, direction: query.direction === "ascending" ? "descending" : "ascending" };
	return { ...query, sort: key, direction: firstDirection(key) };
}

/** The rows that pass the search and the filters. */
export function filterRows(rows: readonly OfferingRow[], query: ListQuery): OfferingRow[] {
	const words = folded(query.search).split(/\s+/).filter(Boolean);
	return rows.filter(
		(row) =>
			words.every((word) => row.searchText.includes(word)) &&
			(query.intake === undefined || row.intake === query.intake) &&
			(query.field === undefined || row.field === query.field) &&
			(query.severity === undefined ||
				(query.severity === "none" ? row.severity === null : row.severity === query.severity)),
	);
}

const severityRank = { error: 2, warning: 1 } as const;

/** Each column's sort value; undefined sorts last either way ("—", nothing to compare). */
const sortValue: Record<SortKey, (row: OfferingRow) => string | number | undefined> = {
	title: (row) => row.title,
	intake: (row) => row.intakeStart,
	field: (row) => row.fieldName,
	start: (row) => row.start,
	risk: (row) => (row.severity === null ? 0 : severityRank[row.severity]) * 10_000 + row.findings,
	leadTime: (row) => row.leadTimeDays,
	coverage: (row) => row.coverage,
	// Never breaking even is worse than any number of participants.
	breakEven: (row) => row.breakEven ?? Number.POSITIVE_INFINITY,
	communicationShare: (row) => row.communicationShare,
	// The expected final count where there is a forecast, else the count so far, over the minimum.
	fill: (row) => {
		const count = row.forecast?.expectedFinal ?? row.registrations;
		return count === null ? undefined : count / row.min;
	},
};

/** The rows in the column's order; ties keep the order of titles, then ids. */
export function sortRows(
	rows: readonly OfferingRow[],
	key: SortKey,
	direction: Direction,
	collator: Intl.Collator,
): OfferingRow[] {
	const value = sortValue[key];
	const sign = direction === "ascending" ? 1 : -1;
	const compare = (a: string | number, b: string | number) =>
		typeof a === "number" && typeof b === "number"
			? Math.sign(a - b) || 0
			: collator.compare(String(a), String(b));
	return [...rows].sort((a, b) => {
		const [left, right] = [value(a), value(b)];
		if (left === undefined || right === undefined) {
			if (left !== right) return left === undefined ? 1 : -1;
		} else {
			const order = compare(left, right);
			if (order !== 0) return sign * order;
		}
		return collator.compare(a.title, b.title) || a.id.localeCompare(b.id);
	});
}
