import type { FastifyInstance } from "fastify";
import { createTokenRoute, listTokensRoute, revokeTokenRoute } from "../../../model/api/tokens.ts";
import { accountIdOf } from "../../../service/accounts.ts";
import type { ServiceContext } from "../../../service/context.ts";
import { createApiToken, listApiTokens, revokeApiToken } from "../../../service/tokens.ts";
import { actorOf } from "../../auth/authenticate.ts";
import { presentCreatedToken, presentToken } from "../../presenters/tokens.ts";
import { registerRoute } from "../register.ts";

/** Bearer tokens for integrations: shown once, stored hashed, scoped, expiring, revocable. */
export function tokenRoutes(app: FastifyInstance, context: ServiceContext): void {
	registerRoute(app, createTokenRoute, async (request, reply) => {
		const created = await createApiToken(context, accountIdOf(actorOf(request)), request.body);
		return reply.status(201).send(presentCreatedToken(created));
	});

	registerRoute(app, listTokensRoute, async (request) => {
		const tokens = await listApiTokens(context, accountIdOf(actorOf(request)));
		return { items: tokens.map(presentToken) };
	});

	registerRoute(app, revokeTokenRoute, async (request, reply) => {
		await revokeApiToken(context, accountIdOf(actorOf(request)), request.params.tokenId);
		return reply.status(204).send();
	});
}
