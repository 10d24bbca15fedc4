import type { PlanReport } from "../model/report.ts";

/** Shows a person id as the person's name, or the id itself when the plan names nobody by it. */
export type OwnerName = (id: string) => string;

export function ownerNames(report: PlanReport): OwnerName {
	const names = new Map(report.people.map((person) => [person.id, person.name]));
	return (id) => names.get(id) ?? id;
}
