import type { FastifyInstance } from "fastify";
import {
	inviteAccountRoute,
	listAccountsRoute,
	reinviteAccountRoute,
	resetPasswordRoute,
	updateAccountRoute,
} from "../../../model/api/accounts.ts";
import { updateAccount } from "../../../service/account-changes.ts";
import { accountsOf } from "../../../service/accounts.ts";
import type { ServiceContext } from "../../../service/context.ts";
import { inviteAccount, reinviteAccount } from "../../../service/invitations.ts";
import { resetPassword } from "../../../service/password-changes.ts";
import { actorOf } from "../../auth/authenticate.ts";
import {
	presentAccount,
	presentInvitedAccount,
	presentPasswordReset,
} from "../../presenters/accounts.ts";
import { registerRoute } from "../register.ts";

/**
 * Administrators' view of the accounts: list, invite and invite again, change (disable or
 * enable, role, institution, person), reset a password.
 */
export function accountRoutes(app: FastifyInstance, context: ServiceContext): void {
	registerRoute(app, listAccountsRoute, async (request) => {
		const accounts = await accountsOf(context, actorOf(request).institutionId);
		return { items: accounts.map(presentAccount) };
	});

	registerRoute(app, inviteAccountRoute, async (request, reply) => {
		const { institution, person, ...invitation } = request.body;
		const invited = await inviteAccount(context, actorOf(request), {
			...invitation,
			institutionId: institution ?? null,
			personId: person,
		});
		return reply.status(201).send(presentInvitedAccount(invited));
	});

	registerRoute(app, updateAccountRoute, async (request) => {
		const account = await updateAccount(
			context,
			actorOf(request),
			request.params.accountId,
			request.body,
		);
		return presentAccount(account);
	});

	registerRoute(app, reinviteAccountRoute, async (request) => {
		const invited = await reinviteAccount(context, actorOf(request), request.params.accountId);
		return presentInvitedAccount(invited);
	});

	registerRoute(app, resetPasswordRoute, async (request) => {
		const reset = await resetPassword(context, actorOf(request), request.params.accountId);
		return presentPasswordReset(reset);
	});
}
