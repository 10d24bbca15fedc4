import type { FastifyInstance } from "fastify";
import { acceptInvitationRoute, getInvitationRoute } from "../../../model/api/invitations.ts";
import type { ServiceContext } from "../../../service/context.ts";
import { acceptInvitation, invitationOf } from "../../../service/invitations.ts";
import { refuseCrossSite } from "../../auth/cross-site.ts";
import { startSession } from "../../auth/session-cookies.ts";
import { presentInvitation } from "../../presenters/accounts.ts";
import { registerRoute } from "../register.ts";

/**
 * An invitation's link, which needs no sign-in: what it invites to, and accepting it by setting
 * a password, which signs the person in. Both are refused from another site's pages, as sign-in
 * is: another site must not learn whom a link invites, nor sign a browser in to its account.
 */
export function invitationRoutes(app: FastifyInstance, context: ServiceContext): void {
	registerRoute(app, getInvitationRoute, async (request) => {
		refuseCrossSite(request, context.publicUrl, "open an invitation");
		return presentInvitation(await invitationOf(context, request.params.token));
	});

	registerRoute(app, acceptInvitationRoute, async (request, reply) => {
		refuseCrossSite(request, context.publicUrl, "accept an invitation");
		const session = await acceptInvitation(context, request.params.token, request.body.password);
		return startSession(reply, session, context.publicUrl);
	});
}
