import type { z } from "zod";
import { type ResourceKindName, resourceKindContracts } from "../model/api/resources.ts";
import type { PlanFile } from "../model/plan-file.ts";
import type { ResourceTableName } from "../store/schema.ts";

/** A kind of plan resource that staff create, read, update and delete one by one. */
export interface ResourceKind<T extends { id: string }> {
	/** The URL segment, e.g. `offerings`. */
	name: ResourceKindName;
	/** The word for one, e.g. `offering`. */
	noun: string;
	table: ResourceTableName;
	schema: z.ZodType<T>;
	/** Where the list sits in a plan file, for problem paths. */
	path: string;
	list(plan: PlanFile): readonly T[];
	withList(plan: PlanFile, list: T[]): PlanFile;
}

type Item<Name extends ResourceKindName> = z.infer<(typeof resourceKindContracts)[Name]["schema"]>;

function kind<Name extends ResourceKindName>(
	name: Name,
	table: ResourceTableName,
	path: string,
	list: (plan: PlanFile) => readonly Item<Name>[] | undefined,
	withList: (plan: PlanFile, list: Item<Name>[]) => PlanFile,
): ResourceKind<Item<Name>> {
	const contract = resourceKindContracts[name];
	return {
		name,
		noun: contract.noun,
		table,
		schema: contract.schema as unknown as z.ZodType<Item<Name>>,
		path,
		list: (plan) => list(plan) ?? [],
		withList,
	};
}

export const resourceKinds = {
	intakes: kind(
		"intakes",
		"intakes",
		"intakes",
		(plan) => plan.intakes,
		(plan, intakes) => ({ ...plan, intakes }),
	),
	qualifications: kind(
		"qualifications",
		"qualifications",
		"qualifications",
		(plan) => plan.qualifications,
		(plan, qualifications) => ({ ...plan, qualifications }),
	),
	templates: kind(
		"templates",
		"templates",
		"templates",
		(plan) => plan.templates,
		(plan, templates) => ({ ...plan, templates }),
	),
	offerings: kind(
		"offerings",
		"offerings",
		"offerings",
		(plan) => plan.offerings,
		(plan, offerings) => ({ ...plan, offerings }),
	),
	people: kind(
		"people",
		"people",
		"institution.people",
		(plan) => plan.institution.people,
		(plan, people) => ({ ...plan, institution: { ...plan.institution, people } }),
	),
} as const;
