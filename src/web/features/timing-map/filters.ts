import type { TextPicker } from "../../../model/localized-text.ts";
import type { PlanFile } from "../../../model/plan-file.ts";
import type { IntakeReport, OfferingReport, PlanReport } from "../../../model/report.ts";
import { type Risk, riskOf, risks } from "./risk.ts";

/** The map's filters, as the URL's query string keeps them: `?intake=…&field=…&owner=…&severity=…`. */
export interface MapFilters {
	intake?: string;
	field?: string;
	owner?: string;
	severity?: Risk;
}
export const filterKeys = ["intake", "field", "owner", "severity"] as const;
export type FilterKey = (typeof filterKeys)[number];

export interface FilterOption {
	value: string;
	label: string;
}

/** The intake filter's value for the offerings without an intake (no intake id is "-"). */
export const noIntake = "-";

/** What each filter can be set to, from the report and the plan it was made from. */
export interface FilterOptions {
	intake: FilterOption[];
	field: FilterOption[];
	owner: FilterOption[];
	severity: Risk[];
}

/**
 * The choices of each filter: the intakes in their order, the offerings' fields (named as the
 * institution names them), and the people who own an offering or one of its milestones, by name.
 */
export function filterOptions(report: PlanReport, plan: PlanFile, text: TextPicker): FilterOptions {
	const fieldNames = new Map(
		(plan.institution.fields ?? []).map((field) => [field.id, text(field.name)]),
	);
	const fields = new Set<string>();
	for (const offering of report.offerings) if (offering.field) fields.add(offering.field);
	const owners = new Set<string>();
	const owned = ownersByOffering(report, plan);
	for (const ids of owned.values()) for (const id of ids) owners.add(id);
	const names = new Map(report.people.map((person) => [person.id, person.name]));
	const intakes = report.intakes.map((intake) => ({ value: intake.id, label: intake.label }));
	// Offerings without one of the report's intakes are a group of their own on the map.
	if (report.offerings.some((offering) => !intakes.some(({ value }) => value === offering.intake)))
		intakes.push({ value: noIntake, label: "" });
	return {
		intake: intakes,
		field: byLabel(
			[...fields].map((field) => ({ value: field, label: fieldNames.get(field) ?? field })),
		),
		owner: byLabel([...owners].map((id) => ({ value: id, label: names.get(id) ?? id }))),
		severity: [...risks],
	};
}

/** The filters a query string sets; a value that is not one of the options is ignored. */
export function filtersFrom(params: URLSearchParams, options: FilterOptions): MapFilters {
	const filters: MapFilters = {};
	for (const key of ["intake", "field", "owner"] as const) {
		const value = params.get(key);
		if (value !== null && options[key].some((option) => option.value === value))
			filters[key] = value;
	}
	const severity = params.get("severity");
	const risk = options.severity.find((candidate) => candidate === severity);
	if (risk) filters.severity = risk;
	return filters;
}

/** The query string with one filter set (or cleared, with `undefined`), the others kept. */
export function withFilter(
	params: URLSearchParams,
	key: FilterKey,
	value: string | undefined,
): URLSearchParams {
	const next = new URLSearchParams(params);
	if (value === undefined || value === "") next.delete(key);
	else next.set(key, value);
	return next;
}

/** The query string without any filter, other parameters kept. */
export function withoutFilters(params: URLSearchParams): URLSearchParams {
	const next = new URLSearchParams(params);
	for (const key of filterKeys) next.delete(key);
	return next;
}

/** Whether any filter is set. */
export function filtering(filters: MapFilters): boolean {
	return filterKeys.some((key) => filters[key] !== undefined);
}

/** The intakes and offerings that pass the filters, in the report's order. */
export function applyFilters(
	report: PlanReport,
	plan: PlanFile,
	filters: MapFilters,
): { intakes: IntakeReport[]; offerings: OfferingReport[] } {
	const owners = filters.owner === undefined ? undefined : ownersByOffering(report, plan);
	const offerings = report.offerings.filter(
		(offering) =>
			(filters.intake === undefined ||
				offering.intake === filters.intake ||
				(filters.intake === noIntake &&
					!report.intakes.some((intake) => intake.id === offering.intake))) &&
			(filters.field === undefined || offering.field === filters.field) &&
			(filters.severity === undefined || riskOf(offering.findings) === filters.severity) &&
			(owners === undefined ||
				(filters.owner !== undefined && owners.get(offering.id)?.has(filters.owner) === true)),
	);
	const intakes =
		filters.intake === undefined
			? report.intakes
			: report.intakes.filter((intake) => intake.id === filters.intake);
	return { intakes, offerings };
}

/** Per offering, the people named as its owners or as the owner of one of its milestones. */
function ownersByOffering(report: PlanReport, plan: PlanFile): Map<string, Set<string>> {
	const planned = new Map(plan.offerings.map((offering) => [offering.id, offering]));
	const owners = new Map<string, Set<string>>();
	for (const offering of report.offerings) {
		const ids = new Set<string>();
		for (const id of Object.values(planned.get(offering.id)?.owners ?? {}))
			if (id !== undefined) ids.add(id);
		for (const milestone of offering.milestones) if (milestone.owner) ids.add(milestone.owner);
		owners.set(offering.id, ids);
	}
	return owners;
}

function byLabel(options: FilterOption[]): FilterOption[] {
	return options.sort((a, b) => a.label.localeCompare(b.label));
}
