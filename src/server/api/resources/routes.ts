import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { z } from "zod";
import { mergePatch } from "../../../service/merge-patch.ts";
import { type ResourceKind, resourceKinds } from "../../../service/resource-kinds.ts";
import {
	createResource,
	deleteResource,
	getResource,
	listResourcesJson,
	updateResource,
} from "../../../service/resources.ts";
import { actorOf, assertInstitution } from "../../auth/authenticate.ts";
import type { Permission } from "../../auth/permissions.ts";
import type { ServerContext } from "../../context.ts";
import { requiredVersion, sendCachedJson, setEtag } from "../../etag.ts";
import { institutionParams } from "../institutions/schema.ts";
import { mergePatchBody, pageOf, pageQuery, resourceParams } from "./schema.ts";

/** Who may change each kind; everybody in the institution may read. */
const writePermission: Record<
	keyof typeof resourceKinds,
	{ create: Permission; update: Permission; remove: Permission }
> = {
	intakes: { create: "intakes:write", update: "intakes:write", remove: "intakes:write" },
	qualifications: {
		create: "qualifications:write",
		update: "qualifications:write",
		remove: "qualifications:write",
	},
	templates: { create: "templates:write", update: "templates:write", remove: "templates:write" },
	offerings: { create: "offerings:create", update: "offerings:update", remove: "offerings:delete" },
	people: { create: "people:write", update: "people:write", remove: "people:write" },
};

/** Create, read, update and delete for each plan resource under `/institutions/{id}/…`. */
export function resourceRoutes(app: FastifyInstance, context: ServerContext): void {
	registerKind(app, context, resourceKinds.intakes, writePermission.intakes);
	registerKind(app, context, resourceKinds.qualifications, writePermission.qualifications);
	registerKind(app, context, resourceKinds.templates, writePermission.templates);
	registerKind(app, context, resourceKinds.offerings, writePermission.offerings);
	registerKind(app, context, resourceKinds.people, writePermission.people);
}

function registerKind<T extends { id: string }>(
	app: FastifyInstance,
	context: ServerContext,
	kind: ResourceKind<T>,
	may: { create: Permission; update: Permission; remove: Permission },
): void {
	const api = app.withTypeProvider<ZodTypeProvider>();
	const { db } = context.store;
	const { name } = kind;
	// The routes of all kinds share one shape; typing them generically gains nothing.
	const item: z.ZodType = kind.schema;
	const tags = [name];
	api.get(`/institutions/:id/${name}`, {
		config: { permission: "plan:read" },
		schema: {
			tags,
			summary: `List the ${name} in plan order`,
			params: institutionParams,
			querystring: pageQuery,
			response: { 200: pageOf(item) },
		},
		handler: async (request, reply) => {
			assertInstitution(actorOf(request), request.params.id);
			// Pages are cached as JSON per plan version (see listResourcesJson), which is also their ETag.
			const { json, planVersion } = await listResourcesJson(
				db,
				kind,
				request.params.id,
				request.query,
			);
			return sendCachedJson(request, reply as unknown as FastifyReply, `W/"${planVersion}"`, json);
		},
	});

	api.post(`/institutions/:id/${name}`, {
		config: { permission: may.create },
		schema: {
			tags,
			summary: `Add a ${kind.noun}`,
			params: institutionParams,
			body: item,
			response: { 201: item },
		},
		handler: async (request, reply) => {
			const actor = actorOf(request);
			assertInstitution(actor, request.params.id);
			const created = await createResource(db, kind, request.params.id, request.body, actor);
			setEtag(reply, created.version);
			void reply.header("location", `${request.url}/${encodeURIComponent(created.value.id)}`);
			return reply.status(201).send(created.value);
		},
	});

	api.get(`/institutions/:id/${name}/:resourceId`, {
		config: { permission: "plan:read" },
		schema: {
			tags,
			summary: `Read a ${kind.noun}`,
			params: resourceParams,
			response: { 200: item },
		},
		handler: async (request, reply) => {
			assertInstitution(actorOf(request), request.params.id);
			const found = await getResource(db, kind, request.params.id, request.params.resourceId);
			setEtag(reply, found.version);
			return found.value;
		},
	});

	api.patch(`/institutions/:id/${name}/:resourceId`, {
		config: { permission: may.update },
		schema: {
			tags,
			summary: `Change a ${kind.noun} (If-Match its ETag)`,
			params: resourceParams,
			body: mergePatchBody,
			response: { 200: item },
		},
		handler: async (request, reply) => {
			const actor = actorOf(request);
			assertInstitution(actor, request.params.id);
			const expected = requiredVersion(request);
			const updated = await updateResource(
				db,
				kind,
				request.params.id,
				request.params.resourceId,
				(before) => mergePatch(before, request.body),
				expected,
				actor,
			);
			setEtag(reply, updated.version);
			return updated.value;
		},
	});

	api.delete(`/institutions/:id/${name}/:resourceId`, {
		config: { permission: may.remove },
		schema: {
			tags,
			summary: `Delete a ${kind.noun} (If-Match its ETag)`,
			params: resourceParams,
		},
		handler: async (request, reply) => {
			const actor = actorOf(request);
			assertInstitution(actor, request.params.id);
			await deleteResource(
				db,
				kind,
				request.params.id,
				request.params.resourceId,
				requiredVersion(request),
				actor,
			);
			return reply.status(204).send();
		},
	});
}
