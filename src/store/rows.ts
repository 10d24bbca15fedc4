import type { Person } from "../model/institution.ts";
import type { Intake } from "../model/intake.ts";
import type { Offering, PastOffering } from "../model/offering.ts";
import type { Qualification } from "../model/qualification.ts";
import type { Template } from "../model/template.ts";
import type { ResourceTableName } from "./schema.ts";

/** The plan-file type each resource table holds. */
export interface ResourceBodies {
	people: Person;
	intakes: Intake;
	qualifications: Qualification;
	templates: Template;
	offerings: OfferingBody;
	past_offerings: PastOffering;
}

/** An offering as stored: its progress and registrations live in tables of their own. */
export type OfferingBody = Omit<Offering, "milestoneStatus" | "registrations">;

/** A stored resource with its version, the basis of its ETag. */
export interface Versioned<T> {
	value: T;
	version: number;
}

/** The extra indexed columns of a table, derived from the body. */
export function indexedColumns<K extends ResourceTableName>(
	table: K,
	body: ResourceBodies[K],
): Record<string, string | null> {
	if (table === "past_offerings") return { end_date: (body as PastOffering).end ?? null };
	if (table !== "offerings") return {};
	const offering = body as OfferingBody;
	return { intake_id: offering.intake ?? null, start_date: offering.start, end_date: offering.end };
}

/** Splits an offering into what the offerings row holds and what lives beside it. */
export function splitOffering(offering: Offering): {
	body: OfferingBody;
	milestoneStatus: Offering["milestoneStatus"];
	registrations: Offering["registrations"];
} {
	const { milestoneStatus, registrations, ...body } = offering;
	return { body, milestoneStatus, registrations };
}
