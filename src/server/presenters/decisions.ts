import type { DecisionView } from "../../model/api/decisions.ts";
import type { DecisionState } from "../../service/decisions.ts";

/** An offering's decision and its follow-through, as the API shows them. */
export function presentDecision(state: DecisionState): DecisionView {
	const { decision, followThrough } = state;
	return {
		offering: state.offering,
		decision: decision ?? null,
		followThrough:
			decision === undefined
				? null
				: followThrough === undefined
					? { state: "pending" }
					: {
							state: "done",
							completedAt: followThrough.completedAt,
							mails: followThrough.mails,
							moved: followThrough.moved,
						},
		...(state.created !== undefined && { created: state.created }),
	};
}
