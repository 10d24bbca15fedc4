import type { OfferingReport, PlanReport } from "../model/report.ts";

/** The offerings of one intake, sorted by start. `intake` is null for offerings without one. */
export interface IntakeGroup {
	intake: string | null;
	label: string;
	offerings: OfferingReport[];
}

/**
 * Groups offerings by intake, in the report's intake order (by studies start); intakes the
 * report does not list follow by their first start, and offerings without an intake come last.
 */
export function groupByIntake(report: PlanReport): IntakeGroup[] {
	const byIntake = new Map<string | null, OfferingReport[]>();
	for (const offering of report.offerings) {
		const members = byIntake.get(offering.intake) ?? [];
		members.push(offering);
		byIntake.set(offering.intake, members);
	}
	const order = new Map(report.intakes.map((intake, index) => [intake.id, index]));
	const labels = new Map(report.intakes.map((intake) => [intake.id, intake.label]));
	const groups = [...byIntake].map(
		([intake, offerings]): IntakeGroup => ({
			intake,
			label: intake === null ? "No intake" : (labels.get(intake) ?? intake),
			offerings: offerings.sort(
				(a, b) => compare(a.start, b.start) || compare(a.title, b.title) || compare(a.id, b.id),
			),
		}),
	);
	return groups.sort((a, b) => rank(a) - rank(b) || compare(firstStart(a), firstStart(b)));

	function rank(group: IntakeGroup): number {
		if (group.intake === null) return Number.MAX_SAFE_INTEGER;
		return order.get(group.intake) ?? Number.MAX_SAFE_INTEGER - 1;
	}
}

function firstStart(group: IntakeGroup): string {
	return group.offerings[0]?.start ?? "";
}

/** Code-unit order, so the page never depends on the machine's locale. */
function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
