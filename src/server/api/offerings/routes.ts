import type { FastifyInstance } from "fastify";
import { getDecisionRoute, recordDecisionRoute } from "../../../model/api/decisions.ts";
import {
	deleteOfferingRoute,
	getOfferingRoute,
	updateMilestoneRoute,
	updateOfferingRoute,
} from "../../../model/api/offerings.ts";
import type { ServiceContext } from "../../../service/context.ts";
import { getDecision, recordDecision } from "../../../service/decisions.ts";
import { updateMilestone } from "../../../service/offerings.ts";
import { resourceKinds } from "../../../service/resource-kinds.ts";
import { deleteResource, getResource, patchResource } from "../../../service/resources.ts";
import { requiredVersion, setEtag } from "../../etag.ts";
import { presentDecision } from "../../presenters/decisions.ts";
import { presentMilestoneProgress } from "../../presenters/offerings.ts";
import { offeringScope } from "../offering-scope.ts";
import { type ContractRequest, registerRoute } from "../register.ts";

/** An offering by its id alone, its milestones' progress and its go/no-go decision. */
export function offeringRoutes(app: FastifyInstance, context: ServiceContext): void {
	const kind = resourceKinds.offerings;
	const scope = (request: ContractRequest<typeof getOfferingRoute>) =>
		offeringScope(context, request);

	registerRoute(app, getOfferingRoute, async (request, reply) => {
		const { institutionId } = await scope(request);
		const found = await getResource(context, kind, institutionId, request.params.id);
		setEtag(reply, found.version);
		return found.value;
	});

	registerRoute(app, updateOfferingRoute, async (request, reply) => {
		const { actor, institutionId } = await scope(request);
		const updated = await patchResource(
			context,
			kind,
			institutionId,
			request.params.id,
			request.body,
			requiredVersion(request),
			actor,
		);
		setEtag(reply, updated.version);
		return updated.value;
	});

	registerRoute(app, deleteOfferingRoute, async (request, reply) => {
		const { actor, institutionId } = await scope(request);
		await deleteResource(
			context,
			kind,
			institutionId,
			request.params.id,
			requiredVersion(request),
			actor,
		);
		return reply.status(204).send();
	});

	registerRoute(app, updateMilestoneRoute, async (request, reply) => {
		const { id, key } = request.params;
		const { actor, institutionId } = await scope(request);
		const updated = await updateMilestone(
			context,
			institutionId,
			id,
			key,
			request.body,
			requiredVersion(request),
			actor,
		);
		setEtag(reply, updated.version);
		return presentMilestoneProgress(updated.value, key);
	});

	registerRoute(app, getDecisionRoute, async (request, reply) => {
		const { institutionId } = await scope(request);
		const found = await getDecision(context, institutionId, request.params.id);
		setEtag(reply, found.version);
		return presentDecision(found.value);
	});

	registerRoute(app, recordDecisionRoute, async (request, reply) => {
		const { actor, institutionId } = await scope(request);
		const recorded = await recordDecision(
			context,
			institutionId,
			request.params.id,
			request.body,
			requiredVersion(request),
			actor,
		);
		setEtag(reply, recorded.version);
		return presentDecision(recorded.value);
	});
}
