import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { accountIdOf } from "../../../service/accounts.ts";
import { createApiToken, listApiTokens, revokeApiToken } from "../../../service/tokens.ts";
import { actorOf } from "../../auth/authenticate.ts";
import type { ServerContext } from "../../context.ts";

const tokenView = z.object({
	id: z.string(),
	name: z.string(),
	createdAt: z.string(),
	lastUsedAt: z.string().nullable(),
	revokedAt: z.string().nullable(),
});

/** Bearer tokens for integrations: shown once, stored hashed, revocable. */
export function tokenRoutes(app: FastifyInstance, context: ServerContext): void {
	const api = app.withTypeProvider<ZodTypeProvider>();
	const { db } = context.store;
	const tags = ["tokens"];

	api.post("/tokens", {
		config: { permission: "tokens:manage" },
		schema: {
			tags,
			summary: "Create a bearer token with your role; the token is shown only in this response",
			body: z.strictObject({ name: z.string().trim().min(1).max(100) }),
			response: {
				201: z.object({
					id: z.string(),
					name: z.string(),
					token: z.string(),
					createdAt: z.string(),
				}),
			},
		},
		handler: async (request, reply) => {
			const created = await createApiToken(db, accountIdOf(actorOf(request)), request.body.name);
			return reply.status(201).send(created);
		},
	});

	api.get("/tokens", {
		config: { permission: "tokens:manage" },
		schema: {
			tags,
			summary: "Your tokens, without their secrets",
			response: { 200: z.object({ items: z.array(tokenView) }) },
		},
		handler: async (request) => ({ items: await listApiTokens(db, accountIdOf(actorOf(request))) }),
	});

	api.delete("/tokens/:tokenId", {
		config: { permission: "tokens:manage" },
		schema: {
			tags,
			summary: "Revoke one of your tokens",
			params: z.object({ tokenId: z.string().min(1) }),
		},
		handler: async (request, reply) => {
			await revokeApiToken(db, accountIdOf(actorOf(request)), request.params.tokenId);
			return reply.status(204).send();
		},
	});
}
