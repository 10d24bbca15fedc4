import type { FindingTexts } from "./context.ts";
import { count, hours, list } from "./wording.ts";

/** One task that fills an overloaded week: its offering's name, its label and its hours. */
export interface WeekTask {
	offering: string;
	label: string;
	hours: number;
}

/**
 * OVER_CAPACITY: `role` has `hours` in `week` (from `monday`) against `capacity`; `tasks` are the
 * largest few, `more` how many are left out, and `move` the task to move a week earlier, if any.
 */
export function overCapacityTexts(p: {
	role: string;
	hours: number;
	week: string;
	monday: string;
	capacity: number;
	tasks: readonly WeekTask[];
	more: number;
	move: { offering: string; label: string } | undefined;
}): FindingTexts {
	const { move, tasks, ...figures } = p;
	const named = tasks.map((task) => `${task.offering}: ${task.label} (${hours(task.hours)})`);
	const shown = p.more > 0 ? [...named, count(p.more, "more task")] : named;
	const extra = p.hours - p.capacity;
	const spread = move
		? `spread these tasks over the weeks around it (for example, do “${move.label}” of ${move.offering} a week earlier), or `
		: "";
	return {
		message:
			`${p.role} has ${hours(p.hours)} planned in week ${p.week} (from ${p.monday}), ` +
			`capacity ${hours(p.capacity)}: ${list(shown)}`,
		suggestion: `${spread}add ${hours(extra)} of ${p.role} capacity for week ${p.week}`,
		params: {
			case: move ? "spread" : "add",
			...figures,
			tasks: tasks.map((task) => ({ ...task })),
			extra,
			...(move && { moveTask: move.label, moveOffering: move.offering }),
		},
	};
}

/** MILESTONE_IN_PAST: `label` was due on `due`, `daysAgo` days ago; `owner` is a name, if any. */
export function milestoneInPastTexts(p: {
	label: string;
	due: string;
	daysAgo: number;
	status: "todo" | "doing";
	owner: string | undefined;
}): FindingTexts {
	const { owner, ...rest } = p;
	return {
		message: `${p.label} was due on ${p.due}, ${count(p.daysAgo, "day")} ago, and is ${p.status === "doing" ? "still in progress" : "not started"}`,
		suggestion: owner
			? `ask ${owner} to finish it now, or mark it done if it is`
			: "name an owner to finish it now, or mark it done if it is",
		params: { case: owner ? "owner" : "nobody", ...rest, ...(owner !== undefined && { owner }) },
	};
}

/** What holds a release back (NOT_RELEASED), as its params name it. */
export type ReleaseHold =
	| { hold: "heldBack" }
	| { hold: "noMilestone"; milestoneKey: string }
	| {
			hold: "milestone";
			label: string;
			status: "todo" | "doing";
			role: string;
			owner: string | undefined;
	  };

/**
 * NOT_RELEASED: due in the catalogue since `publication`; `deciding` says where today lies from
 * the decision window: before it (`windowFrom`), in it (`windowTo`) or after it.
 */
export function notReleasedTexts(
	p: {
		publication: string;
		deciding: "before" | "during" | "after";
		windowFrom: string;
		windowTo: string;
	},
	why: ReleaseHold,
): FindingTexts {
	const deciding =
		p.deciding === "before"
			? `, and the decision window opens on ${p.windowFrom}`
			: p.deciding === "during"
				? ` while they decide until ${p.windowTo}`
				: "";
	const { cause, suggestion } = holdTexts(why);
	return {
		message: `due in the catalogue since ${p.publication}, but not released: learners cannot see it${deciding}; ${cause}`,
		suggestion,
		params: { ...p, ...holdParams(why) },
	};
}

/** The hold's values; `case` is its kind, or for a milestone whether it has an owner. */
function holdParams(why: ReleaseHold): Record<string, string> {
	if (why.hold !== "milestone") return { ...why, case: why.hold };
	const { owner, ...milestone } = why;
	return { ...milestone, case: owner === undefined ? "nobody" : "owner", ...(owner && { owner }) };
}

function holdTexts(why: ReleaseHold): { cause: string; suggestion: string } {
	switch (why.hold) {
		case "heldBack":
			return {
				cause: "it is held back (released: false)",
				suggestion:
					'release it now (released: true); if something is still open, announce it as "planned" with dates, fee and a contact',
			};
		case "noMilestone":
			return {
				cause: `its template has no ${why.milestoneKey} milestone to mark done`,
				suggestion: "publish it now and set released: true",
			};
		case "milestone":
			return {
				cause: `“${why.label}” is ${why.status === "doing" ? "in progress" : "not started"}`,
				suggestion: why.owner
					? `ask ${why.owner} to publish it now and mark “${why.label}” done`
					: `name a ${why.role} owner to publish it now, and mark “${why.label}” done`,
			};
	}
}
