import type { MilestoneProgressView } from "../../model/api/offerings.ts";
import type { Offering } from "../../model/offering.ts";

/** One milestone's progress of an offering, always in its long form. */
export function presentMilestoneProgress(offering: Offering, key: string): MilestoneProgressView {
	const progress = offering.milestoneStatus?.[key];
	const detail = typeof progress === "object" ? progress : { status: progress ?? "todo" };
	return { offering: offering.id, key, ...detail };
}
