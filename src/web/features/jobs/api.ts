import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { listJobsRoute, runJobRoute } from "../../../model/api/jobs.ts";
import { call } from "../../lib/api.ts";

/** The background jobs with their latest runs, looked at again every 15 s while the view is open. */
export const jobsQuery = queryOptions({
	queryKey: ["jobs"],
	queryFn: async () => (await call(listJobsRoute)).body.items,
	refetchInterval: 15_000,
});

/** Asks the server to run a job now; the list is read again at once. */
export function useRunJob() {
	const queryClient = useQueryClient();
	return useMutation({
		mutationFn: async (name: string) => (await call(runJobRoute, { params: { name } })).body,
		onSuccess: () => queryClient.invalidateQueries({ queryKey: jobsQuery.queryKey }),
	});
}
