import { nextProgress } from "../../../model/milestone-progress.ts";
import type { MilestoneStatus, Offering } from "../../../model/offering.ts";

/** What a person changes in one row of the marketing plan. */
export type MilestoneEdit =
	| { field: "status"; status: MilestoneStatus; today: string }
	| { field: "owner"; owner: string | null }
	| { field: "due"; due: string; computed: string | undefined }
	| { field: "due"; due: null };

/**
 * The offering with one milestone's progress changed, in the plan file's own form: marking a
 * milestone done records today as the day it was done (and undoing it forgets that day), an
 * owner of `null` gives the milestone back to the role's owner, and a due date equal to the
 * template's date (or `null`) goes back to the template's.
 */
export function withMilestoneEdit(offering: Offering, key: string, edit: MilestoneEdit): Offering {
	const current = offering.milestoneStatus?.[key];
	const progress = nextProgress(current, changeOf(edit));
	return { ...offering, milestoneStatus: { ...offering.milestoneStatus, [key]: progress } };
}

function changeOf(edit: MilestoneEdit) {
	switch (edit.field) {
		case "status":
			return { status: edit.status, doneOn: edit.status === "done" ? edit.today : null };
		case "owner":
			return { owner: edit.owner };
		case "due":
			return { due: edit.due === null || edit.due === edit.computed ? null : edit.due };
	}
}
