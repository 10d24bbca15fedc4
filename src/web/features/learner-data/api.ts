import { useMutation } from "@tanstack/react-query";
import { eraseLearnerDataRoute, exportLearnerDataRoute } from "../../../model/api/learner-data.ts";
import { call } from "../../lib/api.ts";

/**
 * Looks up what the institution keeps about an e-mail address. A mutation, not a query: the
 * address goes in a POST body, and what a person's data was is kept in no cache.
 */
export function useLookUpLearner(institutionId: string) {
	return useMutation({
		mutationFn: async (email: string) =>
			(await call(exportLearnerDataRoute, { params: { id: institutionId }, body: { email } })).body,
	});
}

/** Erases everything the institution keeps about an e-mail address. */
export function useEraseLearner(institutionId: string) {
	return useMutation({
		mutationFn: async (email: string) =>
			(await call(eraseLearnerDataRoute, { params: { id: institutionId }, body: { email } })).body,
	});
}
