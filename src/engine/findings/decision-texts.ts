import type { FindingTexts } from "./context.ts";
import { count } from "./wording.ts";

/**
 * GO_NO_GO_OVERDUE: the decision was due on `due` and the course starts on `start`;
 * `registered` is the latest registration count, when the plan records one; `owner` is the
 * name of who owns the go-no-go milestone, if anyone.
 */
export function goNoGoOverdueTexts(p: {
	due: string;
	start: string;
	registered: number | undefined;
	min: number;
	max: number;
	owner: string | undefined;
}): FindingTexts {
	const { owner, registered, ...rest } = p;
	const counts =
		registered === undefined
			? ""
			: `: ${count(registered, "registration")} for a group of ${p.min}–${p.max}`;
	const decide =
		"record the decision: go, no-go, postpone to the next intake or merge into another course, so that every registrant is told";
	return {
		message: `the go/no-go decision, due on ${p.due}, is not recorded${counts}, and the course starts on ${p.start}`,
		suggestion: owner ? `ask ${owner} to ${decide}` : decide,
		params: {
			case: owner ? "owner" : "nobody",
			counts: registered === undefined ? "unknown" : "known",
			...rest,
			...(registered !== undefined && { registered }),
			...(owner !== undefined && { owner }),
		},
	};
}
