import type { FastifyRequest } from "fastify";
import type { Actor } from "../../service/actor.ts";
import type { ServiceContext } from "../../service/context.ts";
import { institutionOfOffering } from "../../service/offerings.ts";
import { actorOf, assertInstitution } from "../auth/authenticate.ts";

/** A request to a route under `/offerings/:id`, which may name the institution (`?institution=`). */
type OfferingRequest = FastifyRequest<{
	Params: { id: string };
	Querystring: { institution?: string | undefined };
}>;

/**
 * Who asks, and the institution of the offering in the address: theirs, or (for an
 * administrator) the one that has it or that `?institution=` names; another's is 404.
 */
export async function offeringScope(
	context: ServiceContext,
	request: OfferingRequest,
): Promise<{ actor: Actor; institutionId: string }> {
	const actor = actorOf(request);
	const institutionId = await institutionOfOffering(
		context,
		actor,
		request.params.id,
		request.query.institution,
	);
	assertInstitution(actor, institutionId);
	return { actor, institutionId };
}
