import { localDate } from "../engine/days.ts";
import { cumulativeCounts } from "../engine/recorded-registrations.ts";
import type { RegistrationCount } from "../model/offering.ts";
import { placesHeld } from "../store/registration-state-repository.ts";
import type { ServiceContext } from "./context.ts";

/**
 * Each offering's cumulative count of the registrations that hold a place now (applied or
 * enrolled), by the day in the institution's time zone on which each applied: what the fill
 * forecast and the catalogue count beside the plan file's own counts.
 */
export async function recordedRegistrationCounts(
	context: ServiceContext,
	institutionId: string,
	timeZone: string,
): Promise<Map<string, RegistrationCount[]>> {
	const days = new Map<string, string[]>();
	for (const { offeringId, appliedAt } of await placesHeld(context.store.db, institutionId)) {
		const list = days.get(offeringId) ?? [];
		list.push(localDate(new Date(appliedAt), timeZone));
		days.set(offeringId, list);
	}
	return new Map([...days].map(([offeringId, applied]) => [offeringId, cumulativeCounts(applied)]));
}
