import type { DecisionOutcome, RegistrationCount } from "../model/offering.ts";
import { maxItems, maxLength } from "../model/primitives.ts";
import { cumulativeCounts } from "./recorded-registrations.ts";

/**
 * What the final counts need of one registration stored in Kairos: its state now, its `source`,
 * and the days (`YYYY-MM-DD`, the institution's) on which it first took a place or joined the
 * waitlist and on which it was withdrawn.
 */
export interface StoredRegistration {
	state: string;
	source: string;
	/** Null while it never applied: an interest only. */
	appliedOn: string | null;
	withdrawnOn: string | null;
}

/** A finished offering's real counts: the final registrations, by channel and by date. */
export interface FinalCounts {
	finalRegistrations: number;
	channels?: Record<string, number>;
	registrations?: RegistrationCount[];
}

/** The channel of the registrations whose channels are more than a past offering may list. */
const otherChannel = "other";

/**
 * The channel a registration came through, as a slug (docs/analysis.md): `utm:facebook/cpc/x`
 * → `facebook`, `referrer:www.tootukassa.ee` → `tootukassa-ee`, `direct` → `web`, and `staff`
 * and `import` as they are. Anything else, and a source naming nothing, is `other`.
 */
export function channelOf(source: string): string {
	if (source === "direct") return "web";
	if (source === "staff" || source === "import") return source;
	if (source.startsWith("utm:")) return slugOf(source.slice(4).split("/")[0] ?? "");
	if (source.startsWith("referrer:")) return slugOf(source.slice(9).replace(/^www\./, ""));
	return otherChannel;
}

function slugOf(text: string): string {
	const slug = text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, "-")
		.replace(/^-+|-+$/g, "")
		.slice(0, maxLength.id)
		.replace(/-+$/, "");
	return slug === "" ? otherChannel : slug;
}

/**
 * The real counts of a finished offering from its registrations stored in Kairos, or undefined
 * when none of them ever took a place (then the plan's own counts are all there is). Counted:
 * for one that ran, those enrolled; for a cancelled one, those who held a place or waited on
 * the day it was decided (`decidedOn`): applied by then and not withdrawn by then. At most `max`
 * are counted, the first to apply, as a group holds no more. Their channels come from their
 * sources, and the cumulative counts from the days they applied.
 */
export function finalCountsFromRegistrations(
	stored: readonly StoredRegistration[],
	finished: { outcome: "ran" | "cancelled"; decidedOn: string; max: number },
): FinalCounts | undefined {
	const applied = stored.filter(
		(registration): registration is StoredRegistration & { appliedOn: string } =>
			registration.appliedOn !== null,
	);
	if (applied.length === 0) return undefined;
	const counted = applied
		.filter((registration) =>
			finished.outcome === "ran"
				? registration.state === "enrolled"
				: registration.appliedOn <= finished.decidedOn &&
					(registration.withdrawnOn === null || registration.withdrawnOn > finished.decidedOn),
		)
		.sort((a, b) => (a.appliedOn < b.appliedOn ? -1 : a.appliedOn > b.appliedOn ? 1 : 0))
		.slice(0, finished.max);
	return {
		finalRegistrations: counted.length,
		...(counted.length > 0 && {
			channels: byChannel(counted.map((registration) => channelOf(registration.source))),
			registrations: cumulativeCounts(counted.map((registration) => registration.appliedOn)),
		}),
	};
}

/**
 * The real counts from the plan's own cumulative counts, each held to the group's maximum: the
 * last is the final count; no channels are known.
 */
export function finalCountsFromPlan(
	counts: readonly RegistrationCount[] | undefined,
	max: number,
): FinalCounts {
	const sorted = [...(counts ?? [])].sort((a, b) =>
		a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
	);
	const held = sorted.map((entry) => ({ date: entry.date, count: Math.min(entry.count, max) }));
	return {
		finalRegistrations: held[held.length - 1]?.count ?? 0,
		...(held.length > 0 && { registrations: held }),
	};
}

/** How many came through each channel; beyond the most a past offering lists, the rest as `other`. */
function byChannel(channels: readonly string[]): Record<string, number> {
	const counts = new Map<string, number>();
	for (const channel of channels) counts.set(channel, (counts.get(channel) ?? 0) + 1);
	if (counts.size <= maxItems.channels)
		return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : 1)));
	const ranked = [...counts]
		.filter(([channel]) => channel !== otherChannel)
		.sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
	const kept = ranked.slice(0, maxItems.channels - 1);
	const rest = channels.length - kept.reduce((sum, [, count]) => sum + count, 0);
	return Object.fromEntries(
		[...kept, [otherChannel, rest] as const].sort(([a], [b]) => (a < b ? -1 : 1)),
	);
}

/** Whether a decision's outcome means the course did not run. */
export function cancels(outcome: DecisionOutcome | undefined): boolean {
	return outcome === "no-go" || outcome === "postpone" || outcome === "merge";
}
