import { pastOutcomes } from "../model/offering.ts";
import type { SheetColumn } from "./columns.ts";

/** One column of a history sheet (past offerings), and where its value sits in a past offering. */
export interface HistoryColumn extends SheetColumn {
	target: { path: readonly [string] | readonly [string, string] };
}

const column = (
	name: string,
	path: readonly [string] | readonly [string, string],
	rest: Omit<HistoryColumn, "name" | "target">,
): HistoryColumn => ({ name, ...rest, target: { path } });

/**
 * The columns of a history sheet, in the order the writers put them: one row per past offering,
 * as the plan's `history` holds it (docs/spreadsheets.md#past-offerings).
 */
export const historyColumns: readonly HistoryColumn[] = [
	column("id", ["id"], {
		required: true,
		description: "the past offering's id, unique in the institution and not an offering's id",
		example: "mig-welding-2025-autumn",
		kind: "id",
	}),
	column("title", ["title"], {
		required: true,
		description: "the course title",
		example: "MIG/MAG welding basics",
		kind: "text",
	}),
	column("field", ["field"], {
		required: false,
		description: "field of study, to compare fill by field",
		example: "engineering",
		kind: "text",
	}),
	column("intake", ["intake"], {
		required: false,
		description: "id of the intake it ran in, with its year",
		example: "autumn-2025",
		kind: "id",
	}),
	column("publication", ["publication"], {
		required: true,
		description: "the day it was made public",
		example: "2025-03-17",
		kind: "date",
	}),
	column("start", ["start"], {
		required: true,
		description: "first day of the course, on or after the publication",
		example: "2025-09-22",
		kind: "date",
	}),
	column("minParticipants", ["participants", "min"], {
		required: true,
		description: "smallest group that would go ahead",
		example: "8",
		kind: "whole-number",
	}),
	column("maxParticipants", ["participants", "max"], {
		required: true,
		description: "largest group, at least minParticipants",
		example: "12",
		kind: "whole-number",
	}),
	column("finalRegistrations", ["finalRegistrations"], {
		required: true,
		description:
			"registrations at the end: enrolled when it ran, registered when it was cancelled; at most maxParticipants",
		example: "12",
		kind: "whole-number",
	}),
	column("outcome", ["outcome"], {
		required: false,
		description: "whether it ran or was cancelled; empty: ran",
		example: "ran",
		kind: "choice",
		choices: pastOutcomes,
	}),
	column("communicationSpend", ["communicationSpend"], {
		required: false,
		description: "what was spent on communication for it, in the institution's currency",
		example: "450",
		kind: "number",
	}),
	column("channels", ["channels"], {
		required: false,
		description:
			"the final registrations by the channel they came through (ids), adding up to finalRegistrations at most",
		example: "web: 7; partner: 3",
		kind: "counts",
	}),
	column("registrations", ["registrations"], {
		required: false,
		description: "registrations so far on each date (cumulative counts), one count per date",
		example: "2025-05-02: 3; 2025-07-01: 8",
		kind: "dated-counts",
	}),
	column("decisionWindowFrom", ["decisionWindow", "from"], {
		required: false,
		description:
			"first day of the learners' decision window of its intake; empty: the plan's intakes tell",
		example: "2025-03-24",
		kind: "date",
	}),
	column("decisionWindowTo", ["decisionWindow", "to"], {
		required: false,
		description: "last day of that decision window, on or after decisionWindowFrom",
		example: "2025-06-30",
		kind: "date",
	}),
	column("end", ["end"], {
		required: false,
		description:
			"last day of the course, on or after start; its registrations are kept for the retention period after it",
		example: "2025-12-12",
		kind: "date",
	}),
];

const byName = new Map(historyColumns.map((entry) => [entry.name.toLowerCase(), entry]));
const byPath = new Map(historyColumns.map((entry) => [entry.target.path.join("."), entry]));

/** The history column for a header text, matched without regard to case and surrounding spaces. */
export function historyColumnNamed(header: string): HistoryColumn | undefined {
	return byName.get(header.trim().toLowerCase());
}

/**
 * The columns a problem at a path of a past offering is about, as a zod issue or a plan problem
 * names it: `participants.max` is maxParticipants, `channels.web` and `registrations[2].date`
 * their cell, a whole missing `participants` both of its columns, and a decision window that
 * ends before it starts its last day.
 */
export function historyColumnsOfPath(path: readonly PropertyKey[]): HistoryColumn[] {
	const [first, second] = path.map(String);
	const field = byPath.get(`${first}.${second}`) ?? byPath.get(String(first));
	if (field !== undefined) return [field];
	const group = historyColumns.filter(({ target }) => target.path[0] === first);
	const required = group.filter((entry) => entry.required);
	return required.length > 0 ? required : group.slice(-1);
}
