import type { Analysis, PastFacts, PooledCost } from "../../model/analysis.ts";
import { fitOf } from "./fits.ts";

/**
 * A past offering that ran, spent on communication and enrolled someone: a point of the
 * cost-per-enrolment line, which is descriptive only (spend is on both of its sides).
 */
export function withSpendAndEnrolments(fact: PastFacts): boolean {
	return fact.outcome === "ran" && fact.costPerEnrolment !== undefined;
}

/** Whether a past offering records its communication spend (0 included). */
export function recordsSpend(fact: PastFacts): boolean {
	return fact.communicationSpend !== undefined;
}

/**
 * What the communication spend went with: the cost-per-enrolment line (kept in the analysis for
 * its readers, read by nothing in the summary), the final registrations against the spend of
 * every past offering that records it (cancelled ones too: their registrations are what the spend
 * found, and leaving them out would keep only the offerings that filled), and the pooled cost
 * per enrolment of the courses that ran: all their spend ÷ all their enrolments.
 */
export function spendFigures(
	facts: readonly PastFacts[],
): Pick<Analysis, "spend" | "registrationsBySpend" | "costPerEnrolment"> {
	const recorded = facts.filter(recordsSpend);
	const ran = recorded.filter((fact) => fact.outcome === "ran");
	const spend = ran.reduce((total, fact) => total + (fact.communicationSpend ?? 0), 0);
	const enrolments = ran.reduce((total, fact) => total + fact.finalRegistrations, 0);
	const costPerEnrolment: PooledCost = {
		offerings: ran.length,
		spend,
		enrolments,
		perEnrolment: enrolments > 0 ? spend / enrolments : null,
	};
	return {
		spend:
			fitOf(
				facts.filter(withSpendAndEnrolments).map((fact) => ({
					x: fact.communicationSpend ?? 0,
					y: fact.costPerEnrolment ?? 0,
				})),
			)?.linear ?? null,
		registrationsBySpend:
			fitOf(
				recorded.map((fact) => ({ x: fact.communicationSpend ?? 0, y: fact.finalRegistrations })),
			)?.linear ?? null,
		costPerEnrolment,
	};
}
