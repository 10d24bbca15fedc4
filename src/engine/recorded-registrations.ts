import type { RegistrationCount } from "../model/offering.ts";
import type { PlanFile } from "../model/plan-file.ts";

/**
 * The plan with each offering's cumulative registration counts joined with the counts recorded
 * in Kairos (`recorded`, by offering id): on every date either gives, the larger of the two
 * cumulative counts. A count taken from the recorded ones and written into a plan file is
 * therefore not counted twice when that file comes back. Offerings without recorded counts are
 * kept as they are, and so is the plan when nothing is recorded.
 */
export function withRecordedRegistrations(
	plan: PlanFile,
	recorded: ReadonlyMap<string, readonly RegistrationCount[]>,
): PlanFile {
	if (recorded.size === 0) return plan;
	return {
		...plan,
		offerings: plan.offerings.map((offering) => {
			const counts = recorded.get(offering.id);
			if (!counts || counts.length === 0) return offering;
			return { ...offering, registrations: joinCounts(offering.registrations ?? [], counts) };
		}),
	};
}

/** Two cumulative step functions joined by their larger value on each date either has. */
export function joinCounts(
	first: readonly RegistrationCount[],
	second: readonly RegistrationCount[],
): RegistrationCount[] {
	const dates = [...new Set([...first, ...second].map((entry) => entry.date))].sort();
	const a = [...first].sort(byDate);
	const b = [...second].sort(byDate);
	let i = 0;
	let j = 0;
	let countA = 0;
	let countB = 0;
	return dates.map((date) => {
		for (; i < a.length && (a[i] as RegistrationCount).date <= date; i++)
			countA = (a[i] as RegistrationCount).count;
		for (; j < b.length && (b[j] as RegistrationCount).date <= date; j++)
			countB = (b[j] as RegistrationCount).count;
		return { date, count: Math.max(countA, countB) };
	});
}

const byDate = (x: RegistrationCount, y: RegistrationCount) =>
	x.date < y.date ? -1 : x.date > y.date ? 1 : 0;

/**
 * Cumulative counts from the days on which each registration that holds a place applied
 * (`YYYY-MM-DD`, in any order): one entry per day, the running total.
 */
export function cumulativeCounts(appliedOn: readonly string[]): RegistrationCount[] {
	const perDay = new Map<string, number>();
	for (const day of appliedOn) perDay.set(day, (perDay.get(day) ?? 0) + 1);
	let total = 0;
	return [...perDay.keys()].sort().map((date) => {
		total += perDay.get(date) ?? 0;
		return { date, count: total };
	});
}
