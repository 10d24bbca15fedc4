import type { FastifyInstance } from "fastify";
import {
	listAccountsRoute,
	resetPasswordRoute,
	updateAccountRoute,
} from "../../../model/api/accounts.ts";
import { accountsOf, setAccountDisabled } from "../../../service/accounts.ts";
import type { ServiceContext } from "../../../service/context.ts";
import { resetPassword } from "../../../service/password-changes.ts";
import { actorOf } from "../../auth/authenticate.ts";
import { presentAccount, presentPasswordReset } from "../../presenters/accounts.ts";
import { registerRoute } from "../register.ts";

/** Administrators' view of the accounts: list, disable or enable, reset a password. */
export function accountRoutes(app: FastifyInstance, context: ServiceContext): void {
	registerRoute(app, listAccountsRoute, async (request) => {
		const accounts = await accountsOf(context, actorOf(request).institutionId);
		return { items: accounts.map(presentAccount) };
	});

	registerRoute(app, updateAccountRoute, async (request) => {
		const account = await setAccountDisabled(
			context,
			actorOf(request),
			request.params.accountId,
			request.body.disabled,
		);
		return presentAccount(account);
	});

	registerRoute(app, resetPasswordRoute, async (request) => {
		const reset = await resetPassword(context, actorOf(request), request.params.accountId);
		return presentPasswordReset(reset);
	});
}
