import type { MilestonePatch } from "../model/api/offerings.ts";
import { defaultTemplate } from "../model/default-template.ts";
import { nextProgress } from "../model/milestone-progress.ts";
import type { Offering } from "../model/offering.ts";
import { institutionsWithOffering } from "../store/institution-repository.ts";
import type { Versioned } from "../store/rows.ts";
import type { Actor } from "./actor.ts";
import type { ServiceContext } from "./context.ts";
import { KairosError, notFound } from "./errors.ts";
import { resourceKinds } from "./resource-kinds.ts";
import { getResource, updateResource } from "./resources.ts";

/**
 * The institution of an offering addressed by id alone, or the one `?institution=` names. Staff
 * look in their own institution; an administrator must name the institution when the id is
 * used by more than one.
 */
export async function institutionOfOffering(
	context: ServiceContext,
	actor: Actor,
	offeringId: string,
	named?: string,
): Promise<string> {
	// A named institution is taken as named; the route then refuses one that is not the actor's.
	if (named !== undefined) return named;
	if (actor.institutionId !== null) return actor.institutionId;
	const holders = await institutionsWithOffering(context.store.db, offeringId);
	const [only] = holders;
	if (only === undefined) throw notFound(`offering "${offeringId}"`);
	if (holders.length > 1) {
		throw new KairosError(
			"conflict",
			`offering "${offeringId}" exists in ${holders.join(", ")}: add ?institution=ID`,
		);
	}
	return only;
}

/** A change to one milestone's progress, as the API's `milestonePatch` takes it. */
export type MilestoneChange = MilestonePatch;

/**
 * Changes one milestone's progress. The offering's ETag covers its milestones, so the change is
 * conditional on the offering's version like any other change to it.
 */
export async function updateMilestone(
	context: ServiceContext,
	institutionId: string,
	offeringId: string,
	key: string,
	change: MilestoneChange,
	expectedVersion: number,
	actor: Actor,
): Promise<Versioned<Offering>> {
	const current = await getResource(context, resourceKinds.offerings, institutionId, offeringId);
	const templateKeys = await milestoneKeys(context, institutionId, current.value.template);
	if (!templateKeys.has(key)) throw notFound(`milestone "${key}" of offering "${offeringId}"`);
	const progress = nextProgress(current.value.milestoneStatus?.[key], change);
	return updateResource(
		context,
		resourceKinds.offerings,
		institutionId,
		offeringId,
		(before) => ({ ...before, milestoneStatus: { ...before.milestoneStatus, [key]: progress } }),
		expectedVersion,
		actor,
	);
}

async function milestoneKeys(
	context: ServiceContext,
	institutionId: string,
	templateId: string | undefined,
): Promise<Set<string>> {
	if (templateId === undefined || templateId === defaultTemplate.id) {
		const custom = await getResource(
			context,
			resourceKinds.templates,
			institutionId,
			defaultTemplate.id,
		).catch((error: unknown) => {
			if (error instanceof KairosError && error.code === "not_found") return undefined;
			throw error;
		});
		return new Set((custom?.value ?? defaultTemplate).milestones.map((milestone) => milestone.key));
	}
	const template = await getResource(context, resourceKinds.templates, institutionId, templateId);
	return new Set(template.value.milestones.map((milestone) => milestone.key));
}
