import type { FastifyInstance } from "fastify";
import { resourceContracts } from "../../../model/api/resources.ts";
import type { ServiceContext } from "../../../service/context.ts";
import { type ResourceKind, resourceKinds } from "../../../service/resource-kinds.ts";
import {
	createResource,
	deleteResource,
	getResource,
	listResourcesJson,
	patchResource,
} from "../../../service/resources.ts";
import { actorOf, assertInstitution } from "../../auth/authenticate.ts";
import { requiredVersion, sendCachedJson, setEtag } from "../../etag.ts";
import { registerRoute } from "../register.ts";

/** Create, read, update and delete for each plan resource under `/institutions/{id}/…`. */
export function resourceRoutes(app: FastifyInstance, context: ServiceContext): void {
	for (const name of Object.keys(resourceContracts) as (keyof typeof resourceContracts)[])
		registerKind(app, context, resourceKinds[name] as ResourceKind<{ id: string }>);
}

function registerKind<T extends { id: string }>(
	app: FastifyInstance,
	context: ServiceContext,
	kind: ResourceKind<T>,
): void {
	const routes = resourceContracts[kind.name];

	registerRoute(app, routes.list, async (request, reply) => {
		assertInstitution(actorOf(request), request.params.id);
		// Pages are cached as JSON per plan version (see listResourcesJson), which is also their ETag.
		const { json, planVersion } = await listResourcesJson(
			context,
			kind,
			request.params.id,
			request.query,
		);
		return sendCachedJson(request, reply, `W/"${planVersion}"`, json);
	});

	registerRoute(app, routes.create, async (request, reply) => {
		const actor = actorOf(request);
		assertInstitution(actor, request.params.id);
		const created = await createResource(context, kind, request.params.id, request.body, actor);
		setEtag(reply, created.version);
		const collection = request.url.split("?")[0] ?? request.url;
		void reply.header("location", `${collection}/${encodeURIComponent(created.value.id)}`);
		return reply.status(201).send(created.value);
	});

	registerRoute(app, routes.read, async (request, reply) => {
		assertInstitution(actorOf(request), request.params.id);
		const found = await getResource(context, kind, request.params.id, request.params.resourceId);
		setEtag(reply, found.version);
		return found.value;
	});

	registerRoute(app, routes.update, async (request, reply) => {
		const actor = actorOf(request);
		assertInstitution(actor, request.params.id);
		const updated = await patchResource(
			context,
			kind,
			request.params.id,
			request.params.resourceId,
			request.body,
			requiredVersion(request),
			actor,
		);
		setEtag(reply, updated.version);
		return updated.value;
	});

	registerRoute(app, routes.remove, async (request, reply) => {
		const actor = actorOf(request);
		assertInstitution(actor, request.params.id);
		await deleteResource(
			context,
			kind,
			request.params.id,
			request.params.resourceId,
			requiredVersion(request),
			actor,
		);
		return reply.status(204).send();
	});
}
