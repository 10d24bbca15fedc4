import type { z } from "zod";
import { person } from "../model/institution.ts";
import { intake } from "../model/intake.ts";
import { offering } from "../model/offering.ts";
import type { PlanFile } from "../model/plan-file.ts";
import { qualification } from "../model/qualification.ts";
import { template } from "../model/template.ts";
import type { ResourceTableName } from "../store/schema.ts";

/** A kind of plan resource that the API lets staff create, read, update and delete one by one. */
export interface ResourceKind<T extends { id: string }> {
	/** The URL segment, e.g. `offerings`. */
	name: string;
	/** The word for one, e.g. `offering`. */
	noun: string;
	table: ResourceTableName;
	schema: z.ZodType<T>;
	/** Where the list sits in a plan file, for problem paths. */
	path: string;
	list(plan: PlanFile): readonly T[];
	withList(plan: PlanFile, list: T[]): PlanFile;
}

type Item<S extends z.ZodType> = z.infer<S> & { id: string };

function kind<S extends z.ZodType>(
	name: string,
	noun: string,
	table: ResourceTableName,
	schema: S,
	path: string,
	list: (plan: PlanFile) => readonly Item<S>[] | undefined,
	withList: (plan: PlanFile, list: Item<S>[]) => PlanFile,
): ResourceKind<Item<S>> {
	return {
		name,
		noun,
		table,
		schema: schema as unknown as z.ZodType<Item<S>>,
		path,
		list: (plan) => list(plan) ?? [],
		withList,
	};
}

export const resourceKinds = {
	intakes: kind(
		"intakes",
		"intake",
		"intakes",
		intake,
		"intakes",
		(plan) => plan.intakes,
		(plan, intakes) => ({ ...plan, intakes }),
	),
	qualifications: kind(
		"qualifications",
		"qualification",
		"qualifications",
		qualification,
		"qualifications",
		(plan) => plan.qualifications,
		(plan, qualifications) => ({ ...plan, qualifications }),
	),
	templates: kind(
		"templates",
		"template",
		"templates",
		template,
		"templates",
		(plan) => plan.templates,
		(plan, templates) => ({ ...plan, templates }),
	),
	offerings: kind(
		"offerings",
		"offering",
		"offerings",
		offering,
		"offerings",
		(plan) => plan.offerings,
		(plan, offerings) => ({ ...plan, offerings }),
	),
	people: kind(
		"people",
		"person",
		"people",
		person,
		"institution.people",
		(plan) => plan.institution.people,
		(plan, people) => ({ ...plan, institution: { ...plan.institution, people } }),
	),
} as const;

export type ResourceKindName = keyof typeof resourceKinds;
