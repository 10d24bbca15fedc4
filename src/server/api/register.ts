import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import type { RouteContract } from "../../model/api/contract.ts";

type Output<S> = [S] extends [z.ZodType] ? z.output<S> : unknown;

type Parts<C> =
	C extends RouteContract<infer Params, infer Query, infer Body, infer Responses>
		? { params: Params; query: Query; body: Body; responses: Responses }
		: never;

/** A request to a contract's route, typed by the contract's schemas (already validated). */
export type ContractRequest<C extends RouteContract> = FastifyRequest<{
	Params: Output<Parts<C>["params"]>;
	Querystring: Output<Parts<C>["query"]>;
	Body: Output<Parts<C>["body"]>;
}>;

/** What a handler may answer: one of the contract's documented bodies, or a reply it sent itself. */
export type ContractResponse<C extends RouteContract> =
	| z.input<Parts<C>["responses"][keyof Parts<C>["responses"]]>
	| FastifyReply;

export type ContractHandler<C extends RouteContract> = (
	request: ContractRequest<C>,
	reply: FastifyReply,
) => Promise<ContractResponse<C>>;

/**
 * Registers a route from its contract: the address, the permission (checked by auth/), the
 * schemas (validated before the handler, documented in OpenAPI) and the handler, which stays a
 * short chain: scope → service call → presenter.
 */
export function registerRoute<C extends RouteContract>(
	app: FastifyInstance,
	contract: C,
	handler: ContractHandler<C>,
): void {
	app.route({
		method: contract.method,
		url: contract.path,
		config: {
			...(contract.permission !== undefined && { permission: contract.permission }),
			...(contract.sessionOnly && { sessionOnly: true }),
		},
		schema: {
			tags: [...contract.tags],
			summary: contract.summary,
			...(contract.params && { params: contract.params }),
			...(contract.query && { querystring: contract.query }),
			...(contract.body && { body: contract.body }),
			...(Object.keys(contract.responses).length > 0 && { response: contract.responses }),
		},
		handler: handler as (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>,
	});
}
