import {
	type QueryClient,
	queryOptions,
	useMutation,
	useQuery,
	useQueryClient,
} from "@tanstack/react-query";
import { acceptInvitationRoute, getInvitationRoute } from "../../../model/api/invitations.ts";
import {
	changePasswordRoute,
	type Me,
	meRoute,
	signInRoute,
	signOutRoute,
} from "../../../model/api/session.ts";
import { ApiError, call, setCsrfToken } from "../../lib/api.ts";
import { forgetStoredDrafts } from "../workspace/draft-storage.ts";

/** The signed-in account, or null when nobody is signed in. */
export const meQuery = queryOptions({
	queryKey: ["me"],
	queryFn: async (): Promise<Me | null> => {
		try {
			const { body } = await call(meRoute);
			setCsrfToken(body.csrfToken);
			return body;
		} catch (error) {
			if (error instanceof ApiError && error.status === 401) return null;
			throw error;
		}
	},
	staleTime: 60_000,
});

/** A new person (or nobody) is signed in: nothing read for the one before is kept. */
function forgetAllBut(queryClient: QueryClient, me: Me | null): void {
	queryClient.setQueryData(meQuery.queryKey, me);
	queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== "me" });
}

export function useMe() {
	return useQuery(meQuery);
}

/** Signs in; the session lives in an HttpOnly cookie, the CSRF token in memory. */
export function useSignIn() {
	const queryClient = useQueryClient();
	return useMutation({
		mutationFn: async (credentials: { email: string; password: string }) =>
			(await call(signInRoute, { body: credentials })).body,
		onSuccess: (me) => {
			setCsrfToken(me.csrfToken);
			forgetAllBut(queryClient, me);
			forgetStoredDrafts(me.id);
		},
	});
}

export function useSignOut() {
	const queryClient = useQueryClient();
	return useMutation({
		mutationFn: async () => {
			await call(signOutRoute);
		},
		onSettled: () => {
			setCsrfToken(undefined);
			forgetAllBut(queryClient, null);
			forgetStoredDrafts();
		},
	});
}

export function useChangePassword() {
	const queryClient = useQueryClient();
	return useMutation({
		mutationFn: async (change: { currentPassword: string; newPassword: string }) =>
			(await call(changePasswordRoute, { body: change })).body,
		onSuccess: (me) => {
			setCsrfToken(me.csrfToken);
			queryClient.setQueryData(meQuery.queryKey, me);
		},
	});
}

/** The invitation a link carries: who the person will be. */
export const invitationQuery = (token: string) =>
	queryOptions({
		queryKey: ["invitation", token],
		queryFn: async () => (await call(getInvitationRoute, { params: { token } })).body,
		retry: false,
	});

/** Accepts an invitation by setting a password; the person is then signed in. */
export function useAcceptInvitation(token: string) {
	const queryClient = useQueryClient();
	return useMutation({
		mutationFn: async (password: string) =>
			(await call(acceptInvitationRoute, { params: { token }, body: { password } })).body,
		onSuccess: (me) => {
			setCsrfToken(me.csrfToken);
			forgetAllBut(queryClient, me);
			forgetStoredDrafts(me.id);
		},
	});
}
