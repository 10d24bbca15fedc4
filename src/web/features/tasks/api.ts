import { type QueryClient, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { getCalendarRoute, resetCalendarRoute } from "../../../model/api/calendar.ts";
import { getDigestRoute, updateDigestRoute } from "../../../model/api/digests.ts";
import { updateMilestoneRoute } from "../../../model/api/offerings.ts";
import { ApiError, call } from "../../lib/api.ts";
import { offeringQuery, planQuery } from "../workspace/api.ts";

/** Which milestone to mark done, in which institution, on which day. */
export interface MarkDone {
	institution: string;
	offering: string;
	key: string;
	today: string;
}

/**
 * Marks a milestone done today with `If-Match` the offering's current ETag. A status is one
 * field, so when someone else changed the offering in between (412) it reads the ETag again and
 * tries once more. The plan is then read again, so every view shows the change.
 */
export async function markDone(queryClient: QueryClient, task: MarkDone): Promise<void> {
	const offering = offeringQuery(task.institution, task.offering);
	const attempt = async () => {
		const { etag } = await queryClient.fetchQuery({ ...offering, staleTime: 0 });
		await call(updateMilestoneRoute, {
			params: { id: task.offering, key: task.key },
			query: { institution: task.institution },
			body: { status: "done", doneOn: task.today },
			ifMatch: etag,
		});
	};
	try {
		await attempt();
	} catch (error) {
		if (!(error instanceof ApiError && error.status === 412)) throw error;
		await attempt();
	} finally {
		// The offering's ETag has moved on: an edit must start from the new version.
		queryClient.removeQueries({ queryKey: offering.queryKey });
	}
	await queryClient.invalidateQueries({ queryKey: planQuery(task.institution).queryKey });
}

/** Marks one milestone done (`markDone`), with its pending state and error for the button. */
export function useMarkDone() {
	const queryClient = useQueryClient();
	return useMutation({ mutationFn: (task: MarkDone) => markDone(queryClient, task) });
}

/** The address of the signed-in person's task calendar (made on first asking). */
export const calendarQuery = queryOptions({
	queryKey: ["calendar"],
	queryFn: async () => (await call(getCalendarRoute)).body.url,
	staleTime: Number.POSITIVE_INFINITY,
});

/** Makes a new calendar address; the old one stops working at once. */
export function useResetCalendar() {
	const queryClient = useQueryClient();
	return useMutation({
		mutationFn: async () => (await call(resetCalendarRoute)).body.url,
		onSuccess: (url) => queryClient.setQueryData(calendarQuery.queryKey, url),
	});
}

/** Whether the signed-in person gets the digests of their tasks. */
export const digestQuery = queryOptions({
	queryKey: ["digest"],
	queryFn: async () => (await call(getDigestRoute)).body,
});

/** Stops the digests (`true`) or has them sent again (`false`). */
export function useSetDigest() {
	const queryClient = useQueryClient();
	return useMutation({
		mutationFn: async (optedOut: boolean) =>
			(await call(updateDigestRoute, { body: { optedOut } })).body,
		onSuccess: (digest) => queryClient.setQueryData(digestQuery.queryKey, digest),
	});
}
