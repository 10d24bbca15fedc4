import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import {
	type DecisionBody,
	type DecisionView,
	getDecisionRoute,
	recordDecisionRoute,
} from "../../../model/api/decisions.ts";
import { call } from "../../lib/api.ts";
import { offeringQuery, planQuery } from "../workspace/api.ts";

/** How often a decision whose registrants are still being told is read again. */
const pendingRefetchMs = 3000;

/** An offering's decision and its follow-through; read again while the follow-through is pending. */
export const decisionQuery = (institution: string, offering: string) =>
	queryOptions({
		queryKey: ["decision", institution, offering],
		queryFn: async (): Promise<DecisionView> =>
			(await call(getDecisionRoute, { params: { id: offering }, query: { institution } })).body,
		refetchInterval: (query) =>
			query.state.data?.followThrough?.state === "pending" ? pendingRefetchMs : false,
	});

/**
 * Records the decision on the saved offering, If-Match its ETag as read now, then reloads the
 * plan (the decision and the done milestone are in it) and shows the answer's follow-through.
 */
export function useRecordDecision(institution: string, offering: string) {
	const queryClient = useQueryClient();
	return useMutation({
		mutationFn: async (body: DecisionBody): Promise<DecisionView> => {
			const { etag } = await queryClient.fetchQuery({
				...offeringQuery(institution, offering),
				staleTime: 0,
			});
			const answer = await call(recordDecisionRoute, {
				params: { id: offering },
				query: { institution },
				body,
				ifMatch: etag,
			});
			return answer.body;
		},
		onSuccess: async (view) => {
			queryClient.setQueryData(decisionQuery(institution, offering).queryKey, view);
			queryClient.removeQueries({ queryKey: offeringQuery(institution, offering).queryKey });
			await queryClient.invalidateQueries({ queryKey: planQuery(institution).queryKey });
		},
	});
}
