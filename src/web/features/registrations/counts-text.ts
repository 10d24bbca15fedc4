import type { TFunction } from "i18next";
import type { StateCounts } from "../../../model/api/registrations.ts";
import { registrationStates, takesPlace } from "../../../model/registration-lifecycle.ts";

/** "5 applied, 2 waitlisted": the states an offering has registrations in, in lifecycle order. */
export function countsText(t: TFunction<"registrations">, counts: StateCounts | undefined): string {
	const parts = registrationStates
		.filter((state) => (counts?.[state] ?? 0) > 0)
		.map((state) => t(`count.${state}`, { count: counts?.[state] ?? 0 }));
	return parts.length === 0 ? t("none") : parts.join(", ");
}

/** How many of the group's places are taken: applied and enrolled. */
export function placesTaken(counts: StateCounts | undefined): number {
	return registrationStates
		.filter(takesPlace)
		.reduce((sum, state) => sum + (counts?.[state] ?? 0), 0);
}

/** How many registrations there are, in every state. */
export function totalOf(counts: StateCounts | undefined): number {
	return registrationStates.reduce((sum, state) => sum + (counts?.[state] ?? 0), 0);
}
