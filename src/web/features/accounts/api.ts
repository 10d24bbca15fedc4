import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import {
	type AccountChange,
	type AccountInvitation,
	inviteAccountRoute,
	listAccountsRoute,
	reinviteAccountRoute,
	resetPasswordRoute,
	updateAccountRoute,
} from "../../../model/api/accounts.ts";
import { call } from "../../lib/api.ts";

export const accountsQuery = queryOptions({
	queryKey: ["accounts"],
	queryFn: async () => (await call(listAccountsRoute)).body.items,
});

function useAccountsMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
	const queryClient = useQueryClient();
	return useMutation({
		mutationFn,
		onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsQuery.queryKey }),
	});
}

/** Invites a person by e-mail; the answer holds the link, for when no mail reaches them. */
export function useInvite() {
	return useAccountsMutation(
		async (invitation: AccountInvitation) =>
			(await call(inviteAccountRoute, { body: invitation })).body,
	);
}

export function useReinvite() {
	return useAccountsMutation(
		async (accountId: string) => (await call(reinviteAccountRoute, { params: { accountId } })).body,
	);
}

export function useChangeAccount() {
	return useAccountsMutation(
		async ({ accountId, change }: { accountId: string; change: AccountChange }) =>
			(await call(updateAccountRoute, { params: { accountId }, body: change })).body,
	);
}

export function useResetPassword() {
	return useAccountsMutation(
		async (accountId: string) => (await call(resetPasswordRoute, { params: { accountId } })).body,
	);
}
